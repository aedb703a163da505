import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Document, RawArticle } from '../core/types.ts';
import { cleanArticle } from './clean.ts';
import { normalize } from './normalize.ts';

const fixture = (name: string) => readFileSync(new URL(`../../test/fixtures/ingest/${name}`, import.meta.url), 'utf8');
const raw = (content: string, extra: Partial<RawArticle> = {}): RawArticle => ({
  id: 't', source: 't.txt', url: null, format: 'text', content, title: null, published: null, outlet: null, ...extra,
});

/** Each character of text comes from the raw character its map entry names (modulo normalization). */
function assertOffsets(doc: Document) {
  const map = doc.offsetMap;
  assert.equal(map.length, doc.text.length + 1);
  for (let i = 0; i < doc.text.length; i++) {
    const t = doc.text[i]!;
    const r = doc.raw[map[i]!]!;
    const same = t === r || (t === '\n' && r === '\r') || (t === ' ' && /\s/.test(r)) || (/[, ]/.test(t) && /[\u2013\u2014]/.test(r))
      || (t === "'" && /[\u2018\u2019]/.test(r)) || (t === '"' && /[\u201c\u201d]/.test(r));
    assert.ok(same, `text[${i}] ${JSON.stringify(t)} vs raw[${map[i]}] ${JSON.stringify(r)}`);
  }
}

test('text page: header furniture and footer dropped, metadata read, sentences kept byte-identical', () => {
  const content = fixture('header-article.txt');
  const doc = cleanArticle(raw(content));
  assertOffsets(doc);
  assert.equal(doc.published, '2019-03-18');
  assert.equal(doc.title, 'Kazakh and Georgian ministers discuss rail freight');
  assert.equal(doc.outlet, 'Steppenews.Example');
  assert.equal(doc.byline, 'Dana Seitkali');
  for (const gone of ['Steppenews.Example', 'Sunday June 2 2024', '(UTC+05:00)', 'By Dana Seitkali', 'Share on Facebook', 'Tweet', 'Loading...', 'Latest See more']) {
    assert.ok(!doc.text.includes(gone), `${gone} should be dropped`);
  }
  // every article paragraph survives exactly as normalize() makes it
  const paras = content.split('\n').filter((l) => l.length > 80);
  assert.equal(paras.length, 4);
  for (const p of paras) assert.ok(doc.text.includes(normalize(p).text), p.slice(0, 40));
  assert.ok(doc.text.includes('a working group on tariffs, which will report by the autumn, and to study'));
  assert.ok(doc.text.includes('"Our aim is simple: more trains, fewer delays," the Georgian minister'));
  assert.ok(doc.text.includes('2017-2018 forecasts'));
  assert.ok(doc.text.startsWith('Kazakh and Georgian ministers discuss rail freight\n\nThe transport ministers'));
});

test('an evidence span in text maps back to the same words in raw', () => {
  const doc = cleanArticle(raw(fixture('header-article.txt')));
  const w = 'set up a working group on tariffs';
  const s = doc.text.indexOf(w);
  const e = s + w.length;
  assert.equal(doc.raw.slice(doc.offsetMap[s]!, doc.offsetMap[e - 1]! + 1), w);
});

test('container metadata (JSONL fields) wins over what the text says', () => {
  const doc = cleanArticle(raw(fixture('header-article.txt'), { title: 'Given title', published: '2020-01-02T00:00:00Z', outlet: 'Given Outlet' }));
  assert.equal(doc.title, 'Given title');
  assert.equal(doc.published, '2020-01-02');
  assert.equal(doc.outlet, 'Given Outlet');
});

test('sentence mode: only normalization, no furniture or metadata rules', () => {
  const s = 'Tweet';
  const doc = cleanArticle(raw(s, { sentenceMode: true }));
  assert.equal(doc.text, 'Tweet');
  assert.equal(doc.sentenceMode, true);
  const d2 = cleanArticle(raw('The envoy\u2019s visit\u2014planned for May\u2014was postponed.', { sentenceMode: true }));
  assert.equal(d2.text, "The envoy's visit, planned for May, was postponed.");
  assertOffsets(d2);
});

test('HTML page: body paragraphs, date from meta tags, outlet and byline', () => {
  const doc = cleanArticle(raw(fixture('meta-page.html'), { format: 'html', source: 'meta-page.html' }));
  assertOffsets(doc);
  assert.equal(doc.published, '2022-09-14');
  assert.equal(doc.outlet, 'Harbour Gazette');
  assert.equal(doc.byline, 'Ines Kowalczyk');
  assert.equal(doc.title, 'Ports agree on ferry schedule');
  assert.match(doc.text, /officials said after a meeting that lasted most of the day\.\n\nThe agreement follows/);
  assert.ok(doc.text.includes('"This is a practical step'));
});

test('a page that is nothing but furniture keeps its text rather than becoming empty', () => {
  const doc = cleanArticle(raw('Loading...\nTweet'));
  assert.ok(doc.text.length > 0);
});

test('HTML body that opens with the headline: the headline line is left to Document.title', () => {
  const para = 'The coastal states agreed to pool their search-and-rescue aircraft under a joint command, the defence ministries said in a statement on Wednesday evening after a week of talks. '.repeat(3);
  const html = `<html><head><meta property="og:title" content="Coastal states pool rescue aircraft"></head><body><article><p>Sign in</p><h1>Coastal states pool rescue aircraft</h1><p>${para}</p><p>${para}</p></article></body></html>`;
  const doc = cleanArticle(raw(html, { format: 'html' }));
  assert.equal(doc.title, 'Coastal states pool rescue aircraft');
  assert.ok(doc.text.startsWith('The coastal states agreed'), doc.text.slice(0, 80));
});
