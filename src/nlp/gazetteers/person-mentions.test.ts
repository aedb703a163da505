import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Document, Mention } from '../../core/types.ts';
import { tokenize } from '../tokens.ts';
import { findMentions } from '../mentions.ts';
import { findPeople } from './person-finder.ts';
import { datelineState } from './person-states.ts';

function run(text: string, published: string | null = null, byline: string | null = null) {
  const doc = { id: 't', source: 't', url: null, raw: text, text, offsetMap: [], title: null, outlet: null, byline, dateline: null, published } as Document;
  const { sentences, tokens } = tokenize(text);
  const ms = findMentions(doc, sentences, tokens);
  const people = findPeople(doc, ms.filter((m) => m.type !== 'person'));
  return { ms, people };
}
const persons = (ms: Mention[]) => ms.filter((m) => m.type === 'person');

const titled: [string, string, string | null][] = [
  ['Montenegrin President Milo Vukovic opened the fair.', 'Milo Vukovic', 'MNE'],
  ['Slovak Defense Minister Pavol Hronec arrived.', 'Pavol Hronec', 'SVK'],
  ['First Deputy Prime Minister of Mongolia Batbold Tsend spoke first.', 'Batbold Tsend', 'MNG'],
  ['He met the head of the Aden squadron of the Omani Navy, Rear Admiral Salim Harthi, on board.', 'Salim Harthi', 'OMN'],
  ['Colonel-General Ivan Petrenko, who heads the Ukrainian Defense Ministry’s logistics department, said so.', 'Ivan Petrenko', 'UKR'],
  ['This was said by Farid Gasimov, the advisor of Azerbaijani Economy Minister, at the forum.', 'Farid Gasimov', 'AZE'],
  ['Ambassador of Chile to Azerbaijan Rodrigo Fuentes gave an interview.', 'Rodrigo Fuentes', 'CHL'],
  ['Lina Arvidsson, the President of the Swedish Trade Council, visited.', 'Lina Arvidsson', 'SWE'],
];
for (const [text, name, ref] of titled) {
  test(`titled person: ${name}`, () => {
    const { people } = run(text);
    const p = people.find((h) => h.name === name);
    assert.ok(p, `found ${JSON.stringify(people.map((h) => h.name))}`);
    assert.equal(p.ref, ref);
    assert.ok(p.role);
  });
}

test('coordinated titles: "Presidents of A and B X and Y"', () => {
  const { people } = run('Presidents of Latvia and Estonia Juris Ozols and Kaja Tamm held talks.');
  assert.deepEqual(people.map((h) => [h.name, h.ref]), [['Juris Ozols', 'LVA'], ['Kaja Tamm', 'EST']]);
});

test('a well-known official named without a title resolves through the table by date', () => {
  const { people } = run('The talks held with Putin ended.', '2004-06-01');
  assert.deepEqual(people.map((h) => [h.name, h.ref, h.role]), [['Vladimir Putin', 'RUS', 'President']]);
  const later = run('The talks held with Putin ended.', '2010-06-01').people;
  assert.equal(later[0]!.role, 'Prime Minister');
});

test('officials named in a list with commas are each found ("Aliyev, Putin to meet"), a capitalised word right before a surname still marks another person', () => {
  const { people } = run('Aliyev, Putin to meet in Moscow', '2024-06-01');
  assert.deepEqual(people.map((h) => [h.name, h.ref]), [['Ilham Aliyev', 'AZE'], ['Vladimir Putin', 'RUS']]);
  assert.deepEqual(run('Fuad Aliyev met reporters.', '2024-06-01').people.filter((h) => h.ref === 'AZE' && h.name === 'Ilham Aliyev'), []);
});

test('not people: places named after a person, the byline author, organisations after a title', () => {
  assert.deepEqual(run('The delegation arrived at the Olaf Scholz International Airport.').people, []);
  assert.deepEqual(run('The reporter met Foreign Minister Anna Berg.', null, 'By Anna Berg').people, []);
  assert.deepEqual(run('The General Assembly voted.').people, []);
});

test('later mentions resolve to the same person: surname, role, counterpart, group, pronoun', () => {
  const { ms } = run('French President Emmanuel Macron met German Chancellor Olaf Scholz in Paris. ' +
    'Macron said the meeting went well. The French head of state praised his German counterpart. ' +
    'The two leaders signed a roadmap. He praised it.', '2022-08-24');
  const ps = persons(ms);
  const at = (t: string) => ps.filter((m) => m.text === t).map((m) => m.name);
  assert.deepEqual(at('Macron'), ['Emmanuel Macron']);
  assert.deepEqual(at('The French head of state'), ['Emmanuel Macron']);
  assert.deepEqual(at('his German counterpart'), ['Olaf Scholz']);
  assert.deepEqual(at('The two leaders').sort(), ['Emmanuel Macron', 'Olaf Scholz']);
  assert.equal(at('He').length, 1);
});

test('a pronoun after another named person opens a sentence is not the titled person\'s', () => {
  const pron = (text: string) => persons(run(text, '2022-08-24').ms).filter((m) => /^(?:his|her|he|she)$/i.test(m.text)).map((m) => m.text + ':' + m.name);
  // the story named "Tomas Rivera" in full, without a title: "his" after "Rivera asked" is his, not Macron's
  assert.deepEqual(pron('The clinic called Tomas Rivera, a nurse. French President Emmanuel Macron visited. Rivera asked about his plans.'), []);
  // near misses: the titled person's own surname, and a capitalised word the story never used as a family name
  assert.deepEqual(pron('French President Emmanuel Macron visited. Macron said his plans were ready.'), ['his:Emmanuel Macron']);
  assert.deepEqual(pron('French President Emmanuel Macron visited. Reporters asked about his plans.'), ['his:Emmanuel Macron']);
});

test('a pronoun after a relative clause on a person stands for that person, not for one named inside the clause', () => {
  const pron = (text: string) => persons(run(text, '2022-08-24').ms).filter((m) => /^(?:his|her|he|she)$/i.test(m.text)).map((m) => m.text + ':' + m.name);
  assert.deepEqual(pron('French President Emmanuel Macron, who met German Chancellor Olaf Scholz on Monday, said he was pleased.'), ['he:Emmanuel Macron']);
  // near miss: the pronoun inside a relative clause on the second person
  assert.deepEqual(pron('French President Emmanuel Macron met German Chancellor Olaf Scholz, who said he was pleased.'), ['he:Olaf Scholz']);
});

test('transliteration variants of an official match', () => {
  const { ms } = run('Belarus President Alexander Lukashenko arrived. Lukashenka said he was glad.', '2020-01-10');
  assert.deepEqual(persons(ms).filter((m) => m.text === 'Lukashenka').map((m) => [m.name, m.ref]), [['Alexander Lukashenko', 'BLR']]);
});

test('a headline may name by surname a person introduced in full later', () => {
  const { ms } = run('Tension rises after Kovalenko visit\n\nUkrainian Foreign Minister Petro Kovalenko arrived in Vilnius on Monday.');
  const sur = persons(ms).find((m) => m.text === 'Kovalenko' && m.start < 40);
  assert.ok(sur, JSON.stringify(persons(ms).map((m) => m.text)));
  assert.equal(sur.ref, 'UKR');
});

test('names keep particles and joined particles: "da", "bin", "al-", "el-"', () => {
  const { people } = run('Prime Minister Rashid al-Mansouri welcomed Egyptian President Omar el-Masri. Brazilian President Carlos Alberto Pereira da Costa came too.');
  assert.deepEqual(people.map((h) => [h.name, h.ref]), [['Rashid al-Mansouri', null], ['Omar el-Masri', 'EGY'], ['Carlos Alberto Pereira da Costa', 'BRA']]);
});

test('a royal title between office and name is skipped; the bare royal name later is the same person', () => {
  const { people } = run('Qatari Foreign Minister Prince Khalid bin Nasser arrived. Later Prince Khalid spoke to reporters.');
  assert.deepEqual([...new Set(people.map((h) => `${h.name}/${h.ref}`))], ['Khalid bin Nasser/QAT']);
  assert.equal(people[0]!.role, 'Foreign Minister');
});

test('capitalised portfolios before the name: "Minister of State X", "Deputy Minister of Trade and Industry X"', () => {
  const { people } = run('Omani Minister of State Salma Harthi spoke. Deputy Minister of Planning and Investment Nguyen Van Binh signed.');
  assert.deepEqual(people.map((h) => [h.name, h.role]), [['Salma Harthi', 'Minister of State'], ['Nguyen Van Binh', 'Deputy Minister of Planning and Investment']]);
});

test('lower-case plural titles and a possessive in the gap introduce the people named', () => {
  const { people } = run("The heads of the two countries' border services, Askar Bekov and Rustam Nabiev, met after they invited presidents Jean Mbala and Omar Diallo. Treasurer Paul Grant agreed.");
  assert.deepEqual(people.map((h) => h.name), ['Askar Bekov', 'Rustam Nabiev', 'Jean Mbala', 'Omar Diallo', 'Paul Grant']);
});

test('a state later in the sentence is not the state of "Minister of State"', () => {
  const { people } = run('Omani Minister of State Salma Harthi said Riyadh had agreed.');
  assert.deepEqual(people.map((h) => [h.name, h.ref]), [['Salma Harthi', 'OMN']]);
});

function runAt(text: string, dateline: string | null) {
  const doc = { id: 't', source: 't', url: null, raw: text, text, offsetMap: [], title: null, outlet: null, byline: null, dateline, published: '2024-03-01' } as Document;
  const { sentences, tokens } = tokenize(text);
  const ms = findMentions(doc, sentences, tokens);
  return findPeople(doc, ms.filter((m) => m.type !== 'person')).map((h) => [h.name, h.ref]);
}

test('datelineState: the place before the date or agency, a country after a city, none for two places', () => {
  assert.equal(datelineState('LIMA, 3 May 2024 (Andean Wire)'), 'PER');
  assert.equal(datelineState('NEW DELHI (Agency)'), 'IND');
  assert.equal(datelineState('TRUJILLO, Peru, May 3'), 'PER');
  assert.equal(datelineState('LIMA / QUITO, 3 May'), null);
  assert.equal(datelineState(null), null);
});

test('a domestic office with no state takes the dateline state; an ambassador or a spokesman does not', () => {
  const text = 'LIMA, 3 May 2024 (Andean Wire) - Peru and Chile signed a fisheries pact. Foreign Minister Rosa Quispe said talks would go on. Ambassador Tomas Vial attended. A spokesman, Hugo Ruiz, was silent.';
  const got = runAt(text, 'LIMA, 3 May 2024 (Andean Wire)');
  assert.deepEqual(got.filter(([n]) => n !== 'Hugo Ruiz'), [['Rosa Quispe', 'PER'], ['Tomas Vial', null]]);
});

test('"In <capital>, ..." opening the sentence gives the state of a spokesperson named in it', () => {
  const text = 'Chile protested. In Lima, foreign ministry spokeswoman Ana Torres rejected the protest.';
  assert.deepEqual(runAt(text, 'SANTIAGO, 2 May'), [['Ana Torres', 'PER']]);
});

test('a spokesperson quoted after a sentence that opens with a state speaks for it', () => {
  const text = 'Chile denied the report. "Our ships never left port," government spokeswoman Carla Munoz said.';
  assert.deepEqual(runAt(text, 'LIMA, 2 May'), [['Carla Munoz', 'CHL']]);
});

test('portfolios with "for", "of the" before the name', () => {
  const { people } = run('Omani Minister of State for Foreign Affairs Salma Harthi spoke. Minister of the Interior Pavel Novak came.');
  assert.deepEqual(people.map((h) => [h.name, h.role]), [['Salma Harthi', 'Minister of State for Foreign Affairs'], ['Pavel Novak', 'Minister of the Interior']]);
});

test('"foreign ministry spokeswoman X" speaks for the state whose foreign ministry was named before', () => {
  const text = 'The Chilean Foreign Ministry rejected the claim on Monday.\n\nForeign ministry spokeswoman Ana Torres called it false.';
  assert.deepEqual(runAt(text, 'LIMA, 2 May'), [['Ana Torres', 'CHL']]);
});

test('"X asked her Chilean counterpart" makes X the other state of the story, whatever the dateline says', () => {
  const text = 'Chile sends aircraft to help Peru fight fires\n\nTwo Chilean planes arrived in Peru on Friday.\n\nThey came after President Rosa Quispe asked her Chilean counterpart, Pablo Vial, for help.';
  assert.deepEqual(runAt(text, 'SANTIAGO, 3 May 2024 (Agency)'), [['Rosa Quispe', 'PER'], ['Pablo Vial', 'CHL']]);
});

test('"the heads of the two countries\' services, A and B" take the story\'s two states in order; plural titles give singular roles', () => {
  const text = 'Kyrgyz and Tajik troops clashed. The truce was signed by the heads of the two countries\' border services, Askar Bekov and Rustam Nabiev, after presidents Omar Bakiev and Ali Rahmonov talked.';
  const { people } = run(text);
  assert.deepEqual(people.map((h) => [h.name, h.ref, h.role]), [
    ['Askar Bekov', 'KGZ', "head of the two countries' border services"], ['Rustam Nabiev', 'TJK', 'head'],
    ['Omar Bakiev', null, 'president'], ['Ali Rahmonov', null, 'president'],
  ]);
});

test('"Ambassador X" after "the Peruvian ambassador" was named without a name is Peruvian; a named holder in between blocks it', () => {
  const { people } = run('Chile summoned the Peruvian ambassador on Monday. A deputy minister told Ambassador Rosa Quispe that the remarks were unacceptable. Japanese Ambassador Koji Sato attended. Ambassador Pablo Diaz came.');
  assert.deepEqual(people.map((h) => [h.name, h.ref]), [['Rosa Quispe', 'PER'], ['Koji Sato', 'JPN'], ['Pablo Diaz', null]]);
});

test('a spokesperson after a sentence in which a state acts but does not speak gets no state from it', () => {
  const text = 'Chile seized two fishing boats. "The crews are safe," government spokeswoman Carla Munoz said.';
  assert.deepEqual(runAt(text, null), [['Carla Munoz', null]]);
});

test('a spouse shares the state of the person just named; a portfolio minister the state of the one ministry of that portfolio named', () => {
  const { people } = run("Peruvian President Rosa Quispe and First Lady Ana Quispe left Chile. Chile's foreign ministry summoned the envoy. Deputy Foreign Minister Pablo Vial told him so.");
  assert.deepEqual(people.map((h) => [h.name, h.ref]), [['Rosa Quispe', 'PER'], ['Ana Quispe', 'PER'], ['Pablo Vial', 'CHL']]);
  const two = run("Chile's foreign ministry summoned the envoy and the Peruvian foreign ministry protested. Deputy Foreign Minister Pablo Vial told him so.");
  assert.deepEqual(two.people.map((h) => [h.name, h.ref]), [['Pablo Vial', null]]);
});

test('"former vice-president X" is a vice-president, takes no dateline state, and no state from what befell him', () => {
  const text = 'Peruvian police arrested former vice-president Jorge Paredes, who had been granted asylum by Mexico. Vice-President Ana Ruiz and ex-Prime Minister Pablo Vial came.';
  assert.deepEqual(runAt(text, 'LIMA, 3 May'), [['Jorge Paredes', null], ['Ana Ruiz', 'PER'], ['Pablo Vial', null]]);
  const { people } = run('Police arrested former vice-president Jorge Paredes, who had been granted asylum by Mexico.');
  assert.equal(people[0]!.role, 'vice-president');
});

test('"foreign ministry spokeswoman X" after "Russia\'s foreign ministry" written in lower case', () => {
  assert.deepEqual(runAt("Russia's foreign ministry rejected the claim on Monday. Later, foreign ministry spokeswoman Irina Volkova called it absurd.", null), [['Irina Volkova', 'RUS']]);
});

test('a family name written first stands alone for its person later ("Park" for "Park Min-seo")', () => {
  const { ms } = run('South Korean Foreign Minister Park Min-seo flew to Hanoi. Park later met Vietnamese officials.');
  const later = persons(ms).filter((m) => m.text === 'Park');
  assert.equal(later.length, 1);
  assert.deepEqual([later[0]!.name, later[0]!.ref], ['Park Min-seo', 'KOR']);
  // a given name written first is not taken alone
  const { ms: other } = run('Chilean Foreign Minister Ana Soto flew to Lima. Ana later met Peruvian officials.');
  assert.equal(persons(other).filter((m) => m.text === 'Ana').length, 0);
});

test('"President X thanked his Y counterpart" in a story of several states: the other state named in the sentence before', () => {
  const text = 'Gabon sends fuel as Congo and Angola talk\n\nCongo and Angola met in Luanda on Sunday.\n\nGabon shipped diesel to Chad on Monday, Chadian officials said.\n\nPresident Ali Mahamat thanked his Gabonese counterpart in a letter.';
  const p = run(text).people.find((x) => x.name === 'Ali Mahamat');
  assert.equal(p?.ref, 'TCD');
});

test('"the crown prince", "the emir", "the chancellor" name the person of that office named before', () => {
  const { ms } = run('Qatari Crown Prince Khalid Al Nasser met Austrian Chancellor Karl Weiss in Doha. Weiss invited the crown prince to Vienna, and the chancellor thanked him.');
  const roles = persons(ms).filter((m) => m.via === 'role').map((m) => [m.text, m.name, m.ref]);
  assert.deepEqual(roles, [['the crown prince', 'Khalid Al Nasser', 'QAT'], ['the chancellor', 'Karl Weiss', 'AUT']]);
});

test('a title word or month that is also a name: "Minister Grace King, who", "Energy Minister July Dube"', () => {
  assert.deepEqual(run('New Zealand Trade Minister Grace King, who flew in on Monday, spoke.').people.map((h) => [h.name, h.ref]), [['Grace King', 'NZL']]);
  assert.deepEqual(run("Malawi's Energy Minister July Dube said so.").people.map((h) => [h.name, h.ref]), [['July Dube', 'MWI']]);
  // still a title before a name, and a month before a date
  assert.deepEqual(run('The talks with King Letsie Mohato ended.').people.map((h) => h.name), ['Letsie Mohato']);
  assert.deepEqual(run('Foreign Minister Ana Ruiz met him in July 2024.').people.map((h) => h.name), ['Ana Ruiz']);
});

test('"Minister Delegate for Defence, X": a minister delegate in apposition', () => {
  const { people } = run("Gabon's Minister Delegate for Foreign Affairs, Paul Mba Ondo, signed the text.");
  assert.deepEqual(people.map((h) => [h.name, h.ref, h.role]), [['Paul Mba Ondo', 'GAB', 'Minister Delegate for Foreign Affairs']]);
});

test('"the two leaders" are the leaders named before, not an aide named last', () => {
  const { ms } = run('Peruvian President Rosa Quispe welcomed Chilean President Pablo Vial in Lima. Deputy Foreign Minister Hugo Ruiz and spokesman Ana Soto attended. The two leaders signed a roadmap.');
  const group = persons(ms).filter((m) => m.via === 'group').map((m) => m.name).sort();
  assert.deepEqual(group, ['Pablo Vial', 'Rosa Quispe']);
});

test('"his counterpart" followed by the counterpart\'s name is that name, not a person named before', () => {
  const { ms } = run('Chilean Foreign Minister Pablo Vial spoke. Vial will meet his counterpart Rosa Quispe in Lima.');
  assert.equal(persons(ms).filter((m) => m.via === 'role').length, 0);
  // without a name after it, the counterpart is the person of the other state named before
  const other = run('Peruvian Foreign Minister Rosa Quispe met Chilean Foreign Minister Pablo Vial. Vial thanked his counterpart.').ms;
  assert.deepEqual(persons(other).filter((m) => m.via === 'role').map((m) => [m.text, m.name]), [['his counterpart', 'Rosa Quispe']]);
});

test('a state name inside a name framed by a title and a given name is the person, not the state', () => {
  const text = 'Chilean Finance Minister Rosa Chad opened the mining forum in Lima on Tuesday. Chad told investors that copper royalties would stay unchanged. Chad and Niger were not represented.';
  const { ms } = run(text);
  const rosa = persons(ms).filter((m) => m.name === 'Rosa Chad');
  assert.deepEqual(rosa.map((m) => [m.text, m.ref]), [['Rosa Chad', 'CHL'], ['Chad', 'CHL']]);
  // no state mention inside the name, nor at the surname that speaks; the state later stays a state
  const chad = ms.filter((m) => m.type === 'country' && m.ref === 'TCD');
  assert.deepEqual(chad.map((m) => m.start), [text.lastIndexOf('Chad and Niger')]);
});

test('a state name as the given name right after a title: "party leader Georgia Palmer"', () => {
  const { ms } = run('Opposition leader Georgia Palmer of Australia criticised the tariff plan. Palmer said farmers would lose.');
  assert.deepEqual(persons(ms).filter((m) => m.name === 'Georgia Palmer').map((m) => m.text), ['Georgia Palmer', 'Palmer']);
  assert.ok(!ms.some((m) => m.type === 'country' && m.ref === 'GEO'));
});

test('a bare state name that speaks stays the state when no person of that name is in the story', () => {
  const { ms } = run('Chad said on Friday it would reopen its eastern border. Sudanese President Omar Bakri welcomed the step.');
  const first = ms.find((m) => m.text === 'Chad')!;
  assert.equal(first.type, 'country');
  assert.equal(first.ref, 'TCD');
});

test('a surname equal to a state is the state when it is no subject: "visited Chad"', () => {
  const text = 'Chilean Finance Minister Rosa Chad met her Peruvian counterpart. Chad later visited Chad with a trade mission.';
  const { ms } = run(text);
  const at = (i: number) => ms.filter((m) => m.start === i).map((m) => [m.type, m.ref]);
  assert.deepEqual(at(text.indexOf('Chad later')), [['person', 'CHL']]);
  assert.deepEqual(at(text.lastIndexOf('Chad with')), [['country', 'TCD']]);
});

test('a city word inside a person name is no place: "Nguyen Van Minh" is no mention of Van', () => {
  const { ms } = run('Vietnamese Trade Minister Nguyen Van Minh arrived in Ankara for talks on textiles.');
  assert.deepEqual(persons(ms).map((m) => m.text), ['Nguyen Van Minh']);
  assert.deepEqual(ms.filter((m) => m.type === 'country').map((m) => m.text), ['Vietnamese', 'Ankara']);
});

test('a state name ending a name before a title in apposition: "Rosa Chad, Chile\'s finance minister,"; a place before such a title stays a place', () => {
  const { ms } = run("Rosa Chad, Chile's finance minister, said copper royalties would stay unchanged.");
  assert.deepEqual(persons(ms).map((m) => [m.text, m.ref]), [['Rosa Chad', 'CHL']]);
  const lake = run('Herders crossed Lake Chad, the environment minister told reporters.').ms;
  assert.deepEqual(persons(lake), []);
});

test('a capital\'s name as a given name or surname after a title: "Minister Sofia Karanika", "Senator Joana Lima"', () => {
  const { ms } = run('Greek Culture Minister Sofia Karanika opened the exhibition in Athens. Brazilian Senator Joana Lima flew in from Lima.');
  assert.deepEqual(persons(ms).map((m) => [m.text, m.ref]), [['Sofia Karanika', 'GRC'], ['Joana Lima', 'BRA']]);
  assert.deepEqual(ms.filter((m) => m.type === 'country').map((m) => m.text), ['Greek', 'Athens', 'Brazilian', 'Lima']);
});

test('a state name before a geographic word after a title is no given name: a headline "Navy commander Niger Delta militants ..."', () => {
  const { ms } = run('Navy commander Niger Delta militants behind tanker seizures\n\nGunmen seized a tanker off the coast on Sunday.');
  assert.deepEqual(persons(ms), []);
});

test('an official out of office, named as an organisation\'s officer, is no longer of the state the table gives', () => {
  const person = (text: string) => persons(run(text, '2024-08-31').ms).find((m) => /Waqa/.test(m.text));
  assert.equal(person('Leaders met in Apia, together with Forum Secretary General Baron Waqa.')?.ref, undefined, 'an organisation\'s officer has no state');
  assert.equal(person('Former President Baron Waqa spoke in Apia.')?.ref, 'NRU', 'a former president keeps the state of that office');
});

test('a state named before a comma and a title is no person of that title: "hosted by Equatorial Guinea, brought together the presidents of"', () => {
  const { ms } = run('The summit, hosted by Equatorial Guinea, brought together the presidents of Gabon and Chad.');
  assert.deepEqual(persons(ms).map((m) => m.text), [], 'no person');
  assert.ok(ms.some((m) => m.type === 'country' && m.ref === 'GNQ'), 'Equatorial Guinea stays a state');
});
