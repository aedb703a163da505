// dyad demo --no-serve: ingests the bundled sample corpus into a fresh store, and again without duplicates.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoCommand, SAMPLE_DIR } from './demo.ts';
import { Store } from '../../store/store.ts';
import type { CommandIO } from '../io.ts';

test('demo --no-serve ingests data/sample into the given store, idempotently', { timeout: 240_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-demo-'));
  const db = join(dir, 'demo.db');
  let text = '';
  const io: CommandIO = { stderrIsTTY: false, out: (s) => { text += s; }, err: (s) => { text += s; } };
  try {
    assert.ok(readdirSync(SAMPLE_DIR).some((f) => /\.(txt|html|jsonl)$/.test(f)), 'sample articles are bundled');
    assert.equal(await demoCommand(['--db', db, '--no-serve'], io), 0, text);
    const store = new Store(db);
    const first = store.counts();
    store.close();
    assert.ok(first.documents! >= 20, `sample documents stored: ${first.documents}`);
    assert.doesNotMatch(text, /dashboard at/, '--no-serve does not serve');
    assert.equal(await demoCommand(['--db', db, '--no-serve'], io), 0);
    const again = new Store(db);
    assert.equal(again.counts().documents, first.documents, 'a second run adds nothing');
    again.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
