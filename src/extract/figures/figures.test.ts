import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractFigures } from './figures.ts';
import { fixture } from './fixture.ts';
import type { FigureFact } from '../../core/types.ts';

const run = (text: string, published: string | null = null) => {
  const { doc, ann } = fixture(text, published);
  const figs = extractFigures(doc, ann);
  for (const f of figs) assert.equal(text.slice(f.evidence.start, f.evidence.end), f.evidence.text);
  return figs;
};
const pick = (f: FigureFact) => ({ metric: f.metric, value: f.value, unit: f.unit, period: f.period, status: f.status, change_pct: f.change_pct });

interface Case {
  text: string;
  published?: string;
  want: Partial<ReturnType<typeof pick>>[];
}

const CASES: Case[] = [
  {
    text: 'Trade between Georgia and Armenia reached $812 million in 2021, up 14% on the year before.',
    want: [{ metric: 'trade_turnover', value: 812e6, unit: 'USD', period: '2021', status: 'actual', change_pct: 14 }],
  },
  {
    text: 'The previous year Chile-Peru trade turnover totaled $3.4billion and showed a 12% increase.',
    published: '2020-03-02',
    want: [{ metric: 'trade_turnover', value: 3.4e9, period: '2019', change_pct: 12 }],
  },
  {
    text: 'The presidents of Laos and Cambodia agreed to raise trade turnover to $2 billion in the coming years.',
    want: [{ metric: 'trade_turnover', value: 2e9, status: 'target', period: null }],
  },
  {
    text: 'The pipeline across Georgia is able to pump up to 12 million tons of crude a year.',
    want: [{ metric: 'transit_volume', value: 12e6, unit: 't', status: 'capacity' }],
  },
  {
    text: 'Hungarian investments in Uzbekistan amount to $310 million.',
    want: [{ metric: 'investment', value: 310e6, unit: 'USD', status: 'actual' }],
  },
  {
    text: 'In the first quarter of 2022, exports to Latvia came to $3.1 million and imports to $7.6 million.',
    want: [
      { metric: 'exports', value: 3.1e6, period: '2022-Q1' },
      { metric: 'imports', value: 7.6e6, period: '2022-Q1' },
    ],
  },
  {
    text: 'In the 6 months of this year, Mongolia exported 3.1 million tons of coal to China.',
    published: '2021-08-01',
    want: [{ metric: 'exports', value: 3.1e6, unit: 't', period: '2021-01/2021-06' }],
  },
  {
    text: 'The factory in Ganja, Azerbaijan made some 32.7 million manats worth of defense products in 2019.',
    want: [{ metric: 'defense_production', value: 32.7e6, unit: 'AZN', period: '2019' }],
  },
  {
    text: 'Turkmenistan and Afghanistan back the railway. The cost of the project is estimated at $ 3 bln.',
    want: [{ metric: 'investment', value: 3e9, status: 'forecast' }],
  },
  {
    text: 'Japan sent 75 tons of humanitarian aid worth $4 million to Nepal.',
    want: [
      { metric: 'aid', value: 75, unit: 't' },
      { metric: 'aid', value: 4e6, unit: 'USD' },
    ],
  },
  {
    text: 'Exports of coffee from Kenya rose 6.5 per cent last year to $1.4 billion.',
    published: '2023-05-05',
    want: [{ metric: 'exports', value: 1.4e9, period: '2022', change_pct: 6.5 }],
  },
  {
    text: 'Over the first five months of this year, trade with Oman reached $370 million, or 125 percent compared to the same period last year.',
    published: '2018-07-01',
    want: [{ metric: 'trade_turnover', value: 370e6, period: '2018-01/2018-05', change_pct: 25 }],
  },
  {
    text: 'Trade between Nepal and India totalled $190 million in January-September, which is 15 percent more than a year earlier.',
    published: '2023-11-10',
    want: [{ metric: 'trade_turnover', value: 190e6, period: '2023-01/2023-09', change_pct: 15 }],
  },
  {
    text: 'Trade between Kenya and Tanzania grew over the last five years to $12 billion.',
    published: '2018-07-01',
    want: [{ metric: 'trade_turnover', value: 12e9, period: null }],
  },
  {
    text: 'The ministers of Brazil and Angola discussed increasing trade to $5 billion from around $2.5 billion.',
    want: [
      { metric: 'trade_turnover', value: 5e9, status: 'target' },
      { metric: 'trade_turnover', value: 2.5e9, status: 'actual' },
    ],
  },
  {
    text: 'Peru imposed duties of 12.5 percent on Chilean steel imports.',
    want: [{ metric: 'other', value: 12.5, unit: '%' }],
  },
];

test('figures: metric, value, unit, period, status, growth', () => {
  for (const c of CASES) {
    const got = run(c.text, c.published ?? null).map(pick);
    assert.equal(got.length, c.want.length, `${c.text}\n${JSON.stringify(got)}`);
    c.want.forEach((w, i) => {
      for (const [k, v] of Object.entries(w)) assert.deepEqual(got[i][k as keyof typeof w], v, `${c.text} [${i}].${k}`);
    });
  }
});

test('a bare currency name takes the currency of the state in the sentence', () => {
  const figs = run('Norway will give Uganda a grant of 430 million shillings (115,000 dollars) to build clinics.');
  assert.deepEqual(figs.map((f) => [f.metric, f.value, f.unit, f.status, f.equivalent]), [
    ['aid', 430e6, 'UGX', 'target', { value: 115000, unit: 'USD' }],
  ]);
});

test('a conversion in brackets is the same figure\'s equivalent', () => {
  const figs = run('Kazakhstan exported goods worth 22.8 billion tenge ($51 million) to Kyrgyzstan.');
  assert.equal(figs.length, 1);
  assert.equal(figs[0].unit, 'KZT');
  assert.equal(figs[0].value, 22.8e9);
  assert.deepEqual(figs[0].equivalent, { value: 51e6, unit: 'USD' });
  assert.equal(figs[0].text, '22.8 billion tenge');
});

test('direction: investment from the adjective state to the "in" state', () => {
  const [f] = run('Japanese investments in Vietnam reached $1.5 billion.');
  assert.equal(f.from, 'JPN');
  assert.equal(f.to, 'VNM');
});

test('growth in a later sentence attaches to the figure of the same period', () => {
  const figs = run('The plant in Azerbaijan produced 30 million manats worth of military products in 2019. In 2019, its production grew by 4.5 percent compared to 2018.');
  assert.equal(figs.length, 1);
  assert.equal(figs[0].change_pct, 4.5);
});

test('anaphora: "the figure" continues the previous metric', () => {
  const figs = run('Trade between Serbia and Hungary exceeded $2 billion in 2022. Both sides hope to raise the figure to $3 billion.');
  assert.deepEqual(figs.map((f) => [f.metric, f.value, f.status]), [
    ['trade_turnover', 2e9, 'actual'],
    ['trade_turnover', 3e9, 'target'],
  ]);
});

test('goods delivered to a state are aid; a second measure of the same delivery shares the metric', () => {
  const figs = run('Earlier this year, Estonia delivered blankets, tents, generators and medicine worth nearly $4 million and weighing over 120 tons to Moldova.', '2022-06-01');
  assert.deepEqual(figs.map((f) => [f.metric, f.value, f.unit, f.period]), [
    ['aid', 4e6, 'USD', '2022'],
    ['aid', 120, 't', '2022'],
  ]);
  const arms = run('Last year Serbia delivered weapons worth $30 million to Cyprus.', '2022-06-01');
  assert.deepEqual(arms.map((f) => [f.metric, f.value]), [['defense_exports', 30e6]]);
});

test('people trained by another state are counted; other head counts are not', () => {
  const figs = run('Since 2005, Korea has trained over 250 Mongolian state officials at its colleges.');
  assert.deepEqual(figs.map((f) => [f.metric, f.value, f.unit]), [['other', 250, 'persons']]);
  assert.deepEqual(run('The clashes on the border of Chad killed 40 servicemen and wounded 12 officials.'), []);
});

test('contracts worth an amount for weapons are arms exports', () => {
  const figs = run('Peru has signed contracts worth $250 million with Korea for the purchase of howitzers and ammunition.');
  assert.deepEqual(figs.map((f) => [f.metric, f.value]), [['defense_exports', 250e6]]);
});

test('a multiplier next to a figure is its growth rate', () => {
  const figs = run('Trade between Chad and Niger increased three-fold to $300 million in 2021.');
  assert.deepEqual(figs.map((f) => [f.value, f.change_pct]), [[300e6, 200]]);
});

test('near misses give no figure', () => {
  for (const text of [
    'The country has a population of 10 million people.',
    'The highway will be 7,000km long.',
    'Rosatom accounts for 40 percent of the market.',
    'The ministry was founded in 2005 and employs 900 people.',
    'He said the $5 million question remains unanswered by the court.',
    'The company hired 300 workers and opened 12 shops.',
    'A 26% growth has been seen in the nine months of this year.',
    'Bilateral trade turnover reached $3 billion last year.',
    'The average price of a new car sold in Mexico was $31,000.',
    'The ministry of Chile fined the firm $2 million.',
  ]) {
    assert.deepEqual(run(text, '2020-01-01').map(pick), [], text);
  }
});

test('headline figures are not recorded separately', () => {
  const figs = run('Bank says it set aside nearly $2B for schemes in Armenia\n\nThe bank has funded loan schemes in Armenia amounting to $1.7 billion.');
  assert.deepEqual(figs.map((f) => f.value), [1.7e9]);
});
