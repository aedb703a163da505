import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compose, dropRanges, normalize } from './normalize.ts';

/** Every character of text maps back to a character of raw that it came from. */
function assertMapsBack(raw: string, text: string, map: ArrayLike<number>) {
  assert.equal(map.length, text.length + 1);
  assert.equal(map[text.length], raw.length);
  let prev = -1;
  for (let i = 0; i < text.length; i++) {
    const r = map[i]!;
    assert.ok(r >= 0 && r < raw.length, `map[${i}] = ${r} out of range`);
    assert.ok(r >= prev, `map not monotone at ${i}`);
    prev = r;
    const t = text[i]!;
    const c = raw[r]!;
    const ok = t === c
      || (t === '\n' && /[\r\u2028\u2029\u0085\v]/.test(c))
      || (t === ' ' && /\s|\u00a0/.test(c))
      || ((t === ',' || t === ' ') && /[\u2013\u2014]/.test(c))
      || (t === "'" && /[\u2018\u2019\u201a\u201b\u2032\u02bc]/.test(c))
      || (t === '"' && /[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/.test(c));
    assert.ok(ok, `text[${i}] ${JSON.stringify(t)} does not come from raw[${r}] ${JSON.stringify(c)}`);
  }
}

const CASES: { name: string; raw: string; text: string }[] = [
  { name: 'CRLF and lone CR', raw: 'First line\r\nSecond line\rThird', text: 'First line\nSecond line\nThird' },
  { name: 'Unicode line and paragraph separators', raw: 'one\u2028two\u2029three', text: 'one\ntwo\nthree' },
  { name: 'non-breaking spaces', raw: 'worth\u00a0$2\u00a0million', text: 'worth $2 million' },
  { name: 'zero-width characters and soft hyphens', raw: 'Tash\u200bkent co\u00adoperation\ufeff', text: 'Tashkent cooperation' },
  { name: 'curly quotes and apostrophes', raw: '\u201cWe\u2019re ready,\u201d the envoy\u2019s aide said', text: '"We\'re ready," the envoy\'s aide said' },
  { name: 'runs of spaces and tabs', raw: 'two   delegations\t\tmet  ', text: 'two delegations met' },
  { name: 'spaces at line starts and ends', raw: '  indented line  \n   next  ', text: 'indented line\nnext' },
  { name: 'many blank lines become one', raw: 'para one\n\n\n\n\npara two\n\n\n', text: 'para one\n\npara two' },
  { name: 'dash as comma before a lower-case word', raw: 'arrived in Riga on Tuesday\u2013holding talks', text: 'arrived in Riga on Tuesday, holding talks' },
  { name: 'em dash as comma before a relative clause', raw: 'General Ostrowski\u2014who leads the staff', text: 'General Ostrowski, who leads the staff' },
  { name: 'dash between a common word and a capitalised one', raw: 'across the territory\u2013Finnish officials said', text: 'across the territory, Finnish officials said' },
  { name: 'en-dash compound with a lower-case tail stays', raw: 'a state\u2013owned firm and long\u2013term plans', text: 'a state\u2013owned firm and long\u2013term plans' },
  { name: 'hyphenated compound stays', raw: 'Latvia-Estonia ties', text: 'Latvia-Estonia ties' },
  { name: 'year range stays', raw: 'during 2009-2015 and 2009\u20132015', text: 'during 2009-2015 and 2009\u20132015' },
  { name: 'day range stays', raw: 'held on October 4-6 and 4\u20136 May', text: 'held on October 4-6 and 4\u20136 May' },
  { name: 'en dash between two names stays', raw: 'the Latvia\u2013Estonia commission', text: 'the Latvia\u2013Estonia commission' },
  { name: 'spaced dash stays', raw: 'VILNIUS (Agency) \u2013 Talks began', text: 'VILNIUS (Agency) \u2013 Talks began' },
  { name: 'empty', raw: '', text: '' },
];

for (const c of CASES) {
  test(`normalize: ${c.name}`, () => {
    const { text, map } = normalize(c.raw);
    assert.equal(text, c.text);
    assertMapsBack(c.raw, text, map);
  });
}

test('normalize is idempotent', () => {
  for (const c of CASES) assert.equal(normalize(normalize(c.raw).text).text, normalize(c.raw).text);
});

test('a dash replaced by ", " maps both characters to the dash', () => {
  const raw = 'on Friday\u2013meeting';
  const { text, map } = normalize(raw);
  const i = text.indexOf(',');
  assert.equal(map[i], raw.indexOf('\u2013'));
  assert.equal(map[i + 1], raw.indexOf('\u2013'));
  assert.equal(text.slice(i + 2), 'meeting');
  assert.equal(map[i + 2], raw.indexOf('meeting'));
});

test('a span of text maps back to the same words in raw', () => {
  const raw = 'Site\u00a0Name\r\n\r\n\u201cThe deal\u201d\u2014signed  in Oslo\u2014was welcomed.';
  const { text, map } = normalize(raw);
  const w = 'signed in Oslo';
  const s = text.indexOf(w);
  const e = s + w.length;
  assert.equal(raw.slice(map[s]!, map[e - 1]! + 1), 'signed  in Oslo');
});

test('dropRanges removes lines and keeps mapping into the original raw', () => {
  const raw = 'Header\u00a0Site\n\nMonday 1 May 2023\n\nThe real article\u2019s sentence.\n\nShare on Facebook\n';
  const n1 = normalize(raw);
  const drop = (line: string): [number, number] => {
    const s = n1.text.indexOf(line);
    return [s, Math.min(n1.text.length, s + line.length + 1)];
  };
  const out = dropRanges(n1.text, n1.map, [drop('Header Site'), drop('Monday 1 May 2023'), drop('Share on Facebook')]);
  assert.equal(out.text, "The real article's sentence.");
  assertMapsBack(raw, out.text, out.map);
  assert.equal(raw.slice(out.map[0]!, out.map[4]! + 1), 'The r');
});

test('compose maps through two maps', () => {
  assert.deepEqual([...compose([10, 20, 30, 40], [0, 2, 3])], [10, 30, 40]);
});
