import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArgs, ploverOption, UsageError } from './args.ts';

test('options with values, switches, and unknown options as usage errors', () => {
  const a = parseArgs(['--db', 'x.db', '--stale', 'f.txt', '--plover=0.5'], ['db', 'plover'], ['stale']);
  assert.deepEqual([a.flags.get('db'), a.flags.get('stale'), a.flags.get('plover'), a.positional], ['x.db', true, '0.5', ['f.txt']]);
  assert.throws(() => parseArgs(['--plovr', '0.5'], ['plover'], []), (e: unknown) => e instanceof UsageError && /unknown option --plovr/.test((e as Error).message));
  assert.doesNotThrow(() => parseArgs(['--help'], [], []));
  assert.throws(() => parseArgs(['--db'], ['db']), /--db needs a value/);
  assert.throws(() => ploverOption(parseArgs(['--plover', '9'], ['plover'])), /unknown --plover 9/);
});
