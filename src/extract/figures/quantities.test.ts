import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findCounts, findPercents, findQuantities } from './quantities.ts';

const MONEY: [string, number, string, string][] = [
  // text, value, unit, matched text
  ['turnover reached $2.6billion last year', 2.6e9, 'USD', '$2.6billion'],
  ['a loan of US$1.2 bn was approved', 1.2e9, 'USD', 'US$1.2 bn'],
  ['exports worth 121.2 million manats', 121.2e6, 'AZN', '121.2 million manats'],
  ['the cost is 22.8 billion tenge', 22.8e9, 'KZT', '22.8 billion tenge'],
  ['a grant of €3m', 3e6, 'EUR', '€3m'],
  ['about 400 mln rubles were spent', 400e6, 'RUB', '400 mln rubles'],
  ['financing of AZN 5 million', 5e6, 'AZN', 'AZN 5 million'],
  ['a credit of $500 mn', 500e6, 'USD', '$500 mn'],
  ['the soft loan of P8.5 billion', 8.5e9, 'PHP', 'P8.5 billion'],
  ['trade of TL 486.33 billion', 486.33e9, 'TRY', 'TL 486.33 billion'],
  ['some 631 million euros', 631e6, 'EUR', '631 million euros'],
  ['over 7 billion dollars', 7e9, 'USD', '7 billion dollars'],
  ['valued at $ 3 bln.', 3e9, 'USD', '$ 3 bln'],
  ['nearly $1B in credits', 1e9, 'USD', '$1B'],
  ['a fund of $1,250,000', 1.25e6, 'USD', '$1,250,000'],
  ['some two billion dollars in loans', 2e9, 'USD', 'two billion dollars'],
  ['a budget of USD 2.5 billion', 2.5e9, 'USD', 'USD 2.5 billion'],
  ['about 3 billion US dollars', 3e9, 'USD', '3 billion US dollars'],
];

test('money in any notation and scale', () => {
  for (const [text, value, unit, matched] of MONEY) {
    const q = findQuantities(text);
    assert.equal(q.length, 1, text);
    assert.equal(q[0].value, value, text);
    assert.equal(q[0].unit, unit, text);
    assert.equal(q[0].text, matched, text);
    assert.equal(q[0].kind, 'money', text);
    assert.equal(text.slice(q[0].start, q[0].end), q[0].text);
  }
});

const QUANTITIES: [string, number, string][] = [
  ['reached 2.7 million tons of oil', 2.7e6, 't'],
  ['an aid package weighing 8.2 tonnes', 8.2, 't'],
  ['delivered 900 units', 900, 'units'],
  ['up to 5 bcm of gas', 5, 'bcm'],
  ['pumping 500,000 barrels per day', 500000, 'bbl/d'],
  ['a further 45 Mega Watt of capacity', 45, 'MW'],
  ['Fifty tons of aid left the airport', 50, 't'],
];

test('physical quantities with units', () => {
  for (const [text, value, unit] of QUANTITIES) {
    const q = findQuantities(text);
    assert.equal(q.length, 1, text);
    assert.equal(q[0].value, value, text);
    assert.equal(q[0].unit, unit, text);
    assert.equal(q[0].kind, 'quantity', text);
  }
});

test('near misses: numbers that are not amounts', () => {
  for (const text of [
    'The route is over 7,000km long.',
    'It trades with over 90 nations.',
    'In 2013 the ministry was set up.',
    'Population of 10 million people.',
    'He met 3 ministers on May 5.',
    'The agency reported it at 10 am.',
    'The party won 306 seats.',
  ]) {
    assert.deepEqual(findQuantities(text), [], text);
  }
});

test('a conversion in brackets is found as a second amount', () => {
  const q = findQuantities('22.8 billion tenge ($51 million)');
  assert.deepEqual(q.map((x) => [x.value, x.unit]), [[22.8e9, 'KZT'], [51e6, 'USD']]);
});

test('percentages and multipliers', () => {
  const cases: [string, number, 'percent' | 'fold'][] = [
    ['shows a 14% increase', 14, 'percent'],
    ['grew by 40 percent', 40, 'percent'],
    ['rose 6.9 per cent', 6.9, 'percent'],
    ['jumped by more than six-fold', 6, 'fold'],
    ['a 3fold rise', 3, 'fold'],
    ['has grown by 5 times since the opening', 5, 'fold'],
  ];
  for (const [text, value, kind] of cases) {
    const p = findPercents(text);
    assert.equal(p.length, 1, text);
    assert.equal(p[0].value, value, text);
    assert.equal(p[0].kind, kind, text);
  }
  assert.deepEqual(findPercents('He visited three times in May and June'), []);
});

test('people counts with up to three words before the noun', () => {
  const c = findCounts('It hosted more than 300 Chilean state officials for training.');
  assert.deepEqual(c.map((x) => [x.value, x.unit, x.text]), [[300, 'persons', '300 Chilean state officials']]);
  assert.deepEqual(findCounts('It has 600 big red shiny new buses.'), []);
});

test('currency names from the country list; bare shared names wait for a state', () => {
  assert.deepEqual(findQuantities('a loan of 2 billion Kenyan shillings').map((q) => [q.value, q.unit]), [[2e9, 'KES']]);
  assert.deepEqual(findQuantities('aid worth 500 million Indian rupees').map((q) => [q.value, q.unit]), [[5e8, 'INR']]);
  assert.deepEqual(findQuantities('a gift of 430 million shillings').map((q) => q.unit), ['?shillings']);
});
