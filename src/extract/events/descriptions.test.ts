// Descriptions standing for a state ("the kingdom", "the island nation", "the country"): invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Document } from '../../core/types.ts';
import { annotate } from '../../nlp/annotate.ts';
import { mentionParts } from './actors.ts';
import { describedStates } from './descriptions.ts';
import { extractEvents } from './events.ts';

function doc(text: string): Document {
  return { id: 't', source: 't', url: null, raw: text, text, offsetMap: [], title: null, outlet: null, byline: null, dateline: null, published: null, sentenceMode: false };
}

/** The descriptions of the last sentence of `text` and the states they stand for. */
function described(text: string): string[] {
  const d = doc(text);
  const ann = annotate(d);
  const last = ann.sentences[ann.sentences.length - 1]!;
  return describedStates(text, last.start, last.end, mentionParts(ann.mentions), ann.tokens).map((p) => `${text.slice(p.start, p.end)}=${p.codes.join()}`);
}

const events = (text: string) => extractEvents(doc(text), annotate(doc(text))).map((e) => `${e.type} ${e.actor.join()} ${e.recipient.join()}`);

test('a description in an object stands for the latest state named before it that it can describe', () => {
  // any state for "the country"; a monarchy for "the kingdom" (not the republic named last); an island state for "the island nation"
  assert.deepEqual(described('Chile sent rescuers to Bolivia after the floods. Santiago said it would send more help to the country.'), ['the country=BOL']);
  assert.deepEqual(described('Morocco and Mali signed a gas deal in 2022. Under it, Mali sells the kingdom 2 million tonnes a year.'), ['the kingdom=MAR']);
  assert.deepEqual(described('Fiji thanked Singapore for its help. Officials said Singapore would lend the island nation two ships.'), ['the island nation=FJI']);
  assert.deepEqual(described('Kenya and Qatar signed a port deal. Kenyan officials will visit the Gulf emirate in May.'), ['the Gulf emirate=QAT']);
});

test('a description that is a subject, a place of motion or a scope, or named by a demonym is left alone', () => {
  assert.deepEqual(described('Chile sent rescuers to Bolivia. Officials said the country needed more help.'), []);
  assert.deepEqual(described('Chile and Bolivia met. Bolivia ordered the Chilean consul to leave the country.'), []);
  assert.deepEqual(described('Chile and Bolivia met. Floods hit towns across the country.'), []);
  assert.deepEqual(described('Chile and Bolivia met. Chile praised the other country for its restraint.'), []);
  // no state of that kind was named
  assert.deepEqual(described('Chile sent rescuers to Bolivia. Chile will lend the kingdom two aircraft.'), []);
});

test('events reach the state a description stands for', () => {
  assert.deepEqual(events('Morocco and Mali signed a gas deal in 2022. Under it, Mali supplies the kingdom with 2 million tonnes of gas a year.'),
    ['SUPPORT MAR,MLI ', 'COOPERATE MLI MAR']); // (gas supplied under a deal is trade carried out)
  assert.ok(events('Chile sent rescuers to Bolivia after the floods. Santiago said it would send more aid to the country next week.').includes('AGREE CHL BOL'));
  // a possessive description in an object: "the country's share"
  assert.ok(events("Peru passed a new mining law. The European Union threatened to cut the country's trade preferences.").includes('THREATEN IGO PER'));
});

test('a description only a few states fit stands for the one the story names most, and a state named for a thing of its still counts', () => {
  // Norway is named three times before, Denmark once and last: "the kingdom" is Norway
  assert.deepEqual(described('Norway expelled two Russian diplomats. Oslo said Norway would not tolerate spying. Denmark followed a day later. Moscow regretted the Norwegian decision and urged the kingdom to reconsider.'),
    ['the kingdom=NOR']);
  // near miss: Norway named as the subject of the sentence acts on the kingdom, which is then the other one
  assert.deepEqual(described('Norway expelled two Russian diplomats. Oslo said Norway would not tolerate spying. Denmark followed a day later. Norway then urged the kingdom to do more.'),
    ['the kingdom=DNK']);
});
