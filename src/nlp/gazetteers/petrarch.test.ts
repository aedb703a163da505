import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dictName, parsePetrarch, userRows } from './petrarch.ts';
import { dictCommand } from '../../cli/commands/dict.ts';

const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), '../../../test/fixtures/dict/actors-sample.txt');

test('dictionary names become readable names', () => {
  assert.equal(dictName('ZORAN_VELIKOV_'), 'Zoran Velikov');
  assert.equal(dictName('REPUBLIC_OF_ZEMBLA_'), 'Republic of Zembla');
});

test('people with synonyms and date-restricted codes; country lines', () => {
  const entries = parsePetrarch(readFileSync(FIXTURE, 'utf8'));
  assert.deepEqual(entries.filter((e) => e.kind === 'person').map((e) => e.kind === 'person' && [e.name, e.country, e.sector, e.from, e.to, e.variants.join('|')]), [
    ['Zoran Velikov', 'SRB', 'GOV', '2012-06-01', '2017-05-31', 'Velikov|Z. Velikov'],
    ['Zoran Velikov', 'SRB', 'MIL', '2017-06-01', null, 'Velikov|Z. Velikov'],
    ['Marta Okonkwo', 'NGA', 'GOV', null, '2010-01-01', ''],
  ]);
  assert.deepEqual(entries.filter((e) => e.kind === 'country').map((e) => e.kind === 'country' && [e.code, e.name]), [
    ['RUS', 'Russia'], ['RUS', 'Russian Federation'], ['ZMB', 'Republic of Zembla'],
  ]);
  assert.equal(userRows(entries).length, 6);
});

test('dyad dict import writes the user gazetteer once', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-dict-'));
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  const out = join(dir, 'user-actors.tsv');
  const printed: string[] = [];
  const io = { out: (s: string) => { printed.push(s); }, err: () => {}, stderrIsTTY: false };
  assert.equal(await dictCommand(['import', FIXTURE, '--out', out], io), 0);
  assert.equal(await dictCommand(['import', FIXTURE, '--out', out], io), 0);
  const rows = readFileSync(out, 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
  assert.equal(rows.length, 6);
  assert.ok(rows.includes('country\tZMB\tRepublic of Zembla'));
  assert.match(printed[1]!, /0 new rows/);
});
