import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { blockText, htmlToArticle } from './html.ts';
import { parseHTML } from 'linkedom';

const fixture = (name: string) => readFileSync(new URL(`../../test/fixtures/ingest/${name}`, import.meta.url), 'utf8');

test('metadata from meta tags: og:title, og:site_name, article:published_time, author, og:url', () => {
  const a = htmlToArticle(fixture('meta-page.html'));
  assert.equal(a.title, 'Ports agree on ferry schedule');
  assert.equal(a.outlet, 'Harbour Gazette');
  assert.equal(a.published, '2022-09-14T08:30:00+02:00');
  assert.equal(a.byline, 'Ines Kowalczyk');
  assert.equal(a.url, 'https://www.harbour-gazette.example/news/ferry-schedule');
});

test('article body: paragraphs separated by blank lines; captions, menus and related links left out', () => {
  const { body } = htmlToArticle(fixture('meta-page.html'));
  const paras = body.split('\n\n');
  assert.ok(paras.some((p) => p.startsWith('The port authorities of two neighbouring coastal states')));
  assert.ok(paras.some((p) => p.startsWith('Freight operators welcomed the plan')));
  assert.ok(paras.length >= 4);
  assert.ok(!body.includes('A ferry leaves the northern harbour'));
  assert.ok(!body.includes('Harbour strike ends'));
  assert.ok(!body.includes('Sport'));
  assert.ok(!body.includes('all the news from the coast'));
});

test('metadata from JSON-LD @graph: headline, datePublished, author, publisher', () => {
  const a = htmlToArticle(fixture('jsonld-page.html'));
  assert.equal(a.title, 'Grain deal extended for a year');
  assert.equal(a.published, '2021-11-02T17:05:00Z');
  assert.equal(a.byline, 'Tomas Berg');
  assert.equal(a.outlet, 'Plains Wire');
  assert.match(a.body, /^Two grain-exporting neighbours/);
});

test('a given URL wins and gives the outlet host when the page names none', () => {
  const a = htmlToArticle('<html><body><p>Short note.</p></body></html>', 'https://www.example.org/x');
  assert.equal(a.url, 'https://www.example.org/x');
  assert.equal(a.outlet, 'example.org');
  assert.equal(a.body, 'Short note.');
});

test('blockText: inline elements join, blocks and <br> break, whitespace collapses', () => {
  const { document } = parseHTML('<div><p>One <b>bold</b>\n  word.</p><ul><li>first</li><li>second</li></ul>line<br>break<script>x()</script></div>') as any;
  assert.equal(blockText(document.querySelector('div')), 'One bold word.\n\nfirst\n\nsecond\n\nline\nbreak');
});
