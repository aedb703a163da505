import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CATALOGUE, extractArms, findSystems, parseCatalogue } from './arms.ts';
import { fixture } from '../figures/fixture.ts';
import type { Fact } from '../../core/types.ts';

const run = (text: string, earlier: Fact[] = []) => {
  const { doc, ann } = fixture(text);
  const out = extractArms(doc, ann, earlier);
  for (const a of out) assert.equal(text.slice(a.evidence.start, a.evidence.end), a.evidence.text);
  return out.map((a) => [a.system, a.category, a.supplier, a.recipient, a.status]);
};

test('catalogue: loads, every row has a category and an ISO3 origin', () => {
  assert.ok(CATALOGUE.length >= 40);
  for (const e of CATALOGUE) {
    assert.ok(e.category, e.designation);
    assert.match(e.origin, /^[A-Z]{3}$/, e.designation);
  }
  const names = CATALOGUE.map((e) => e.designation);
  for (const n of ['T-90', 'BMP-3', 'Mi-17', 'S-400', 'Bayraktar TB2', 'F-16', 'JF-17', 'HIMARS', 'Polonez', 'Barak-8']) assert.ok(names.includes(n), n);
  assert.deepEqual(parseCatalogue('# c\ndesignation\taliases\tcategory\torigin\nX-1\tX1|Ex-1\ttank\tFRA\n'), [
    { designation: 'X-1', aliases: ['X1', 'Ex-1'], category: 'tank', origin: 'FRA' },
  ]);
});

test('systems: catalogue names, designation shapes and category phrases', () => {
  const cases: [string, string[]][] = [
    ['They bought T-90S tanks and Mi-17V-5 helicopters.', ['T-90S', 'Mi-17V-5']],
    ['The order covers the new Zr-155 howitzer.', ['Zr-155']],
    ['It received S 400 systems.', ['S 400']],
    ['The contract covers 12 JF-17 C Block-III Fighter Jets.', ['JF-17 C Block-III']],
    ['They sell antiaircraft missiles and heavy flamethrower systems.', ['antiaircraft missiles', 'heavy flamethrower systems']],
    ['Msta self-propelled artilleries arrived.', ['Msta']],
    ['The COVID-19 vaccines and the G20 summit.', []],
    ['The plant makes tank engines and missile production lines.', []],
  ];
  for (const [text, want] of cases) {
    assert.deepEqual(findSystems(text, { start: 0, end: text.length }).map((i) => i.system), want, text);
  }
});

test('transfers: supplier and recipient from the clause; a list shares them', () => {
  assert.deepEqual(run('Last spring Serbia received T-72 tanks, BMP-2 infantry fighting vehicles and Smerch rocket launchers from Belarus.'), [
    ['T-72', 'tank', 'BLR', 'SRB', 'delivered'],
    ['BMP-2', 'infantry fighting vehicle', 'BLR', 'SRB', 'delivered'],
    ['Smerch', 'multiple rocket launcher', 'BLR', 'SRB', 'delivered'],
  ]);
  assert.deepEqual(run('France is selling drones and air-to-surface missiles to Greece.'), [
    ['drones', 'UAV', 'FRA', 'GRC', 'ordered'],
    ['air-to-surface missiles', 'missile', 'FRA', 'GRC', 'ordered'],
  ]);
  assert.deepEqual(run('Poland ordered 250 M1A2 tanks from the United States.'), [['M1A2', 'tank', 'USA', 'POL', 'ordered']]);
  assert.deepEqual(run('South Korea delivered K9 Thunder howitzers to Estonia.'), [['K9 Thunder', 'self-propelled gun', 'KOR', 'EST', 'delivered']]);
});

test('status: licensed production, offers, plans', () => {
  assert.deepEqual(
    run('Serbia received Mi-35M helicopters from Russia. The licensed production of AK-74M rifles has started in Serbia.').map((r) => [r[0], r[2], r[3], r[4]]),
    [
      ['Mi-35M', 'RUS', 'SRB', 'delivered'],
      ['AK-74M', 'RUS', 'SRB', 'licensed_production'],
    ],
  );
  assert.deepEqual(run('Both sides noted progress in selling C-2 transport aircraft of Japan to Vietnam.').map((r) => [r[0], r[2], r[3], r[4]]), [
    ['C-2', 'JPN', 'VNM', 'offered'],
  ]);
  assert.deepEqual(run('Morocco plans to buy F-16 jets from the United States.').map((r) => [r[0], r[2], r[3], r[4]]), [['F-16', 'USA', 'MAR', 'planned']]);
});

test('maker adjective, verb object and deal wording', () => {
  assert.deepEqual(run('Morocco and Spain met. Morocco purchased Israeli Barak-8 air defense systems.').map((r) => [r[0], r[2], r[3]]), [['Barak-8', 'ISR', 'MAR']]);
  assert.deepEqual(run('Russia will supply Armenia with Su-30SM fighter jets.').map((r) => [r[0], r[2], r[3], r[4]]), [['Su-30SM', 'RUS', 'ARM', 'ordered']]);
  assert.deepEqual(run('Pakistan is interested in buying Turkish T129 ATAK helicopters.').map((r) => [r[0], r[2], r[3], r[4]]), [['T129 ATAK', 'TUR', 'PAK', 'planned']]);
  assert.deepEqual(run('Georgia and Armenia talked. Armenia received drones and Smerch rocket launchers supplied by Russia.').map((r) => [r[0], r[2], r[3]]), [
    ['drones', 'RUS', 'ARM'],
    ['Smerch', 'RUS', 'ARM'],
  ]);
  assert.deepEqual(run('Israel has supplied Morocco with Harop and SkyStriker loitering munitions.').map((r) => [r[0], r[2], r[3]]), [
    ['Harop', 'ISR', 'MAR'],
    ['SkyStriker', 'ISR', 'MAR'],
  ]);
  assert.deepEqual(run('China remains the main arms supplier of Cambodia, which received HQ-9 systems.').map((r) => [r[0], r[2], r[3]]), [['HQ-9', 'CHN', 'KHM']]);
  assert.deepEqual(run('Peru has signed contracts with South Korea for the purchase of K9 Thunder howitzers and anti-tank rockets.').map((r) => [r[0], r[2], r[3], r[4]]), [
    ['K9 Thunder', 'KOR', 'PER', 'ordered'],
    ['anti-tank rockets', 'KOR', 'PER', 'ordered'],
  ]);
  assert.deepEqual(run('Chile and Peru met. Peru earlier bought Israeli drones and Turkish Bayraktar TB2 aircraft.').map((r) => [r[0], r[2]]), [
    ['drones', 'ISR'],
    ['Bayraktar TB2', 'TUR'],
  ]);
  assert.deepEqual(run('India signed a $5.4 billion deal with Russia for S-400 air defense systems.').map((r) => [r[0], r[4]]), [['S-400', 'ordered']]);
});

test('a deal sentence takes its parties from the arms-export figure', () => {
  const figure: Fact = {
    kind: 'figure', metric: 'defense_exports', value: 1e9, unit: 'USD', period: null, countries: ['TUR', 'PAK'],
    from: 'TUR', to: 'PAK', status: 'actual', change_pct: null, evidence: { start: 0, end: 0, text: '' },
  };
  assert.deepEqual(run('The deal that the sides signed includes 30 T129 ATAK helicopters.', [figure]).map((r) => [r[0], r[2], r[3], r[4]]), [
    ['T129 ATAK', 'TUR', 'PAK', 'ordered'],
  ]);
});

test('the same system named twice between the same states is one transfer', () => {
  const rows = run('Ghana has ordered JF-17 C Block-III jets from Pakistan. With this order Ghana is among the buyers of JF-17 Thunder jets from Pakistan.');
  assert.equal(rows.length, 1);
});

test('near misses give no transfer', () => {
  for (const text of [
    'A C-130 Hercules aircraft arrived in Jakarta with aid.',
    'Ecuador ordered soldiers and tanks to its frontier with Peru.',
    'Korea says it is now ready to offer combat planes to foreign buyers.',
    'The T-90 tank is one of the most modern in the world.',
    'Russia is a major producer of arms.',
  ]) {
    assert.deepEqual(run(text), [], text);
  }
});
