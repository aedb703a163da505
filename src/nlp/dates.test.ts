import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates, narrativeOffset, resolveDate, shiftDate } from './dates.ts';

const PUB = '2024-05-14'; // a Tuesday

const CASES: [string, string | null, string | null, string | null][] = [
  // text, published, expected date, expected precision
  ['The ministers met on Friday in the capital.', PUB, '2024-05-10', 'day'],
  ['The ministers met on Tuesday.', PUB, '2024-05-14', 'day'],
  ['The talks took place on June 10.', '2023-08-01', '2023-06-10', 'day'],
  ['The agreement was signed in 2020.', PUB, '2020', 'year'],
  ['Trade grew last year.', PUB, '2023', 'year'],
  // a quarter or a half spans months: the year is the finest precision that holds it
  ['Output fell in the first quarter of 2021.', PUB, '2021', 'year'],
  ['The summit is due in the second half of 2025.', PUB, '2025', 'year'],
  // dotted numeric dates are day-first; a dotted range starts on its first day
  ['The accord was ratified on 04.11.2019 in the capital.', null, '2019-11-04', 'day'],
  ['Press review (29.12-04.01.2020)', null, '2019-12-29', 'day'],
  // "later" counts from the narrative, not from publication: no date here
  ['Three weeks later the envoy was recalled.', PUB, null, null],
  // a capitalised "Today" after a name is part of an outlet's name
  ['Lisbon. Ukraine Today reports that the ministers met.', PUB, null, null],
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

test('narrativeOffset and shiftDate', () => {
  const o = narrativeOffset('Only three days later, the border was closed.', 10);
  assert.ok(o);
  assert.equal(o.amount, 3);
  assert.equal(o.unit, 'day');
  assert.equal(o.start, 10);
  assert.deepEqual(shiftDate('2024-05-10', o), { date: '2024-05-13', precision: 'day' });
  // two weeks either side of mid-month stays in the month; near its end it does not
  assert.deepEqual(shiftDate('2024-05-02', { amount: 2, unit: 'week' }), { date: '2024-05', precision: 'month' });
  assert.deepEqual(shiftDate('2024-05-20', { amount: 2, unit: 'week' }), { date: '2024', precision: 'year' });
  assert.deepEqual(shiftDate('2024-11', { amount: 3, unit: 'month' }), { date: '2025-02', precision: 'month' });
  assert.deepEqual(shiftDate('2024', { amount: -1, unit: 'year' }), { date: '2023', precision: 'year' });
  assert.equal(narrativeOffset("A week earlier the talks had failed.")?.amount, -1);
  // "two days after the vote" counts from the vote, not from the narrative
  assert.equal(narrativeOffset('Two days after the vote, the embassy closed.'), null);
});

test('"the first visit in 12 years" is a span of time, not a date 12 years ahead', () => {
  const hits = findDates('It was the first visit by a Chilean leader in 12 years.', '2023-03-16');
  assert.deepEqual(hits.map((h) => h.date), []);
  assert.ok(findDates('The plant will open in two years.', '2023-03-16').some((h) => h.date.startsWith('2025')));
});

test('findDates: hits of a sentence read at an offset into the document do not shadow each other', () => {
  const text = 'NAIROBI, Friday May 17, 2024 (Agency) - Kenya and Uganda met on Thursday.';
  for (const offset of [0, 77, 5000]) {
    assert.deepEqual(findDates(text, '2024-05-17', offset).map((h) => [h.text, h.date, h.start - offset]), [
      ['Friday May 17, 2024', '2024-05-17', 9],
      ['on Thursday', '2024-05-16', 61],
    ]);
  }
});

test('a month of last or next year: "in August last year", "on March 3 next year"', () => {
  const hits = findDates('The deal was signed in August last year; talks resume on March 3 next year and end in May this year.', '2025-11-14');
  assert.deepEqual(hits.map((h) => [h.text, h.date, h.precision]), [
    ['August last year', '2024-08', 'month'], ['March 3 next year', '2026-03-03', 'day'], ['May this year', '2025-05', 'month'],
  ]);
  for (const h of hits) assert.ok(h.text.length > 0);
});

test('"within three months" is a deadline, not the date of what is asked', () => {
  assert.deepEqual(findDates('Lima asked Quito to act within three months.', '2025-05-29').map((h) => h.text), [], 'a deadline gives no date');
  assert.deepEqual(findDates('Lima asked Quito to act within 30 days, as agreed in March.', '2025-05-29').map((h) => h.text), ['March'], 'a month named beside it still counts');
});
