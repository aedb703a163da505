// The state of a titled person the title leaves open, by elimination over the story's states
// (person-states.ts). Fixture stories are written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Document } from '../../core/types.ts';
import { tokenize } from '../tokens.ts';
import { findMentions } from '../mentions.ts';
import { findPeople } from './person-finder.ts';

function statesOf(text: string, dateline: string | null = null): Record<string, string | null> {
  const doc = { id: 't', source: 't', url: null, raw: text, text, offsetMap: [], title: null, outlet: null, byline: null, dateline, published: '2031-03-01' } as Document;
  const { sentences, tokens } = tokenize(text);
  const ms = findMentions(doc, sentences, tokens);
  const out: Record<string, string | null> = {};
  for (const h of findPeople(doc, ms.filter((m) => m.type !== 'person'))) out[h.name] = h.ref;
  return out;
}

// A lead long enough to be the lead paragraph, naming Peru and Bolivia.
const LEAD = 'Peru and Bolivia agreed on Tuesday to reopen their main border crossing at Desaguadero after a two-week closure that had stranded hundreds of lorries, officials on both sides said.';
const MORE = 'Trade between Peru and Bolivia fell by a third during the closure, according to customs figures.';
const story = (...paras: string[]) => ['Border reopens', LEAD, MORE, ...paras].join('\n\n');

test('the host of a visit the person makes is not their state (after the name)', () => {
  assert.equal(statesOf(story('Prime Minister Rosa Quispe, on a visit to Cochabamba, said the queues were gone.'))['Rosa Quispe'], 'PER');
  assert.equal(statesOf(story('Chancellor Mateo Rivas is expected in Lima next month for a trade fair.'))['Mateo Rivas'], 'BOL');
  assert.equal(statesOf(story('Foreign Minister Elena Campos, who arrived in Bolivia on Monday, signed the protocol.'))['Elena Campos'], 'PER');
  assert.equal(statesOf(story('President Hugo Salas will travel to Peru in May to open a new bridge.'))['Hugo Salas'], 'BOL');
  assert.equal(statesOf(story('Minister Elena Campos, who is in La Paz on a working visit, opened the fair.'))['Elena Campos'], 'PER');
});

test('the host of a visit named before the person: "a visit to Lima by President X", "During a visit to Lima, X"', () => {
  assert.equal(statesOf(story('The deal followed a visit to Lima last week by President Hugo Salas.'))['Hugo Salas'], 'BOL');
  assert.equal(statesOf(story('During a two-day visit to Bolivia, Trade Minister Ines Paredes praised the customs officers.'))['Ines Paredes'], 'PER');
  assert.equal(statesOf(story('A trip to Sucre by Foreign Minister Elena Campos had prepared the ground.'))['Elena Campos'], 'PER');
});

test('no exclusion, no state: a visit someone else makes, a host welcoming a visit, a person who only speaks', () => {
  // the visit is made by another person named in between
  assert.equal(statesOf(story("After the Chilean envoy's trip to Lima, President Hugo Salas said the border was calm."))['Hugo Salas'], null);
  // the person welcomes a visit to a place: they may be its host
  assert.equal(statesOf(story('President Hugo Salas welcomed the planned visit to Sucre of several ministers.'))['Hugo Salas'], null);
  assert.equal(statesOf(story('Finance Minister Ines Paredes said the closure had cost millions.'))['Ines Paredes'], null);
});

test('a state the person accuses, urges, thanks or visits is not their state', () => {
  assert.equal(statesOf(story('Interior Minister Pablo Ruiz accused Bolivia of ignoring smugglers.'))['Pablo Ruiz'], 'PER');
  assert.equal(statesOf(story('Prime Minister Rosa Quispe thanked Bolivia for its patience.'))['Rosa Quispe'], 'PER');
  assert.equal(statesOf(story('Deputy Foreign Minister Luis Mamani said the closure was illegal and urged the Peruvian government to pay the hauliers.'))['Luis Mamani'], 'BOL');
  assert.equal(statesOf(story('Transport Minister Ana Flores visited Peru twice during the dispute.'))['Ana Flores'], 'BOL');
});

test('near misses: a state said to act, a demonym that names no state body', () => {
  // "said Lima would press La Paz": a state in between is the subject of the verb
  assert.equal(statesOf(story('Foreign Minister Elena Campos said Lima would press Bolivia for compensation.'))['Elena Campos'], null);
  // media of a state are no party the person deals with
  assert.equal(statesOf(story('Foreign Minister Elena Campos told Bolivian television that talks would go on.'))['Elena Campos'], null);
});

test('a foreign mission the person deals with: ambassador, embassy, charge d\'affaires', () => {
  assert.equal(statesOf(story('Foreign Minister Elena Campos raised the issue in a meeting with the Bolivian ambassador.'))['Elena Campos'], 'PER');
  assert.equal(statesOf(story('Deputy Foreign Minister Luis Mamani handed a note to the Peruvian embassy.'))['Luis Mamani'], 'BOL');
  assert.equal(statesOf(story("The note was given to Peru's charge d'affaires by Deputy Foreign Minister Luis Mamani."))['Luis Mamani'], 'BOL');
});

test('a person met, greeted or called by a person of known state is of the other state', () => {
  assert.equal(statesOf(story('Foreign Minister Elena Campos greeted Bolivian President Hugo Salas at the airport.'))['Elena Campos'], 'PER');
  assert.equal(statesOf(story('President Hugo Salas, who held talks with Peruvian Prime Minister Rosa Quispe, called the deal fair.'))['Hugo Salas'], 'BOL');
  assert.equal(statesOf(story('Peruvian Prime Minister Rosa Quispe received Trade Minister Ines Paredes on Monday.'))['Ines Paredes'], 'BOL');
});

test('near miss: a person of known state named in the same sentence without meeting the person', () => {
  const s = statesOf(story('Peruvian Prime Minister Rosa Quispe said she had phoned her Chilean counterpart, and that Finance Minister Ines Paredes would report on Friday.'));
  assert.equal(s['Ines Paredes'], null);
});

test('the state whose holder of the same office is already named; a former holder excludes nothing', () => {
  assert.equal(statesOf(story('Bolivian Foreign Minister Luis Mamani spoke first.', 'Foreign Minister Elena Campos replied that the lorries were moving.'))['Elena Campos'], 'PER');
  assert.equal(statesOf(story('Peruvian Prime Minister Rosa Quispe spoke first.', 'Prime Minister Tomas Vaca said he was satisfied.'))['Tomas Vaca'], 'BOL');
  assert.equal(statesOf(story('Former Bolivian President Jorge Lara spoke first.', 'President Hugo Salas said he was satisfied.'))['Hugo Salas'], null);
  // another office excludes nothing
  assert.equal(statesOf(story('Peruvian Prime Minister Rosa Quispe spoke first.', 'Finance Minister Tomas Vaca said he was satisfied.'))['Tomas Vaca'], null);
});

test('ambiguous stories give no state: three states in the lead, one excluded', () => {
  const lead = 'Peru, Chile and Bolivia agreed on Tuesday to reopen the main border crossings of the high plateau after a two-week closure that had stranded lorries, officials said.';
  const text = ['Border reopens', lead, 'Prime Minister Rosa Quispe, on a visit to Cochabamba, said the queues were gone.'].join('\n\n');
  assert.equal(statesOf(text)['Rosa Quispe'], null);
});

test('a story of just two states: the other one, even when the lead names only one', () => {
  const lead = 'Ecuador reopened its northern border on Tuesday after a two-week closure that had stranded hundreds of lorries carrying fruit and flowers, customs officials said.';
  const text = ['Border reopens', lead, 'Colombian hauliers welcomed it; exports from Ecuador had halved.', 'Trade Minister Ines Paredes, on a visit to Bogota, said the queues were gone.'].join('\n\n');
  assert.equal(statesOf(text)['Ines Paredes'], 'ECU');
});

test('IGO officers, envoys, officers and former office holders get no state by elimination', () => {
  const s = statesOf(story(
    'European Commission President Anna Berg, on a visit to Cochabamba, praised the deal.',
    'Ambassador Carlos Ortiz, on a visit to Cochabamba, praised it too.',
    'General Pedro Soliz, on a visit to Cochabamba, inspected the crossing.',
    'Former Prime Minister Julia Mendez, on a visit to Cochabamba, said it was overdue.',
  ));
  assert.deepEqual([s['Anna Berg'], s['Carlos Ortiz'], s['Pedro Soliz'], s['Julia Mendez']], [null, null, null, null]);
});

test('"his counterpart X": X is of the other state than the person before', () => {
  const s = statesOf(story('Bolivian Foreign Minister Luis Mamani will travel to Lima in June for talks with his counterpart Elena Campos.'));
  assert.equal(s['Elena Campos'], 'PER');
});

test('a dateline state is taken back when the story shows the person is not of it', () => {
  const text = 'LIMA, 3 May (Andean Wire) - Peru and Bolivia agreed on Tuesday to reopen their main border crossing after a closure that stranded hundreds of lorries, officials said.\n\n' +
    'Bolivian hauliers had lost millions.\n\nThe deal followed a visit to Lima by Transport Minister Ana Flores, who met Peruvian President Rosa Quispe.\n\nForeign Minister Elena Campos said the queues were gone.';
  const s = statesOf(text, 'LIMA, 3 May (Andean Wire)');
  assert.equal(s['Ana Flores'], 'BOL');
  assert.equal(s['Elena Campos'], 'PER');
});

test('"<State>, whose <title> X" gives that state to X', () => {
  assert.equal(statesOf('The premier thanked Uruguay, whose Foreign Minister Laura Bentancur had flown to Asuncion.')['Laura Bentancur'], 'URY');
  assert.equal(statesOf('Talks were hosted by Panama, whose newly appointed Trade Minister Jose Arosemena chaired them.')['Jose Arosemena'], 'PAN');
  // a demonym before "whose" is no state: "the Chilean team, whose coach"
  assert.equal(statesOf('They met the Chilean delegation, whose President Carla Munoz spoke.')['Carla Munoz'], null);
});

test('"counterpart X" after a person of known state named earlier in the sentence is of the other party', () => {
  assert.equal(statesOf(story('Bolivian Foreign Minister Luis Mamani spoke first.', 'Mamani will fly to Lima in June for a meeting with his counterpart Elena Campos.'))['Elena Campos'], 'PER');
  assert.equal(statesOf(story('Peruvian Prime Minister Rosa Quispe spoke first.', 'Quispe later phoned her counterpart Tomas Vaca about the queues.'))['Tomas Vaca'], 'BOL');
  // no person of known state before it in the sentence: no state
  assert.equal(statesOf(story('The talks were led by the foreign ministers.', 'A meeting with his counterpart Elena Campos is planned.'))['Elena Campos'], null);
});

test('"President X and her US counterpart": X is of the other state of the story', () => {
  const lead = 'Mexico City hit back on Wednesday at a warning from Washington that it could put new duties on steel, saying Mexico would answer any tariff in kind.';
  const text = ['Tariff row', lead, 'President Lucia Paz and her US counterpart spoke by telephone on Tuesday evening.'].join('\n\n');
  assert.equal(statesOf(text)['Lucia Paz'], 'MEX');
  // (Washington named as a place: Mexico is the lead's one state)
  const placed = 'Mexico City hit back on Wednesday at new duties on steel announced in Washington, saying Mexico would answer any tariff in kind.';
  assert.equal(statesOf(['Tariff row', placed, 'President Lucia Paz and her Canadian counterpart spoke by telephone.'].join('\n\n'))['Lucia Paz'], 'MEX');
  // (Washington warning: it acts, so a Canadian counterpart leaves two states)
  assert.equal(statesOf(['Tariff row', lead, 'President Lucia Paz and her Canadian counterpart spoke by telephone.'].join('\n\n'))['Lucia Paz'], null);
  // two states left in the lead: no state
  const three = 'Chile and Peru hit back on Wednesday at a warning from Washington that it could put new duties on copper, saying both would answer in kind.';
  assert.equal(statesOf(['Tariff row', three, 'President Lucia Paz and her US counterpart spoke by telephone.'].join('\n\n'))['Lucia Paz'], null);
});

test('"army spokesman X" speaks for the state whose army was named before; none when no army was', () => {
  assert.equal(statesOf('Kenya has sent 300 more soldiers to the north, the Kenyan army said on Monday. Army spokesman Paul Njoroge said they would guard the road.')['Paul Njoroge'], 'KEN');
  assert.equal(statesOf("Ghana's navy seized a trawler. Navy spokesman Kofi Mensah said the crew was held.")['Kofi Mensah'], 'GHA');
  assert.equal(statesOf('Soldiers were sent to the north. Army spokesman Paul Njoroge said they would guard the road.')['Paul Njoroge'], null);
});

test('"<state>\'s rulers, led by General X": the state of the group the person leads', () => {
  assert.equal(statesOf("Mali's military rulers, led by General Amadou Keita, expelled the envoy.")['Amadou Keita'], 'MLI');
  assert.equal(statesOf('A Chilean delegation headed by Foreign Minister Carla Munoz arrived in Lima.')['Carla Munoz'], 'CHL');
  assert.equal(statesOf('The Peruvian team, led by Deputy Minister Hugo Ruiz, signed the text.')['Hugo Ruiz'], 'PER');
  // a state the group went to or came from is not the leader's
  assert.equal(statesOf('Talks in Chile with a delegation led by Foreign Minister Carla Munoz ended.')['Carla Munoz'], null);
});

test('the dateline gives a domestic office its state only when the story names that state beyond the dateline', () => {
  const named = 'QUITO, May 3 (Andean Wire) - Ecuador and Peru agreed to share river data. Foreign Minister Rosa Vera said the deal was fair.';
  assert.equal(statesOf(named, 'QUITO, May 3 (Andean Wire)')['Rosa Vera'], 'ECU');
  const igoSeat = 'GENEVA, May 3 (Andean Wire) - Governments at the UN rights council adopted a text on Peru. Foreign Minister Rosa Vera said the deal was fair.';
  assert.equal(statesOf(igoSeat, 'GENEVA, May 3 (Andean Wire)')['Rosa Vera'], null);
  const placeOnly = 'BERN, May 3 (Andean Wire) - Ministers of several countries met in Bern on Peru. Foreign Minister Rosa Vera said the deal was fair.';
  assert.equal(statesOf(placeOnly, 'BERN, May 3 (Andean Wire)')['Rosa Vera'], null);
});

test('"the Foreign Office spokesperson" is Britain\'s only in a story that names Britain', () => {
  const lead = 'Two farmers were wounded on Thursday when Indian troops fired mortars across the disputed frontier into a village, local officials in Pakistan said.';
  const text = ['Shelling resumes', lead, 'Pakistan summoned an Indian diplomat on Friday.', 'The Foreign Office spokesperson, Sana Qureshi, accused New Delhi of targeting civilians.'].join('\n\n');
  assert.equal(statesOf(text)['Sana Qureshi'], 'PAK');
  const british = 'Britain and France agreed on Thursday to share patrol boats in the Channel after a week of record crossings, officials in London and Paris said on Friday morning.';
  const uk = ['Channel deal', british, 'The Foreign Office spokesperson, Alice Grant, said the deal was a first step.'].join('\n\n');
  assert.equal(statesOf(uk)['Alice Grant'], 'GBR');
});

test('a mission the person only speaks of is no exclusion: its own spokesman may speak of it', () => {
  const s = statesOf(story('Foreign Ministry spokesman Luis Mamani said the Bolivian embassy in Lima had lodged a complaint.'));
  assert.equal(s['Luis Mamani'], null);
});

test('a person named again with the title takes the state placed on the first mention', () => {
  const s = statesOf(story('President Hugo Salas, on a visit to Lima, signed the protocol.', 'Back home, President Hugo Salas told lawmakers the deal was fair.'));
  assert.equal(s['Hugo Salas'], 'BOL');
});

test('an ambassador summoned, expelled or received by a state serves the other party', () => {
  assert.equal(statesOf(story("Bolivia's foreign ministry summoned Ambassador Elena Campos on Monday.", 'She left on Friday.'))['Elena Campos'], 'PER');
  assert.equal(statesOf(story('Peru, which recalled its consul last year, expelled Ambassador Luis Mamani on Tuesday.'))['Luis Mamani'], 'BOL');
  assert.equal(statesOf(story('The Peruvian government welcomed Ambassador Luis Mamani back to Lima.'))['Luis Mamani'], 'BOL');
  // near misses: a state after a preposition is no subject; an ambassador who travels names no host; one named alone, none
  assert.equal(statesOf(story('Talks with Peru ended and the ministry summoned Ambassador Elena Campos.'))['Elena Campos'], null);
  assert.equal(statesOf(story('Ambassador Elena Campos, on a visit to Cochabamba, met hauliers.'))['Elena Campos'], null);
  assert.equal(statesOf(story('Ambassador Elena Campos attended the ceremony.'))['Elena Campos'], null);
});

test('"Turkish Cypriot leader X", "Greek Cypriot negotiator X": a community named by two states\' words gives no state', () => {
  assert.equal(statesOf('Turkish Cypriot leader Mehmet Aydin called for two states.')['Mehmet Aydin'], null);
  assert.equal(statesOf('Greek Cypriot negotiator Eleni Georgiou met the envoy.')['Eleni Georgiou'], null);
  // one demonym, or a state and its demonym apart, still give it
  assert.equal(statesOf('Cypriot President Andreas Nikolaou called for talks.')['Andreas Nikolaou'], 'CYP');
  assert.equal(statesOf('In Turkey, Cypriot President Andreas Nikolaou called for talks.')['Andreas Nikolaou'], 'CYP');
});

test('a place word inside a person\'s name is no state of the story; a family name written first names its person', () => {
  const lead = 'South Korea and Vietnam agreed on Thursday to raise trade to $150 billion by 2030, during a visit to Seoul by Vietnamese Prime Minister Tran Van Binh, officials said.';
  const text = ['Trade deal', lead, 'Foreign Minister Kang Min-jae welcomed Tran at the presidential office.'].join('\n\n');
  assert.equal(statesOf(text)['Kang Min-jae'], 'KOR');
});

test('a spokesperson after "<State>\'s <body> said" speaks for that state; not after a body that acts without speaking', () => {
  assert.equal(statesOf("Chile's foreign ministry said the drills were legal. Spokesman Tomas Vial accused Lima of provoking trouble.")['Tomas Vial'], 'CHL');
  assert.equal(statesOf("Peru's Border Affairs Office flatly denied the report. \"Nothing happened,\" spokeswoman Ana Soto said.")['Ana Soto'], 'PER');
  assert.equal(statesOf("Chile's navy seized two boats. Spokesman Tomas Vial said the crews were safe.")['Tomas Vial'], null);
});

test('a defence minister (a military sector) is a domestic office for the dateline too; a general is not', () => {
  const text = 'QUITO, May 3 (Andean Wire) - Ecuador and Peru agreed to hold joint patrols on the river. Defence Minister Rosa Vera said the patrols would start in June. General Hugo Paz said the same.';
  const s = statesOf(text, 'QUITO, May 3 (Andean Wire)');
  assert.deepEqual([s['Rosa Vera'], s['Hugo Paz']], ['ECU', null]);
});

test('"Name, the foreign minister," is a bare office too: dateline and elimination cues apply', () => {
  const text = 'QUITO, May 3 (Andean Wire) - Ecuador and Peru agreed to hold joint patrols on the river. Rosa Vera, the foreign minister, said the patrols would start in June.';
  assert.equal(statesOf(text, 'QUITO, May 3 (Andean Wire)')['Rosa Vera'], 'ECU');
  assert.equal(statesOf(story('Hugo Salas, the trade minister, accused Peru of blocking lorries.'))['Hugo Salas'], 'BOL');
  assert.equal(statesOf(story('Hugo Salas, the trade minister, said lorries were moving.'))['Hugo Salas'], null);
});

test('"Name, president of <an IGO or a body of no state>" gets no state by elimination', () => {
  assert.equal(statesOf(story('The Bolivian government welcomed Marta Gil, the president of the World Bank, on Monday.'))['Marta Gil'], null);
  // a state's own office in the same place is still placed
  assert.equal(statesOf(story('The Bolivian government welcomed Marta Gil, the trade minister, on Monday.'))['Marta Gil'], 'PER');
});
