import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractAgreements } from './agreements.ts';
import { fixture } from '../figures/fixture.ts';

const run = (text: string, published: string | null = null) => {
  const { doc, ann } = fixture(text, published);
  const out = extractAgreements(doc, ann);
  for (const a of out) assert.equal(text.slice(a.evidence.start, a.evidence.end), a.evidence.text);
  return out;
};

const CASES: { text: string; want: { name: string; parties?: string[]; status?: string; date?: string | null }[] }[] = [
  {
    text: 'The presidents of Armenia and Georgia signed the Tbilisi Declaration on Tuesday.',
    want: [{ name: 'Tbilisi Declaration', parties: ['ARM', 'GEO'], status: 'signed' }],
  },
  {
    text: 'Mongolia and Kazakhstan are implementing a roadmap aimed at expanding trade in agricultural goods.',
    want: [{ name: 'roadmap aimed at expanding trade in agricultural goods', parties: ['MNG', 'KAZ'], status: 'signed' }],
  },
  {
    text: 'Officials of Iran and Iraq are preparing a 10-year agreement to supply Iranian gas to Iraqi power plants.',
    want: [{ name: '10-year agreement to supply Iranian gas to Iraqi power plants', parties: ['IRN', 'IRQ'], status: 'planned' }],
  },
  {
    text: 'Chile and Peru signed seven agreements covering mining, tourism and education.',
    want: [{ name: 'seven agreements covering mining', parties: ['CHL', 'PER'], status: 'signed' }],
  },
  {
    text: 'When the meeting ended, Vietnam and Laos signed 9 documents, including a memorandum of understanding on cooperation in the field of tourism.',
    want: [{ name: 'memorandum of understanding on cooperation in the field of tourism', parties: ['VNM', 'LAO'], status: 'signed' }],
  },
  {
    text: 'The ministers of Chile and Peru signed the “Memorandum of Understanding on Cooperation in the Field of Fisheries between the Ministry of Agriculture of the Republic of Chile and the Ministry of Production of the Republic of Peru”.',
    want: [{ name: 'Memorandum of Understanding on Cooperation in the Field of Fisheries', parties: ['CHL', 'PER'] }],
  },
  {
    text: 'The leaders of Ghana and Togo signed a Comprehensive program of cooperation between Ghana and Togo for 2023-2027.',
    want: [{ name: 'Comprehensive program of cooperation between Ghana and Togo for 2023-2027', parties: ['GHA', 'TGO'] }],
  },
  {
    text: 'Egypt and Sudan signed a water-sharing treaty in 1959, and Cairo still relies on it.',
    want: [{ name: 'water-sharing treaty', parties: ['EGY', 'SDN'], date: '1959' }],
  },
  {
    text: 'Two further agreements, in the fields of tourism and fisheries, were signed between Cuba and Mexico.',
    want: [
      { name: 'agreement in the field of tourism', parties: ['CUB', 'MEX'] },
      { name: 'agreement in the field of fisheries', parties: ['CUB', 'MEX'] },
    ],
  },
  {
    text: 'India signed a $5.4 billion deal with Russia for S-400 air defense systems.',
    want: [{ name: 'deal with Russia for S-400 air defense systems', parties: ['IND', 'RUS'], status: 'signed' }],
  },
  {
    text: 'The parliament of Ecuador ratified the border treaty with Peru on Monday.',
    want: [{ name: 'border treaty with Peru', status: 'ratified' }],
  },
];

test('agreements: names, parties, status, date', () => {
  for (const c of CASES) {
    const got = run(c.text);
    assert.equal(got.length, c.want.length, `${c.text}\n${JSON.stringify(got.map((g) => g.name))}`);
    c.want.forEach((w, i) => {
      assert.equal(got[i].name, w.name, c.text);
      if (w.parties) assert.deepEqual([...got[i].parties].sort(), [...w.parties].sort(), c.text);
      if (w.status) assert.equal(got[i].status, w.status, c.text);
      if (w.date !== undefined) assert.equal(got[i].date, w.date, c.text);
    });
  }
});

test('a list of signed documents, one per line', () => {
  const got = run('After the talks, Nepal and Bhutan signed these documents:\n\n- Intergovernmental agreement on cooperation in tourism;\n- Memorandum of understanding between the central banks;\n- Agreement on air services.\n');
  assert.deepEqual(got.map((a) => a.name), [
    'Intergovernmental agreement on cooperation in tourism',
    'Memorandum of understanding between the central banks',
    'Agreement on air services',
  ]);
  for (const a of got) assert.deepEqual([...a.parties].sort(), ['BTN', 'NPL']);
});

test('a description stops at the verb or time word after it', () => {
  assert.deepEqual(run('Bahrain and Oman plan to sign an agreement on customs cooperation next month.').map((a) => [a.name, a.status]), [
    ['agreement on customs cooperation', 'planned'],
  ]);
  assert.deepEqual(run('The Bahraini-Omani agreement on visa-free travel entered into force.').map((a) => a.name), [
    'Bahraini-Omani agreement on visa-free travel',
  ]);
});

test('status: signed after the noun wins over nearby talk of plans', () => {
  assert.deepEqual(run('The treaty on border demarcation between Laos and Vietnam was signed after talks on Friday.').map((a) => a.status), ['signed']);
  assert.deepEqual(run('Laos and Vietnam will sign an agreement on border crossings next year.').map((a) => a.status), ['planned']);
});

test('the same document mentioned twice is one agreement', () => {
  const got = run('Bolivia and Paraguay signed the Asuncion Declaration. The Asuncion Declaration sets out joint steps on river transport.');
  assert.equal(got.length, 1);
  assert.equal(got[0].name, 'Asuncion Declaration');
});

test('agreements on different fields stay apart; two wordings of one declaration merge', () => {
  const got = run('Fiji and Samoa signed an agreement on cooperation in the field of sport and an agreement on cooperation in the field of culture.');
  assert.equal(got.length, 2);
  const decl = run('This week a Declaration on the expansion of comprehensive partnership between Samoa and our country will be signed. Later the presidents of Fiji and Samoa signed a Declaration on expanding comprehensive partnership and friendly ties between Fiji and Samoa.');
  assert.equal(decl.length, 1);
  assert.equal(decl[0].status, 'signed');
});

test('a later fuller mention supplies the parties', () => {
  const got = run('The trip closed with the signing of a joint Declaration by both heads of state. Talks also touched on Japan. Later the leaders signed a joint Declaration between Kenya and Uganda.');
  assert.equal(got.length, 1);
  assert.deepEqual([...got[0].parties].sort(), ['KEN', 'UGA']);
});

test('near misses give no agreement', () => {
  for (const text of [
    'A number of trade agreements were signed as well.',
    'Their ties rest on numerous agreements on naval drills.',
    'The two sides praised solid cooperation deals across nearly every sector.',
    'The teams were busy agreeing the set of documents and agreements due to be signed.',
    'Israel says it will honor its contracts.',
    'The festival will be held upon agreement between the governments.',
    'Several agreements for investments in mining are likely to be signed before spring.',
    'The chancellor reads out a joint statement while her guest looks on.',
    'Chile and Peru signed the agreements covering fisheries.',
    'The striker signed a one-year contract with the club in the offseason.',
    'Data come from the Agency\'s Photovoltaic Power Systems Program in Chile.',
  ]) {
    assert.deepEqual(run(text).map((a) => a.name), [], text);
  }
});

test('a document named by a year and capitalised modifiers ("the 2016 Foradori-Duncan agreement") is an agreement; a state named only as the place of a meeting is no party', () => {
  const got = run('During a meeting in New Delhi, Argentina told Britain it was ending the 2016 Foradori-Duncan agreement on cooperation in the South Atlantic.', '2023-03-08');
  assert.deepEqual(got.map((a) => [a.name, [...a.parties].sort().join(','), a.date]), [['Foradori-Duncan agreement on cooperation in the South Atlantic', 'ARG,GBR', '2016']]);
});
