// dyad serve: listens on a loopback port over a store file and answers the API and the dashboard.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, serveCommand, serveOptions } from './serve.ts';
import { parseArgs, UsageError } from '../args.ts';
import { openTestDb } from '../../api/test-data.ts';
import type { CommandIO } from '../io.ts';

const quiet = (): CommandIO & { text: string } => {
  const io = { text: '', stderrIsTTY: false, out: (s: string) => { io.text += s; }, err: (s: string) => { io.text += s; } };
  return io;
};

test('startServer serves the API and the dashboard on a free loopback port', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dyad-serve-'));
  const file = join(dir, 'store.db');
  openTestDb(file).db.close();
  const running = await startServer(file, { port: 0, host: '127.0.0.1' }, quiet());
  try {
    assert.match(running.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    const docs = await (await fetch(running.url + 'api/documents?limit=2')).json();
    assert.equal(docs.total, 5);
    const pair = await fetch(running.url + 'api/pairs/XXX-YYY');
    assert.equal(pair.status, 404);
    const home = await fetch(running.url);
    assert.equal(home.status, 200);
    assert.match(await home.text(), /<script type="module" src="\/assets\/app\.js">/);
    const js = await fetch(running.url + 'assets/app.js');
    assert.equal(js.status, 200);
    assert.match(js.headers.get('content-type') ?? '', /javascript/);
    assert.equal((await fetch(running.url + 'assets/..%2Fpackage.json')).status, 404);
  } finally {
    await running.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('serve refuses a missing store and bad options with a usage message', async () => {
  await assert.rejects(serveCommand(['--db', '/nonexistent/dyad.db'], quiet()), (e: Error) => e instanceof UsageError && /no store at/.test(e.message));
  assert.throws(() => serveOptions(parseArgs(['--port', 'eighty'], ['port'])), /--port needs a number/);
  assert.throws(() => serveOptions(parseArgs(['--port', '70000'], ['port'])), /--port/);
  assert.deepEqual(serveOptions(parseArgs([], ['port'])), { port: 8080, host: '127.0.0.1' });
  const io = quiet();
  assert.equal(await serveCommand(['--help'], io), 0);
  assert.match(io.text, /usage: dyad serve/);
});
