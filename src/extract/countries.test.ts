import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Document, Fact } from '../core/types.ts';
import { annotate } from '../nlp/annotate.ts';
import { actingCountries } from './countries.ts';

const docOf = (text: string) => ({ id: 't', source: 't', url: null, raw: text, text, offsetMap: [], title: null, outlet: null, byline: null, dateline: null, published: null }) as Document;

test('fact participants act; a venue and a state named once in passing do not', () => {
  const text = 'Kenya and Uganda signed a trade protocol at a forum held in Addis Ababa. Kenya hopes to double exports. ' +
    'Uganda said so. Observers from Norway attended.';
  const doc = docOf(text);
  const ann = annotate(doc);
  const ev: Fact = { kind: 'event', type: 'SUPPORT', actor: ['KEN', 'UGA'], recipient: [], mode: null, context: [], date: null,
    status: 'occurred', evidence: { start: 0, end: 37, text: text.slice(0, 37) } };
  assert.deepEqual(actingCountries(doc, ann, [ev]), ['KEN', 'UGA']);
});

test('a state the article keeps naming as an actor counts without a fact', () => {
  const doc = docOf('Moldova wants closer ties. Moldova has reformed its customs. The Moldovan Economy Ministry said more will follow. It met Chilean traders.');
  assert.deepEqual(actingCountries(doc, annotate(doc), []), ['MDA']);
});

test('an event participant named only once is named in passing', () => {
  const text = 'Peru and Chile held talks on the Bolivia-Paraguay dispute. Peru and Chile agreed to meet again.';
  const doc = docOf(text);
  const ev = (actor: string[]): Fact => ({ kind: 'event', type: 'CONSULT', actor, recipient: [], mode: null, context: [], date: null,
    status: 'occurred', evidence: { start: 0, end: 10, text: text.slice(0, 10) } });
  assert.deepEqual(actingCountries(doc, annotate(doc), [ev(['PER', 'CHL']), ev(['BOL', 'PRY'])]), ['CHL', 'PER']);
});

test('partners named in a sentence about cooperation with an acting state', () => {
  const text = 'Peru is interested in trade with Chile. Peru wants more. Peru ranks Chile first in defence cooperation, followed by Brazil and Spain.';
  const doc = docOf(text);
  const ev: Fact = { kind: 'event', type: 'AGREE', actor: ['PER'], recipient: ['CHL'], mode: null, context: [], date: null,
    status: 'occurred', evidence: { start: 0, end: 38, text: text.slice(0, 38) } };
  assert.deepEqual(actingCountries(doc, annotate(doc), [ev]), ['BRA', 'CHL', 'ESP', 'PER']);
});

test('an event actor named once acts unless it is named inside a prepositional phrase', () => {
  const text = 'Peru and Chile met in Lima. Peru and Chile signed a deal. Ecuador urged both to ratify it. Chile buys grain from Peru and Canada. Rebels in Brazil struck.';
  const doc = docOf(text);
  const ev = (actor: string[], from: string): Fact => {
    const start = text.indexOf(from);
    return { kind: 'event', type: 'AGREE', actor, recipient: [], mode: null, context: [], date: null,
      status: 'occurred', evidence: { start, end: start + from.length, text: from } };
  };
  const facts = [ev(['ECU'], 'Ecuador urged both to ratify it.'), ev(['PER', 'CAN'], 'Chile buys grain from Peru and Canada.'),
    ev(['BRA'], 'Rebels in Brazil struck.')];
  assert.deepEqual(actingCountries(doc, annotate(doc), facts), ['CHL', 'ECU', 'PER']);
});

test('the subject of a clause acts; a negated act and a state named in passing do not', () => {
  const text = 'Ghana and Togo agreed to reopen the border. Benin, which borders both, offered to host talks, and Niger sent observers. ' +
    'Mali has not commented. Chad is far away. Togo signed with Ghana.';
  const doc = docOf(text);
  assert.deepEqual(actingCountries(doc, annotate(doc), []), ['BEN', 'GHA', 'NER', 'TGO']);
});

test('the host of a visit acts even when named once', () => {
  const text = 'Peru and Chile met in Lima. Peru and Chile signed a deal. The Peruvian envoy will fly on to Quito next week.';
  const doc = docOf(text);
  const from = 'The Peruvian envoy will fly on to Quito next week.';
  const start = text.indexOf(from);
  const visit: Fact = { kind: 'event', type: 'AGREE', actor: ['PER'], recipient: ['ECU'], mode: 'visit', context: [], date: null,
    status: 'future', evidence: { start, end: start + from.length, text: from } };
  assert.deepEqual(actingCountries(doc, annotate(doc), [visit]), ['CHL', 'ECU', 'PER']);
  assert.deepEqual(actingCountries(doc, annotate(doc), [{ ...visit, mode: null }]), ['CHL', 'PER']);
});

test('an agreement party named once in a sentence that lists many states is named in passing', () => {
  const text = 'Chile and Peru signed a fisheries accord in Lima on Monday. Chile said the accord would protect stocks. Peru agreed. '
    + 'The two had earlier signed similar accords with Ecuador, Colombia, Panama, Mexico, Guatemala and Costa Rica.';
  const doc = docOf(text);
  const at = text.indexOf('The two had');
  const accord: Fact = { kind: 'agreement', name: 'fisheries accords', parties: ['CHL', 'PER', 'ECU', 'COL', 'PAN', 'MEX', 'GTM', 'CRI'], date: null, status: 'signed',
    evidence: { start: at, end: text.length, text: text.slice(at) } };
  assert.deepEqual(actingCountries(doc, annotate(doc), [accord]), ['CHL', 'PER']);
  // (a short list still acts: the parties of a pact signed by three states)
  const three = 'Chile, Peru and Ecuador signed a fisheries accord in Lima.';
  const d3 = docOf(three);
  const pact: Fact = { kind: 'agreement', name: 'fisheries accord', parties: ['CHL', 'PER', 'ECU'], date: null, status: 'signed', evidence: { start: 0, end: three.length, text: three } };
  assert.deepEqual(actingCountries(d3, annotate(d3), [pact]), ['CHL', 'ECU', 'PER']);
});

test('a state in an act that did not happen (supposed or denied) does not act by it', () => {
  const text = 'Efforts to tighten sanctions on Peru were blocked by Chile. Bolivia criticised Peru. Peru rejected the criticism.';
  const doc = docOf(text);
  const ev = (type: string, actor: string[], recipient: string[], status: 'occurred' | 'hypothetical'): Fact => ({ kind: 'event', type, actor, recipient,
    mode: null, context: [], date: null, status, evidence: { start: 0, end: 10, text: text.slice(0, 10) } } as Fact);
  const got = actingCountries(doc, annotate(doc), [ev('SANCTION', ['CHL'], ['PER'], 'hypothetical'), ev('ACCUSE', ['BOL'], ['PER'], 'occurred')]);
  assert.ok(!got.includes('CHL') && got.includes('BOL') && got.includes('PER'), got.join());
});
