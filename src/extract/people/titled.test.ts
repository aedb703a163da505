import { test } from 'node:test';
import assert from 'node:assert/strict';
import { provenanceErrors, type Document, type PersonFact } from '../../core/types.ts';
import { annotate } from '../../nlp/annotate.ts';
import { peopleTitled } from './titled.ts';

function people(text: string, published: string | null = null, byline: string | null = null): PersonFact[] {
  const doc = { id: 't', source: 't', url: null, raw: text, text, offsetMap: [], title: null, outlet: null, byline, dateline: null, published } as Document;
  const facts = peopleTitled.extract({ doc, ann: annotate(doc), earlier: [] });
  for (const f of facts) assert.deepEqual(provenanceErrors(doc, f), []);
  return facts as PersonFact[];
}

test('one fact per person, evidence is the titled mention', () => {
  const facts = people('Georgian Prime Minister Irakli Kobakhidze met Armenian Prime Minister Nikol Pashinyan. ' +
    'Kobakhidze said the talks went well, and Pashinyan agreed.', '2024-05-01');
  assert.deepEqual(facts.map((f) => [f.name, f.country, f.role, f.sector]), [
    ['Irakli Kobakhidze', 'GEO', 'Prime Minister', 'GOV'],
    ['Nikol Pashinyan', 'ARM', 'Prime Minister', 'GOV'],
  ]);
  assert.equal(facts[0]!.evidence.text, 'Georgian Prime Minister Irakli Kobakhidze');
});

test('military titles give the MIL sector', () => {
  const [f] = people('Chilean Navy Commander Admiral Jorge Parga inspected the frigate.');
  assert.equal(f?.name, 'Jorge Parga');
  assert.equal(f?.country, 'CHL');
  assert.equal(f?.sector, 'MIL');
});

test('a bare surname and the titled full name are one person', () => {
  const facts = people('Turkish President Recep Tayyip Erdogan arrived. Erdogan then left.', '2020-03-01');
  assert.equal(facts.length, 1);
  assert.equal(facts[0]!.name, 'Recep Tayyip Erdogan');
});

test('the byline author is not a person in the story', () => {
  assert.deepEqual(people('By Leyla Hasanova\n\nForeign Minister Leyla Hasanova of nowhere spoke.', null, 'Leyla Hasanova'), []);
});

test('two spellings of one name in an article are one person', () => {
  const facts = people('Romanian President Mihai Popescu met Ilham Aliyev. Later his counterpart Mihai Popesku thanked him.', '2009-09-28');
  assert.deepEqual(facts.map((f) => f.name).filter((n) => n.startsWith('Mihai')), ['Mihai Popescu']);
});

test('a role phrase after the title, then the name set off by commas', () => {
  const facts = people('The head of Chile\'s national forestry agency, Tomas Arriagada, said the fires were contained. ' +
    'Kenya\'s ambassador in Kampala, Otieno Wafula, opened the trade fair. ' +
    'Fiji\'s Assistant Minister for Maritime Affairs, Mere Tawhiri, who arrived on Monday, met the elders.');
  assert.deepEqual(facts.map((f) => [f.name, f.country, f.role]), [
    ['Tomas Arriagada', 'CHL', "head of Chile's national forestry agency"],
    ['Otieno Wafula', 'KEN', 'ambassador in Kampala'],
    ['Mere Tawhiri', 'FJI', 'Assistant Minister for Maritime Affairs'],
  ]);
  assert.equal(facts[1]!.evidence.text, "Kenya's ambassador in Kampala, Otieno Wafula");
  // a clause, not a role phrase, before the comma: no apposition
  assert.deepEqual(people('The minister for the region said on Monday, Tomas Arriagada agreed.'), []);
});

test('a portfolio "of A and B" before the name, however name-like its words', () => {
  const facts = people('Minister of Fiscal and Monetary Affairs Lerato Dube met Minister of Mines and Hydrocarbons Kagiso Pule, ' +
    'Minister of Health Ana Lopez and Finance Minister Juan Diaz.');
  assert.deepEqual(facts.map((f) => [f.name, f.role]), [
    ['Lerato Dube', 'Minister of Fiscal and Monetary Affairs'],
    ['Kagiso Pule', 'Minister of Mines and Hydrocarbons'],
    ['Ana Lopez', 'Minister of Health'],
    ['Juan Diaz', 'Finance Minister'],
  ]);
  assert.deepEqual(people('Minister of Water and Forestry Naledi Khumalo and the Minister of Natural Heritage, Tebogo Masire, signed.')
    .map((f) => f.name), ['Naledi Khumalo', 'Tebogo Masire']);
});

test('"Sheikh X" after "Y Sheikh X" is the same person', () => {
  const facts = people('Sudanese President Omar Sheikh Warsame arrived. Later Sheikh Warsame said the talks went well.');
  assert.deepEqual(facts.map((f) => f.name), ['Omar Sheikh Warsame']);
});

test('Sheikh between a given name and a surname is part of the name', () => {
  const facts = people('Sudanese President Omar Sheikh Warsame met Kuwait\'s Emir Sheikh Jaber al-Sabah.');
  assert.deepEqual(facts.map((f) => [f.name, f.country, f.role]), [
    ['Omar Sheikh Warsame', 'SDN', 'President'],
    ['Jaber al-Sabah', 'KWT', 'Emir'],
  ]);
});

test('straits, rivers and bays are no people', () => {
  const facts = people('President Ana Perez flew across the Tasman Strait, the president\'s office said. ' +
    'The dam on the Okavango River, the minister said, is finished.');
  assert.deepEqual(facts.map((f) => f.name), ['Ana Perez']);
});

test('a surname alone is the full name written in the story before the table\'s older holder', () => {
  // the table holds an earlier Azerbaijani defence minister of that surname
  const facts = people('Azerbaijani Defense Minister Zaur Abiyev inspected the brigade. Abiyev said the drills would go on.', '2030-01-01');
  assert.deepEqual(facts.map((f) => [f.name, f.country]), [['Zaur Abiyev', 'AZE']]);
  // with no full name in the story the table still resolves the surname
  assert.deepEqual(people('Abiyev said the drills would go on.', '2000-01-01').map((f) => f.name), ['Safar Abiyev']);
});

test('an office named before with its state, and a relative clause ends at its comma', () => {
  const facts = people('Botswana will raise its tariffs, Gaborone\'s water minister told parliament.\n\n' +
    'Minister of Water and Forestry Lerato Dube, who chaired the session, later met Namibia\'s Prime Minister Kaone Sebele.');
  assert.deepEqual(facts.map((f) => [f.name, f.country]), [['Lerato Dube', 'BWA'], ['Kaone Sebele', 'NAM']]);
});

test('a rank between the role phrase and the name', () => {
  const facts = people('The Chief of the General Staff of the Armed Forces of Ukraine, Gen. Ivan Petrenko, visited the front. ' +
    'The commander of the eastern fleet, Rear Adm. Pavel Sokolenko, inspected the ships.');
  assert.deepEqual(facts.map((f) => [f.name, f.country, f.sector]), [['Ivan Petrenko', 'UKR', 'MIL'], ['Pavel Sokolenko', null, 'MIL']]);
  // no apposition in an opening phrase that merely speaks of an office
  assert.deepEqual(people('Speaking to the president on Monday, Ana Lopez said. Speaking to the president about it, Ana Lopez said.'), []);
});

test('a surname that is also a common word ends a name after a given name', () => {
  const facts = people('Irish Foreign Minister Nora May said the border stays open. Chilean Ambassador Tomas Power said so too.');
  assert.deepEqual(facts.map((f) => [f.name, f.country]), [['Nora May', 'IRL'], ['Tomas Power', 'CHL']]);
  // a month with its day, or a word starting a place name, is not part of the name
  assert.deepEqual(people('Irish Foreign Minister Nora Keane May 5 said.').map((f) => f.name), []);
});

test('more ways news names an office: chief, top diplomat, -elect, abbreviated ranks, the country\'s', () => {
  const facts = people('Peru\'s top diplomat Ana Quispe met Army chief Gen. Asim Rahman, President-elect Jorge Salas and Rep. Tom Hale. ' +
    'Lidia Marsh, the country\'s trade minister, said little.');
  assert.deepEqual(facts.slice(0, 4).map((f) => [f.name, f.role, f.sector]), [
    ['Ana Quispe', 'top diplomat', 'GOV'],
    ['Asim Rahman', 'Army chief', 'MIL'],
    ['Jorge Salas', 'President-elect', 'GOV'],
    ['Tom Hale', 'Rep.', 'LEG'],
  ]);
  assert.equal(facts[4]?.name, 'Lidia Marsh');
  assert.equal(facts[0]!.country, 'PER');
});

test('a title written in lower case after its first word keeps its portfolio', () => {
  const [f] = people('Estonia\'s defence minister Hanno Vaher inspected the base.');
  assert.deepEqual([f?.name, f?.country, f?.role, f?.sector], ['Hanno Vaher', 'EST', 'defence minister', 'MIL']);
});

test('the state right after the name, not a state that is the subject of a verb before the title', () => {
  const facts = people('Foreign Minister Ana Lopez of Peru met Foreign Minister Juan Diaz of Chile.');
  assert.deepEqual(facts.map((f) => [f.name, f.country]), [['Ana Lopez', 'PER'], ['Juan Diaz', 'CHL']]);
  const [g] = people('Peru welcomed Foreign Minister Juan Diaz warmly.');
  assert.equal(g?.country, null);
  const [h] = people('Peru\'s newly appointed Foreign Minister Ana Lopez spoke.');
  assert.equal(h?.country, 'PER');
  assert.deepEqual(people('Chinese armed forces chief Zhang Wei spoke. Peruvian newly elected President Rosa Vidal spoke.').map((f) => f.country), ['CHN', 'PER']);
});

test('name, then a clause naming the state whose body the person heads', () => {
  const [f] = people('The deal was welcomed by Ana Lopez, who heads Peru\'s central bank.');
  assert.deepEqual([f?.name, f?.country], ['Ana Lopez', 'PER']);
});

test('a plural title with two names in apposition: each serves the state named in that place', () => {
  const facts = people('The defence ministers of Peru and Chile, Ana Lopez and Juan Diaz, met in Lima.');
  assert.deepEqual(facts.map((f) => [f.name, f.country, f.role]), [['Ana Lopez', 'PER', 'defence minister'], ['Juan Diaz', 'CHL', 'defence minister']]);
  const two = people('Peru and Chile signed a deal. The presidents of the two countries, Rosa Vidal and Tomas Rey, met in Lima.');
  assert.deepEqual(two.map((f) => [f.name, f.country]), [['Rosa Vidal', 'PER'], ['Tomas Rey', 'CHL']]);
});

test('people only honoured in the story do not act in it', () => {
  const facts = people('President Ana Lopez laid a wreath at the tomb of General Jose Salas and his wife Maria Salas. ' +
    'She met Prime Minister Juan Diaz on the birthday of President Luis Mendoza.');
  assert.deepEqual(facts.map((f) => f.name), ['Ana Lopez', 'Juan Diaz']);
  // named as acting elsewhere in the story: kept
  assert.deepEqual(people('General Jose Salas signed the pact in 1990. Today they visited the tomb of General Jose Salas.').map((f) => f.name), ['Jose Salas']);
});

test('long Gulf names with Sayyid and Al, and an envoy for a state does not serve it', () => {
  const facts = people('Omani Foreign Minister Sayyid Fahd bin Salim Al Harthy met the UN special envoy for Yemen, Lars Ekdahl, ' +
    'and the Houthi negotiator Nasser Qadi.');
  assert.deepEqual(facts.map((f) => [f.name, f.country]), [['Fahd bin Salim Al Harthy', 'OMN'], ['Lars Ekdahl', null], ['Nasser Qadi', null]]);
  const [g] = people('Special Envoy for Sudan Lars Ekdahl arrived.');
  assert.deepEqual([g?.name, g?.country], ['Lars Ekdahl', null]);
});

test('an abbreviated state inside the role phrase, and a rank makes an officer', () => {
  const [f] = people('The deal comes weeks after the head of the U.S. Pacific Fleet, Admiral John Kessler, visited the port.');
  assert.deepEqual([f?.name, f?.country, f?.sector], ['John Kessler', 'USA', 'MIL']);
  // a sentence end is no part of a role phrase
  assert.deepEqual(people('He met the president of Peru. Then, Ana Lopez, the host, spoke.'), []);
});

test('buildings and undertakings named after a title are no people', () => {
  assert.deepEqual(people('Patients went to Queen Miriam Hospital. The minister of the Bay of Biscay Initiative, Ana Lopez, spoke.')
    .map((f) => f.name), ['Ana Lopez']);
});

test('a name in apposition broken across lines', () => {
  const [f] = people('The head of the\nforestry service, Ivan\nPetrov, said the fires were out.');
  assert.deepEqual([f?.name, f?.role], ['Ivan Petrov', 'head of the forestry service']);
});

test('a portfolio of several words before a hyphenated given name, and a director general', () => {
  const facts = people('French Minister for Europe and Foreign Affairs Jean-Luc Marot met Irish Minister for the EU and Foreign Affairs Ana Lopez-Ryan. ' +
    'The director general of Morocco\'s water office, Karim El Idrissi, joined them.');
  assert.deepEqual(facts.map((f) => [f.name, f.country, f.role]), [
    ['Jean-Luc Marot', 'FRA', 'Minister for Europe and Foreign Affairs'],
    ['Ana Lopez-Ryan', 'IRL', 'Minister for the EU and Foreign Affairs'],
    ['Karim El Idrissi', 'MAR', "director general of Morocco's water office"],
  ]);
});

test('ranks abbreviated without points', () => {
  assert.deepEqual(people('Lt Gen Ana Lopez met Maj Gen Tom Hale. Gen Z voters left.').map((f) => [f.name, f.role, f.sector]),
    [['Ana Lopez', 'Lt Gen', 'MIL'], ['Tom Hale', 'Maj Gen', 'MIL']]);
});

test('the object of a preposition after a title is no name', () => {
  assert.deepEqual(people('The head of research at Andes Capital, Lucia Ferrer, said prices would stay low.').map((f) => [f.name, f.role]),
    [['Lucia Ferrer', 'head of research at Andes Capital']]);
});

test('a role phrase naming where the person works: "at" the state\'s body serves it', () => {
  const [f] = people('The Minister of State for Asia at the Foreign Office, Claire Dunmore, said the talks would resume.');
  assert.deepEqual([f?.name, f?.country], ['Claire Dunmore', 'GBR']);
});

test('a common word beginning a name right after a title; lower-case chiefs of staff', () => {
  const facts = people('Chinese Vice Premier He Minghui met Russia\'s chief of general staff, Pavel Orlov. Then President He said nothing.');
  assert.deepEqual(facts.map((f) => [f.name, f.country, f.sector]), [['He Minghui', 'CHN', 'GOV'], ['Pavel Orlov', 'RUS', 'MIL']]);
});
