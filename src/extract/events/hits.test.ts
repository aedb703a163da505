// Trigger matching on sentences written for this test: overlaps, vetoes, governing triggers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findHits } from './hits.ts';
import { lexicon } from './lexicon.ts';

const kinds = (text: string) => findHits(lexicon(), text, 0).filter((h) => h.rule.type).map((h) => `${h.rule.type}:${text.slice(h.start, h.end)}`);

test('a governing trigger takes what it governs as its content', () => {
  assert.deepEqual(kinds('Chile threatened to shell the border posts.'), ['THREATEN:threatened']);
  assert.deepEqual(kinds('Peru agreed to sign a trade pact with Chile.').map((k) => k.split(':')[0]), ['AGREE']);
});

test('a veto anchored at the same word as a trigger wins; a second past-tense act after "and" stays', () => {
  assert.ok(!kinds('Companies moved supply chains to other countries.').some((k) => k.startsWith('AID')));
  const two = kinds("Chile recalled its ambassador and told Peru's envoy not to return.");
  assert.ok(two.some((k) => k.startsWith('REJECT')) && two.some((k) => k.startsWith('SANCTION')), two.join());
});

test('the content of a request after a clause set off by commas is no act of its own; the aside keeps its triggers', () => {
  const req = kinds('Quito asked Brazil and Chile, which guarantee the border protocol, to press Peru to halt the raids and withdraw its troops.');
  assert.deepEqual(req.map((k) => k.split(':')[0]).filter((t) => t !== 'SUPPORT' && t !== 'AGREE'), ['REQUEST'], req.join());
  const aside = kinds('Quito urged Lima, whose troops attacked a border post last week, to withdraw its units.');
  assert.ok(aside.some((k) => k.startsWith('ASSAULT')) && !aside.some((k) => k.startsWith('RETREAT')), aside.join());
  const list = kinds('Brazil urged Chile, Peru and Bolivia to withdraw their troops from the border.');
  assert.deepEqual(list.map((k) => k.split(':')[0]), ['REQUEST'], list.join());
  const acts = kinds('Brazil asked Chile to withdraw its troops, halt the shelling and resume talks with Peru.');
  assert.deepEqual(acts.map((k) => k.split(':')[0]), ['REQUEST'], acts.join());
  // near miss: without the aside, a comma still ends the request
  const saying = kinds('Brazil urged Chile to withdraw its troops, saying the attacks on Peru had to end.');
  assert.ok(saying.some((k) => k.startsWith('ASSAULT')), saying.join());
  const other = kinds('Brazil urged restraint, and Chile sent troops to help Peru.');
  assert.ok(other.some((k) => k.startsWith('MOBILIZE')), other.join());
  const two = kinds('Quito asked Lima for talks, and its troops attacked a border post.');
  assert.ok(two.some((k) => k.startsWith('ASSAULT')), two.join());
});

test('readiness to do a hostile act is a threat, readiness to send observers an offer', () => {
  assert.deepEqual(kinds('The bloc said it was ready to send monitors to the border.').map((k) => k.split(':')[0]), ['AGREE']);
  assert.deepEqual(kinds('Chile said it was ready to impose a curfew in the border towns.').map((k) => k.split(':')[0]), ['THREATEN']);
});

test('"condemned X as a violation" takes the violation as its content; "and said" opens a clause of its own', () => {
  const cond = kinds('Peru condemned the raid as a flagrant violation of the ceasefire.');
  assert.deepEqual(cond.map((k) => k.split(':')[0]), [cond[0]!.split(':')[0]], cond.join());
  const said = kinds('Chile rejected the charges as "lies" and said it would respond if troops were deployed on the border.');
  assert.ok(said.length >= 2, said.join());
  // "as" opening a clause of time still ends the content
  const time = kinds('Peru condemned the vote as the army shelled the border towns.');
  assert.ok(time.length >= 2, time.join());
});

test('bracing for the other side\'s act is no threat of one\'s own', () => {
  const braced = kinds('Chile prepared for a possible attack by Peru.');
  assert.ok(!braced.some((k) => k.startsWith('THREATEN')), braced.join());
  assert.deepEqual(kinds('Chile said it was ready to shell the border posts.').map((k) => k.split(':')[0]), ['THREATEN']);
});

test('an act in a "during" phrase frames a request; it is not what is requested', () => {
  const k = kinds("Ghana's president asked Togo for grain during a visit to Lome in May.");
  assert.ok(k.some((x) => x.startsWith('REQUEST')) && k.some((x) => x.startsWith('CONSULT')), k.join());
  // the content of the request still is: "asked Togo to visit" is one request
  assert.deepEqual(kinds("Ghana's president asked Togo to visit Accra.").map((x) => x.split(':')[0]), ['REQUEST']);
});
