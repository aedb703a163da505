// Status and type of a report, on sentences written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lexicon } from './lexicon.ts';
import { findHits } from './hits.ts';
import { statusOf, typeOf } from './status.ts';

function status(text: string, trigger: string): string {
  const hit = findHits(lexicon(), text, 0).find((h) => text.slice(h.start, h.end).startsWith(trigger))!;
  return statusOf(lexicon(), text, text.slice(0, hit.start), hit, text.length);
}

test('status from the cues before the trigger and from the rest of the sentence', () => {
  assert.equal(status('Chile did not sign the accord with Peru.', 'sign'), 'negated');
  assert.equal(status('Chile is not asking Peru for gifts, but rather for investment.', 'asking'), 'occurred');
  assert.equal(status('A visit by the Peruvian minister to Chile was called off.', 'visit'), 'negated');
  assert.equal(status('Once the pact is implemented, trade will grow.', 'implemented'), 'future');
  assert.equal(status('The fighting began on 7 May, when Chile attacked Peru.', 'attacked'), 'occurred');
});

test('type once the status is known: offers are AGREE, hostile acts held out with "would" are threats', () => {
  assert.equal(typeOf('AID', 'future', 'Chile will ', false), 'AGREE');
  assert.equal(typeOf('AID', 'hypothetical', 'Chile could have ', true), 'AID');
  assert.equal(typeOf('SANCTION', 'future', 'Chile said it would ', false), 'THREATEN');
  assert.equal(typeOf('SANCTION', 'future', 'Chile said it will ', false), 'SANCTION');
  assert.equal(typeOf('ASSAULT', 'hypothetical', 'Chile could ', false), 'ASSAULT');
});
