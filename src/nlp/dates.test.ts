import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates, resolveDate } from './dates.ts';

const PUB = '2024-05-14'; // a Tuesday

const CASES: [string, string | null, string | null, string | null][] = [
  // text, published, expected date, expected precision
  ['The ministers met on Friday in the capital.', PUB, '2024-05-10', 'day'],
  ['The ministers met on Tuesday.', PUB, '2024-05-14', 'day'],
  ['The talks took place on June 10.', '2023-08-01', '2023-06-10', 'day'],
  ['The agreement was signed in 2020.', PUB, '2020', 'year'],
  ['Trade grew last year.', PUB, '2023', 'year'],
  ['Output fell in the first quarter of 2021.', PUB, '2021-01', 'month'],
  ['The envoy arrived earlier this month.', PUB, '2024-05', 'month'],
  ['The plant opened in September 2015.', null, '2015-09', 'month'],
  ['The delegation arrived on Friday.', null, null, null],
  ['They want to raise it 1-1.5 times now.', PUB, null, null],
  ['The treaty of 12 March 1994 still holds.', null, '1994-03-12', 'day'],
];

test('resolveDate: table', () => {
  for (const [text, pub, date, precision] of CASES) {
    const h = resolveDate(text, pub);
    assert.equal(h?.date ?? null, date, text);
    assert.equal(h?.precision ?? null, precision, text);
  }
});

test('findDates: offsets point into the text', () => {
  const text = 'Before: On June 10, 2022 the sides met.';
  for (const h of findDates(text, null, 100)) assert.equal(text.slice(h.start - 100, h.end - 100), h.text);
});

test('no publication date: relative expressions do not resolve', () => {
  assert.equal(resolveDate('It happened today and last year.', null), null);
});
