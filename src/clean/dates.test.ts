import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates, withYear } from './dates.ts';

const CASES: [string, [number | null, number, number][]][] = [
  ['Wednesday March 6 2024', [[2024, 3, 6]]],
  ['12 June 2015 11:20 (UTC+04:00)', [[2015, 6, 12]]],
  ['Flag Monday, 2 September 2024', [[2024, 9, 2]]],
  ['TBILISI, 3 July (GeoPress)', [[null, 7, 3]]],
  ['Posted Sept. 14, 2011 at 9:00', [[2011, 9, 14]]],
  ['2019-02-28 08:35 | site', [[2019, 2, 28]]],
  ['14.05.2011, 10:40', [[2011, 5, 14]]],
  ['[ 4 Mar 2009 13:24 ]', [[2009, 3, 4]]],
  ['the 31st of December 2020', [[2020, 12, 31]]],
  ['February 30, 2021', []],
  ['in May 2024 trade grew', []],
  ['from 2005 to 2013', []],
];

for (const [s, want] of CASES) {
  test(`findDates ${JSON.stringify(s)}`, () => {
    assert.deepEqual(findDates(s).map((h) => [h.year, h.month, h.day]), want);
  });
}

test('findDates spans slice to the date', () => {
  const s = 'Date: Friday, 6 July 2018 and more';
  const [h] = findDates(s);
  assert.equal(s.slice(h!.start, h!.end), 'Friday, 6 July 2018');
});

test('withYear picks the latest year not after the reference', () => {
  assert.equal(withYear(5, 16, '2024-07-27'), '2024-05-16');
  assert.equal(withYear(12, 31, '2024-01-02'), '2023-12-31');
  assert.equal(withYear(1, 3, '2024-01-02'), '2024-01-03');
});

test('numeric dates: day first, month first only when the second number cannot be a month', () => {
  assert.deepEqual(findDates('05.03.2010').map((h) => [h.year, h.month, h.day]), [[2010, 3, 5]]);
  assert.deepEqual(findDates('03/15/2010').map((h) => [h.year, h.month, h.day]), [[2010, 3, 15]]);
});
