import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { RawArticle } from '../core/types.ts';
import { classifyPath, isInputError, readInputs, type InputError, type InputItem } from './read.ts';

let dir = '';
const ARTICLE = 'Envoys of two neighbouring states met in a border town on Monday.\n\nThey agreed to reopen a rail crossing next spring.\n';

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'dyad-ingest-'));
  const w = (name: string, data: string | Uint8Array) => writeFileSync(join(dir, name), data);
  w('a-article.txt', ARTICLE);
  w('b-page.html', '<html><head><title>Rail talks</title></head><body><article><p>' + 'The two ministers discussed freight tariffs at length. '.repeat(12) + '</p></article></body></html>');
  w('c-records.jsonl', [
    JSON.stringify({ id: 's1', text: 'The minister thanked his counterpart for the invitation.' }),
    '{"id": "s2", "text": broken',
    '',
    JSON.stringify({ id: 'art1', text: 'First paragraph of a longer piece.\n\nSecond paragraph follows here.', url: 'https://news.example/a', published: '2021-03-04T10:00:00Z', source: 'Example News' }),
    JSON.stringify({ id: 'nothing' }),
  ].join('\n') + '\n');
  w('d-array.json', JSON.stringify([{ id: 'j1', text: 'One record in an array.' }, { id: 'j2', html: '<p>Some markup.</p>' }]));
  w('e-packed.html.gz', gzipSync(Buffer.from('<html><body><p>Packed page text.</p></body></html>')));
  w('f-truncated.txt.gz', gzipSync(Buffer.from(ARTICLE.repeat(40))).subarray(0, 30));
  w('g-empty.txt', '');
  w('h-binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  w('i-big.txt', 'x'.repeat(5000));
  w('j-records.jsonl.gz', gzipSync(Buffer.from(JSON.stringify({ id: 'gz1', text: 'A packed record.' }) + '\n')));
  w('k-truncated.jsonl.gz', gzipSync(Buffer.from((JSON.stringify({ id: 'r', text: 'Filler record text for the stream.' }) + '\n').repeat(200))).subarray(0, 60));
  w('x.gold.json', JSON.stringify({ id: 'x' }));
  w('y.facts.json', JSON.stringify({ id: 'y' }));
  w('notes.md', 'not an input');
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'z-inner.txt'), 'An inner file in a sub-directory.');
});

after(() => rmSync(dir, { recursive: true, force: true }));

async function collect(paths: string[], opts = {}): Promise<InputItem[]> {
  const out: InputItem[] = [];
  for await (const x of readInputs(paths, opts)) out.push(x);
  return out;
}
const errors = (xs: InputItem[]) => xs.filter(isInputError) as InputError[];
const articles = (xs: InputItem[]) => xs.filter((x) => !isInputError(x)) as RawArticle[];

test('classifyPath strips .gz and the format extension from the id', () => {
  assert.deepEqual(classifyPath('/x/KEY.html.gz'), { id: 'KEY', kind: 'html', gz: true });
  assert.deepEqual(classifyPath('a.b.txt'), { id: 'a.b', kind: 'text', gz: false });
  assert.deepEqual(classifyPath('dump.JSONL'), { id: 'dump', kind: 'jsonl', gz: false });
  assert.equal(classifyPath('README').kind, null);
});

test('a directory is walked recursively in sorted order; gold files and unknown extensions are skipped', async () => {
  const items = await collect([dir], { maxBytes: 4096 });
  const sources = items.map((x) => x.source.replace(dir + '/', ''));
  const order = sources.map((s) => s.replace(/:\d+$/, ''));
  assert.deepEqual(order, [...order].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  assert.ok(sources.includes('sub/z-inner.txt'));
  assert.ok(!sources.some((s) => s.includes('gold') || s.includes('notes.md')));
});

test('good inputs of every format come out as articles', async () => {
  const items = await collect([dir], { maxBytes: 4096 });
  const byId = new Map(articles(items).map((a) => [a.id, a]));
  assert.equal(byId.get('a-article')!.content, ARTICLE);
  assert.equal(byId.get('a-article')!.format, 'text');
  assert.equal(byId.get('b-page')!.format, 'html');
  assert.equal(byId.get('e-packed')!.format, 'html');
  assert.match(byId.get('e-packed')!.content, /Packed page text/);
  assert.equal(byId.get('s1')!.sentenceMode, true);
  const art = byId.get('art1')!;
  assert.equal(art.sentenceMode, false);
  assert.equal(art.url, 'https://news.example/a');
  assert.equal(art.published, '2021-03-04');
  assert.equal(art.outlet, 'Example News');
  assert.equal(art.source, join(dir, 'c-records.jsonl') + ':4');
  assert.equal(byId.get('j1')!.format, 'text');
  assert.equal(byId.get('j2')!.format, 'html');
  assert.equal(byId.get('gz1')!.content, 'A packed record.');
  assert.equal(byId.get('z-inner')!.content, 'An inner file in a sub-directory.');
});

const BAD: { name: string; source: RegExp; error: RegExp }[] = [
  { name: 'malformed JSONL line (file and line named)', source: /c-records\.jsonl:2$/, error: /malformed JSON/ },
  { name: 'JSONL record without text', source: /c-records\.jsonl:5$/, error: /no "text" or "html"/ },
  { name: 'truncated .gz', source: /f-truncated\.txt\.gz$/, error: /truncated gzip/ },
  { name: 'truncated .jsonl.gz', source: /k-truncated\.jsonl\.gz$/, error: /truncated gzip/ },
  { name: 'empty file', source: /g-empty\.txt$/, error: /empty file/ },
  { name: 'binary file', source: /h-binary\.txt$/, error: /binary/ },
  { name: 'file over the size cap', source: /i-big\.txt$/, error: /too large/ },
];

for (const b of BAD) {
  test(`bad input is reported and skipped: ${b.name}`, async () => {
    const items = await collect([dir], { maxBytes: 4096 });
    const hit = errors(items).filter((e) => b.source.test(e.source));
    assert.equal(hit.length, 1, JSON.stringify(errors(items)));
    assert.match(hit[0]!.error, b.error);
    assert.ok(!hit[0]!.error.includes('\n'), 'one-line message');
  });
}

test('the other lines of a JSONL file with a bad line are still read', async () => {
  const items = await collect([join(dir, 'c-records.jsonl')]);
  assert.deepEqual(articles(items).map((a) => a.id), ['s1', 'art1']);
  assert.equal(errors(items).length, 2);
});

test('a missing path is an error, not an exception', async () => {
  const items = await collect([join(dir, 'nope.txt'), join(dir, 'a-article.txt')]);
  assert.match(errors(items)[0]!.error, /no such file/);
  assert.equal(articles(items).length, 1);
});

test('reading twice gives the same items (deterministic)', async () => {
  const a = JSON.stringify(await collect([dir], { maxBytes: 4096 }));
  const b = JSON.stringify(await collect([dir], { maxBytes: 4096 }));
  assert.equal(a, b);
});

test("stdin ('-') is sniffed: JSONL records and plain text", async () => {
  const { spawnSync } = await import('node:child_process');
  const script = "import { readInputs } from './src/ingest/read.ts'; for await (const x of readInputs(['-'])) console.log(JSON.stringify(x));";
  const run = (input: string) => spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { input, encoding: 'utf8', cwd: new URL('../..', import.meta.url).pathname });
  const j = run('{"id":"p1","text":"A single sentence on stdin."}\n');
  assert.equal(j.status, 0, j.stderr);
  const rec = JSON.parse(j.stdout.trim());
  assert.equal(rec.id, 'p1');
  assert.equal(rec.sentenceMode, true);
  const t = run('Headline on stdin\n\nBody text of the piece.\n');
  const doc = JSON.parse(t.stdout.trim());
  assert.equal(doc.format, 'text');
  assert.equal(doc.id, 'stdin');
  assert.equal(doc.source, '-');
});

test('a UTF-16 JSONL file with a BOM is read; a JSONL dump over the cap is streamed line by line', async () => {
  const sub = mkdtempSync(join(tmpdir(), 'dyad-ingest2-'));
  try {
    const body = JSON.stringify({ id: 'u1', text: 'Ministers met in Chișinău.' }) + '\r\n';
    writeFileSync(join(sub, 'u16.jsonl'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')]));
    const line = JSON.stringify({ id: 'big', text: 'A record in a large dump.' });
    writeFileSync(join(sub, 'dump.jsonl'), Array.from({ length: 50 }, (_, i) => line.replace('big', `big${i}`)).join('\n'));
    const items = await collect([sub], { maxBytes: 1024 });
    const ids = articles(items).map((a) => a.id);
    assert.ok(ids.includes('u1'), JSON.stringify(items));
    assert.equal(articles(items).find((a) => a.id === 'u1')!.content, 'Ministers met in Chișinău.');
    assert.equal(ids.filter((x) => x.startsWith('big')).length, 50);
    assert.equal(errors(items).length, 0);
  } finally {
    rmSync(sub, { recursive: true, force: true });
  }
});

test('a page saved with a .txt name is read as HTML', async () => {
  const sub = mkdtempSync(join(tmpdir(), 'dyad-ingest3-'));
  try {
    writeFileSync(join(sub, 'saved.txt'), '<!DOCTYPE html>\n<html><body><p>Saved page.</p></body></html>');
    const [item] = await collect([join(sub, 'saved.txt')]);
    assert.ok(item && !isInputError(item));
    assert.equal((item as RawArticle).format, 'html');
  } finally {
    rmSync(sub, { recursive: true, force: true });
  }
});
