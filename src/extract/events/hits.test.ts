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
