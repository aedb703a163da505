import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPeriods, referenceYear } from './periods.ts';

const CASES: [string, number | null, string | null][] = [
  // text, reference (publication) year, expected period of the single expression
  ['trade exceeded $400 million in 2023', null, '2023'],
  ['the last year turnover totaled $2.6 billion', 2019, '2018'],
  ['last year exports grew', 2022, '2021'],
  ['this year trade grew', 2019, '2019'],
  ['in the first quarter of 2021 trade was', null, '2021-Q1'],
  ['in the 8 months of this year', 2019, '2019-01/2019-08'],
  ['In the first seven months of this year', 2019, '2019-01/2019-07'],
  ['surged during 2005-2013', null, '2005/2013'],
  ['in January-March 2020 exports', null, '2020-01/2020-03'],
  ['since 1993, the agency has allocated', 2017, '1993/2017'],
  ['in the first half of 2022', null, '2022-01/2022-06'],
  ['over the past eight years', 2017, null],
  ['in January-September trade grew', 2023, '2023-01/2023-09'],
  ['the last year turnover', null, null],
];

test('periods, absolute and relative to the publication year', () => {
  for (const [text, ref, period] of CASES) {
    const hits = findPeriods(text, 0, text.length, ref);
    assert.equal(hits.length, 1, `${text}: ${JSON.stringify(hits)}`);
    assert.equal(hits[0].period, period, text);
    assert.equal(hits[0].inherit ?? false, false, text);
  }
});

test('"the mentioned period" inherits; dates inside compounds are not years', () => {
  const t = 'It sold some goods in the mentioned period.';
  const hits = findPeriods(t, 0, t.length, null);
  assert.equal(hits.length, 1);
  assert.equal(hits[0].inherit, true);
  assert.deepEqual(findPeriods('a programme for 2022/26', 0, 23, null).map((h) => h.period), []);
});

test('reference year from a publication date', () => {
  assert.equal(referenceYear('2019-11-25'), 2019);
  assert.equal(referenceYear(null), null);
});
