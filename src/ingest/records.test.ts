import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isoDate, recordToArticle, SENTENCE_MODE_MAX } from './records.ts';

const DATES: [unknown, string | null][] = [
  ['2021-03-04T10:00:00Z', '2021-03-04'],
  ['2021-03-04', '2021-03-04'],
  ['March 4, 2021', '2021-03-04'],
  ['0001-01-01T00:00:00', null],
  ['1970-01-01T00:00:00Z', null],
  ['yesterday', null],
  ['', null],
  [null, null],
  [42, null],
];
for (const [v, want] of DATES) test(`isoDate(${JSON.stringify(v)})`, () => assert.equal(isoDate(v), want));

test('sentence mode: one short line; several paragraphs or a long line are articles', () => {
  const one = recordToArticle({ id: 'a', text: 'The envoy left for talks.' }, 'f', 'f.jsonl', 1);
  const paras = recordToArticle({ id: 'b', text: 'First.\n\nSecond.' }, 'f', 'f.jsonl', 2);
  const long = recordToArticle({ id: 'c', text: 'word '.repeat(SENTENCE_MODE_MAX / 5 + 1) }, 'f', 'f.jsonl', 3);
  const html = recordToArticle({ id: 'd', html: '<p>x</p>' }, 'f', 'f.jsonl', 4);
  assert.equal('error' in one ? null : one.sentenceMode, true);
  assert.equal('error' in paras ? null : paras.sentenceMode, false);
  assert.equal('error' in long ? null : long.sentenceMode, false);
  assert.equal('error' in html ? null : html.format, 'html');
});

test('records without an id get FILE:LINE; non-objects and empty texts are errors', () => {
  const r = recordToArticle({ text: 'Some text.' }, 'dump', '/x/dump.jsonl', 7);
  assert.ok(!('error' in r));
  assert.equal(r.id, 'dump:7');
  assert.equal(r.source, '/x/dump.jsonl:7');
  assert.ok('error' in recordToArticle([1, 2], 'dump', 'd', 1));
  assert.ok('error' in recordToArticle({ id: 'e', text: '   ' }, 'dump', 'd', 1));
});
