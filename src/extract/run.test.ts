import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractorVersion } from './run.ts';

test('the extractor version names a PLOVER version other than the default, so --stale finds facts coded in another', () => {
  const v = extractorVersion();
  assert.match(v, /events\/lexicon@/);
  assert.equal(extractorVersion(undefined, { plover: 'core' }), v);
  assert.equal(extractorVersion(undefined, { plover: '0.5' }), `${v};plover=0.5`);
});
