import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Document, Mention } from '../core/types.ts';
import { tokenize } from './tokens.ts';
import { CITY_NAME_WORDS, findMentions } from './mentions.ts';

function mentions(text: string, published: string | null = null): { doc: Document; ms: Mention[] } {
  const doc = { id: 't', source: 't', url: null, raw: text, text, offsetMap: [], title: null, outlet: null, byline: null, dateline: null, published } as Document;
  const { sentences, tokens } = tokenize(text);
  return { doc, ms: findMentions(doc, sentences, tokens) };
}
const of = (ms: Mention[], type: string) => ms.filter((m) => m.type === type).map((m) => [m.text, m.ref, m.via]);

test('every mention slices to its text', () => {
  const { doc, ms } = mentions('Turkish and Kyrgyz officials met in Bishkek. Minister of Defense of Kyrgyzstan Ruslan Temirov spoke.');
  assert.ok(ms.length > 4);
  for (const m of ms) assert.equal(doc.text.slice(m.start, m.end), m.text);
});

test('names, alternative and historical names, irregular demonyms', () => {
  const { ms } = mentions('Byelorussia, Burma, Persia and Türkiye sent Azeri, Belarussian, Kyrgyz and Emirati envoys to the U.S. and Great Britain.');
  assert.deepEqual(of(ms, 'country').map((x) => x[1]), ['BLR', 'MMR', 'IRN', 'TUR', 'AZE', 'BLR', 'KGZ', 'ARE', 'USA', 'GBR']);
  const azeri = ms.find((m) => m.text === 'Azeri')!;
  assert.equal(azeri.via, 'demonym');
  assert.equal(azeri.adjective, true);
});

test('hyphenated pairs give two mentions', () => {
  const { ms } = mentions('The Kazakh-Azerbaijani forum followed Russia-Azerbaijan talks.');
  assert.deepEqual(of(ms, 'country').map((x) => x[0]), ['Kazakh', 'Azerbaijani', 'Russia', 'Azerbaijan']);
});

test('capitals act as metonyms, but a venue is only a place', () => {
  const { ms } = mentions('Moscow and Ankara agreed on the route. The fair was held in Kuala Lumpur. Later the Kremlin said it was pleased, and Downing Street welcomed it.');
  const by = Object.fromEntries(of(ms, 'country').map((x) => [x[0], x[2]]));
  assert.equal(by['Moscow'], 'capital');
  assert.equal(by['Ankara'], 'capital');
  assert.equal(by['Kuala Lumpur'], 'venue');
  assert.equal(by['Kremlin'], 'metonym');
  assert.equal(by['Downing Street'], 'metonym');
});

test('a state name inside a personal name names no state', () => {
  const states = (text: string) => of(mentions(text).ms, 'country').map((x) => x[0] + ':' + x[1]);
  // after a given name it is a family name, and the same word acting later in the story is that person
  assert.deepEqual(states('Senator Tom Jordan met the Peruvian envoy. Jordan said the talks went well.'), ['Peruvian:PER']);
  // and so is the word coordinated with another name before a verb ("Jordan and Ruiz signed")
  assert.deepEqual(states('Senator Tom Jordan met the Peruvian envoy Ana Ruiz. Jordan and Ruiz signed a declaration.'), ['Peruvian:PER']);
  // a state name that is a given name, followed by one name word
  assert.deepEqual(states('Acting secretary Chad Morrow spoke to reporters in Kenya.'), ['Kenya:KEN']);
  assert.deepEqual(states('Foreign Minister Israel Navon rang his counterpart. Ties between Egypt and Israel have been tense.'), ['Egypt:EGY', 'Israel:ISR']);
  // near misses: two states, a place or a body after the name, a title phrase of the state, the state itself acting
  assert.deepEqual(states('India Israel ties grew as the Jordan Valley stayed calm and Georgia Railway trains ran.'), ['India:IND', 'Israel:ISR', 'Jordan:JOR', 'Georgia:GEO']);
  assert.deepEqual(states('The Prime Minister of Georgia Levan Gelashvili met the Chad delegation. Jordan said it agreed.'), ['Georgia:GEO', 'Chad:TCD', 'Jordan:JOR']);
});

test('blocked phrases are not states', () => {
  const { ms } = mentions('Latin American exporters and the Persian Gulf trade were discussed.');
  assert.deepEqual(of(ms, 'country'), []);
});

test('IGOs are coded IGO with their full name', () => {
  const { ms } = mentions('The OSCE and the Organization of Turkic States met the UN Security Council and the CSTO.');
  assert.deepEqual(ms.filter((m) => m.type === 'igo').map((m) => [m.text, m.ref, m.name]), [
    ['OSCE', 'IGO', 'Organization for Security and Co-operation in Europe'],
    ['Organization of Turkic States', 'IGO', 'Organization of Turkic States'],
    ['UN Security Council', 'IGO', 'United Nations Security Council'],
    ['CSTO', 'IGO', 'Collective Security Treaty Organization'],
  ]);
});

test('the African monetary unions are organisations, not the states their names hold', () => {
  const { ms } = mentions('Leaders of the Central African Economic and Monetary Community (CEMAC) and of WAEMU met.');
  assert.deepEqual(ms.filter((m) => m.type === 'igo').map((m) => [m.text, m.name]), [
    ['Central African Economic and Monetary Community', 'Central African Economic and Monetary Community'],
    ['CEMAC', 'Central African Economic and Monetary Community'],
    ['WAEMU', 'West African Economic and Monetary Union'],
  ], 'three organisation mentions');
  assert.ok(!ms.some((m) => m.type === 'country'), 'no state (no Central African Republic)');
});

test('state bodies and state companies belong to their state with a sector', () => {
  const { ms } = mentions('The Armenian Defense Ministry and the Ministry of Foreign Affairs of Latvia met Rosoboronexport and SOCAR.');
  assert.deepEqual(of(ms, 'org'), [
    ['Armenian Defense Ministry', 'ARM', 'body'],
    ['Ministry of Foreign Affairs of Latvia', 'LVA', 'body'],
    ['Rosoboronexport', 'RUS', 'org'],
    ['SOCAR', 'AZE', 'org'],
  ]);
  assert.equal(ms.find((m) => m.text === 'Armenian Defense Ministry')!.sector, 'MIL');
});

test('a body whose bare name is listed for one state belongs to the state that names it', () => {
  const { ms } = mentions("Kenya's Foreign Office protested, the Dutch foreign office stayed silent and the Foreign Office in London said nothing.");
  assert.deepEqual(of(ms, 'org'), [
    ["Kenya's Foreign Office", 'KEN', 'body'],
    ['Dutch foreign office', 'NLD', 'body'],
    ['Foreign Office', 'GBR', 'org'],
  ]);
});

test('regional organisations are IGOs by acronym and full name', () => {
  const { ms } = mentions('Caricom and the Southern African Development Community wrote to IGAD, SADC and the African Development Bank.');
  assert.deepEqual(ms.filter((m) => m.type === 'igo').map((m) => m.text), ['Caricom', 'Southern African Development Community', 'IGAD', 'SADC', 'African Development Bank']);
  assert.equal(ms.filter((m) => m.type === 'country').length, 0);
});

test('a contextual name stands for its state only beside the states it needs', () => {
  const korea = mentions('Tokyo and Seoul said the North had test-fired a rocket; the South put its navy on alert.').ms;
  assert.deepEqual(of(korea, 'country').filter((m) => m[1] === 'PRK' || m[1] === 'KOR').map((m) => [m[0], m[1]]), [['Seoul', 'KOR'], ['the North', 'PRK'], ['the South', 'KOR']]);
  // no Korea in the story, or a capitalised word after it: no state
  assert.equal(mentions('Farmers in the North voted against the plan, Canada said.').ms.some((m) => m.ref === 'PRK'), false);
  assert.equal(mentions('Pyongyang ships crossed the North Pacific near Japan.').ms.filter((m) => m.ref === 'PRK').length, 1);
  // a rejected contextual name does not hide the name that starts inside it
  assert.deepEqual(of(mentions('Seoul buys from the South African Republic and the South Sudanese army.').ms, 'country').map((m) => m[1]), ['KOR', 'ZAF', 'SSD']);
});

test('news agencies quoted as sources are sources, not actors', () => {
  const { ms } = mentions('Citing ITAR-TASS, Trend agency said so, and BelTA confirmed the news.');
  assert.deepEqual(ms.filter((m) => m.type === 'source').map((m) => m.text), ['ITAR-TASS', 'Trend', 'BelTA']);
  assert.equal(ms.filter((m) => m.type === 'country').length, 0);
});

test('acronyms in currencies and model names are not states', () => {
  const { ms } = mentions('India bought US-2 aircraft for US$ 1.6 billion from the US.');
  assert.deepEqual(of(ms, 'country').map((x) => x[0]), ['India', 'US']);
  // (a state's name before "dollars" is its currency: "New Zealand dollars", "Australian dollars")
  const money = mentions('New Zealand said it would give 1.5 million New Zealand dollars and 2 million Australian dollars.');
  assert.deepEqual(of(money.ms, 'country').map((x) => x[0]), ['New Zealand']);
});

test('capitals inside the name of a route are places, not actors', () => {
  const text = 'Kazakhstan will ship more oil through the Baku-Tbilisi-Ceyhan pipeline. Baku welcomed the plan.';
  const doc = { id: 't', source: 't', url: null, raw: text, text, offsetMap: [], title: null, outlet: null, byline: null, dateline: null, published: null } as Document;
  const { sentences, tokens } = tokenize(text);
  const ms = findMentions(doc, sentences, tokens).filter((m) => m.type === 'country');
  assert.deepEqual(ms.map((m) => `${m.text}:${m.via}`), ['Kazakhstan:name', 'Baku:venue', 'Tbilisi:venue', 'Baku:capital']);
});

test('cities other than capitals are places; a list of places continues only across a bare conjunction', () => {
  const text = 'Talks took place in Izmir and Kazan. Following the Ganja Declaration, Ankara and Baku welcomed the result.';
  const doc = { id: 't', source: 't', url: null, raw: text, text, offsetMap: [], title: null, outlet: null, byline: null, dateline: null, published: null } as Document;
  const { sentences, tokens } = tokenize(text);
  const ms = findMentions(doc, sentences, tokens).filter((m) => m.type === 'country');
  assert.deepEqual(ms.map((m) => `${m.text}:${m.ref}:${m.via}`), ['Izmir:TUR:venue', 'Kazan:RUS:venue', 'Ankara:TUR:capital', 'Baku:AZE:capital']); // a declaration's name is no mention
});

test('a city in the name of a document, track or group is no mention of its state', () => {
  const { ms } = mentions('Peru said the raid broke the Lisbon Convention. Mali left the 2016 Dakar peace agreement, and the Tbilisi Group and the Yerevan format met under the Cairo Declaration.');
  assert.deepEqual(of(ms, 'country').map((x) => x[1]), ['PER', 'MLI']);
});

test('talks named after a city are held there: the city is a venue', () => {
  const { ms } = mentions('The Tashkent talks stalled, and the Lima summit was postponed.');
  assert.deepEqual(of(ms, 'country').map((x) => `${x[0]}:${x[2]}`), ['Tashkent:venue', 'Lima:venue']);
});

test('a state named after a place to locate it is a place', () => {
  const { ms } = mentions('Leaders met in Kazan, Russia, on Monday. Aid reached Port Moresby, Papua New Guinea. Crews landed in Villa Nueva, Peru, at dawn.');
  const by = of(ms, 'country').map((x) => `${x[0]}:${x[2]}`);
  assert.ok(by.includes('Russia:venue'), by.join(' '));
  assert.ok(by.includes('Papua New Guinea:venue'), by.join(' '));
  assert.ok(by.includes('Peru:venue'), by.join(' '));
});

test('a state after a date, a different capital or a list is still an actor', () => {
  const { ms } = mentions('In March, Russia protested. Officials in Ankara, Russia and Iran signed. Envoys from Tokyo, Seoul, and China met.');
  const by = of(ms, 'country').filter((x) => x[2] === 'name').map((x) => x[0]);
  assert.deepEqual(by, ['Russia', 'Russia', 'Iran', 'China']);
});

test('a demonym inside the name of a route is a place', () => {
  const { ms } = mentions('They backed the Trans-Caspian pipeline and the Trans-Kazakh railway, and Kazakh officials agreed.');
  const kaz = of(ms, 'country').filter((x) => x[1] === 'KAZ').map((x) => `${x[0]}:${x[2]}`);
  assert.deepEqual(kaz, ['Kazakh:venue', 'Kazakh:demonym']);
});

test('a seat of an organisation acting stands for it; as a place it stays its state', () => {
  const { ms } = mentions('Ministers met in Brussels on Monday. Brussels will fund the new border posts.');
  assert.deepEqual(ms.filter((m) => m.text === 'Brussels').map((m) => [m.type, m.ref, m.via]), [
    ['country', 'BEL', 'venue'],
    ['igo', 'IGO', 'seat'],
  ]);
});

test('a state named in a chain naming a route is a place', () => {
  const { ms } = mentions('Work began on the Mombasa-Uganda-Rwanda Railway Corridor, and Uganda said it would pay its share.');
  assert.deepEqual(of(ms, 'country').map((x) => `${x[0]}:${x[2]}`), ['Mombasa:venue', 'Uganda:venue', 'Rwanda:venue', 'Uganda:name']);
});

test('a capital holding talks with another acts; a heading after a line break is not a name', () => {
  const { ms } = mentions('Quito talks with Lima resumed. The Quito talks with Lima ended.\nHe left Lima\nAgreement reached on fishing.');
  assert.deepEqual(of(ms, 'country').map((x) => `${x[0]}:${x[2]}`), ['Quito:capital', 'Lima:capital', 'Quito:venue', 'Lima:capital', 'Lima:venue']);
});

test('a multi-word city is one place; a city-based body is not its state acting', () => {
  const { ms } = mentions('Aid reached Port Sudan by ship. A Brussels-based group and a Moscow-based analyst spoke.');
  assert.deepEqual(ms.filter((m) => m.type === 'country' || m.type === 'igo').map((m) => `${m.text}:${m.ref}:${m.via}`),
    ['Port Sudan:SDN:venue', 'Brussels:BEL:venue', 'Moscow:RUS:venue']);
});

test('a named agreement with someone is still a name; a capital\'s own agreement with someone is the state', () => {
  const { ms } = mentions('Rebels quit the 2019 Lima peace agreement with the army. Quito agreement with the lenders came late.');
  assert.deepEqual(of(ms, 'country').map((x) => x[0]), ['Quito']);
});

test('every capital world-countries lists for a state of the gazetteer is found as that state', async () => {
  const { createRequire } = await import('node:module');
  const world: { cca3: string; capital?: string[] }[] = createRequire(import.meta.url)('world-countries');
  const { readFileSync } = await import('node:fs');
  const codes = new Set(readFileSync(new URL('../../data/gazetteers/countries.tsv', import.meta.url), 'utf8').split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t')[0]));
  const missed: string[] = [];
  for (const c of world) {
    const code = c.cca3 === 'UNK' ? 'XKX' : c.cca3;
    if (!codes.has(code)) continue;
    for (const cap of c.capital ?? []) {
      const { ms } = mentions(`The envoys met in ${cap} on Monday.`);
      if (!ms.some((m) => m.type === 'country' && m.ref === code && m.text === cap)) missed.push(`${code} ${cap}`);
    }
  }
  assert.deepEqual(missed, []);
});

test('seats of government and spellings beyond world-countries: La Paz, Putrajaya, Sanaa; large cities are venues', () => {
  const { ms } = mentions('La Paz recalled its ambassador. Putrajaya and Sanaa said nothing. The court in The Hague and officials in Cotonou were silent.');
  assert.deepEqual(of(ms, 'country'), [['La Paz', 'BOL', 'capital'], ['Putrajaya', 'MYS', 'capital'], ['Sanaa', 'YEM', 'capital'], ['The Hague', 'NLD', 'venue'], ['Cotonou', 'BEN', 'venue']]);
});

test('"the Foreign Office" without its state: Britain only where the story names Britain or no state', () => {
  const office = (text: string, dateline: string | null = null) => {
    const doc = { id: 't', source: 't', url: null, raw: text, text, offsetMap: [], title: null, outlet: null, byline: null, dateline, published: null } as Document;
    const { sentences, tokens } = tokenize(text);
    return findMentions(doc, sentences, tokens).filter((m) => m.type === 'org' && m.text === 'Foreign Office').map((m) => m.ref);
  };
  // the state that opens the sentence before
  assert.deepEqual(office('Dhaka recalled its envoy from Yangon on Sunday. The Foreign Office said the refugee talks were off.'), ['BGD']);
  // the dateline's state
  assert.deepEqual(office('KATHMANDU, 4 May (Wire) - Flights to Lhasa resumed. The Foreign Office welcomed the decision by China.', 'KATHMANDU, 4 May (Wire)'), ['NPL']);
  // a story of Britain, or of no state at all
  assert.deepEqual(office('Iran detained two British tourists. The Foreign Office said it was in contact with their families.'), ['GBR']);
  assert.deepEqual(office('The Foreign Office updated its travel advice on Friday.'), ['GBR']);
  // other states and no cue: no state at all
  assert.deepEqual(office('Heavy rain closed roads in the north. The Foreign Office advised against travel to Chile and Bolivia.'), []);
  // through a state it is that state's body (state-bodies.tsv)
  const text = "Pakistan's Foreign Office rejected the remarks.";
  const doc = { id: 't', source: 't', url: null, raw: text, text, offsetMap: [], title: null, outlet: null, byline: null, dateline: null, published: null } as Document;
  const { sentences, tokens } = tokenize(text);
  assert.deepEqual(findMentions(doc, sentences, tokens).filter((m) => m.type === 'org').map((m) => [m.text, m.ref]), [["Pakistan's Foreign Office", 'PAK']]);
});

test('"Congo" alone is the Democratic Republic; the river, the basin and the Republic of Congo are not; the Taoiseach stands for Ireland', () => {
  const { ms } = mentions('Congo and the Republic of Congo both border the Congo River, and the Taoiseach spoke to Kinshasa.');
  assert.deepEqual(of(ms, 'country').map((x) => [x[0], x[1]]), [['Congo', 'COD'], ['Republic of Congo', 'COG'], ['Taoiseach', 'IRL'], ['Kinshasa', 'COD']]);
});

test('"Korean" alone is South Korean; "North Korean" stays the North', () => {
  const { ms } = mentions('Korean investors and North Korean troops met Japanese officials.');
  assert.deepEqual(of(ms, 'country').map((x) => [x[0], x[1]]), [['Korean', 'KOR'], ['North Korean', 'PRK'], ['Japanese', 'JPN']]);
});

test('a city name opening a longer proper name is not the city; its airport, port and province still are', () => {
  const { ms } = mentions('The minister travelled to Porto Murtinho, in Brazil, and flew on from Porto International Airport.');
  assert.deepEqual(of(ms, 'country').map(([t, r]) => [t, r]), [['Brazil', 'BRA'], ['Porto', 'PRT']]);
});

test('the words after a city name that keep it the city are read from data/gazetteers/city-name-words.tsv', () => {
  assert.ok(CITY_NAME_WORDS.length > 0);
  for (const w of ['International', 'Airport', 'Harbour', 'Harbor', 'Accord', 'Accords', 'The']) assert.ok(CITY_NAME_WORDS.includes(w), w);
  assert.ok(!CITY_NAME_WORDS.some((w) => w.startsWith('#') || /\s/.test(w)));
});

test('a state inside the name of an economic corridor is a route, not an actor', () => {
  const { ms } = mentions('China was ready to extend the China-Pakistan Economic Corridor into Afghanistan.');
  assert.deepEqual(of(ms, 'country').map(([t, r, via]) => [t, r, via === 'venue']), [['China', 'CHN', false], ['China', 'CHN', true], ['Pakistan', 'PAK', true], ['Afghanistan', 'AFG', false]]);
});

test('a text cut inside its last word names the one state whose name those letters begin', () => {
  assert.deepEqual(of(mentions('Chile said it would curb imports of goods from Peru and Boli').ms, 'country').map((x) => x[1]), ['CHL', 'PER', 'BOL']);
  // (a fragment several names begin, a short one, or a complete sentence names none)
  assert.deepEqual(of(mentions('Chile said it would curb imports from Sout').ms, 'country').map((x) => x[1]), ['CHL']);
  assert.deepEqual(of(mentions('Chile said it would curb imports from Bol').ms, 'country').map((x) => x[1]), ['CHL']);
  assert.deepEqual(of(mentions('Chile met the Boli.').ms, 'country').map((x) => x[1]), ['CHL']);
});

test('a national security council is a state body, not the UN Security Council; after a capital\'s possessive it is that capital\'s state\'s', () => {
  let { ms } = mentions('Lima\'s National Security Council met as Washington asked the UN Security Council to meet.');
  assert.deepEqual(of(ms, 'org').map((x) => [x[0], x[1]]), [['National Security Council', 'PER']], JSON.stringify(ms));
  assert.deepEqual(of(ms, 'igo').map((x) => x[0]), ['UN Security Council'], JSON.stringify(ms));
  ({ ms } = mentions('Chile\'s National Security Council met on Monday.'));
  assert.deepEqual(of(ms, 'org').map((x) => [x[1], x[2]]), [['CHL', 'body']], JSON.stringify(ms));
});
