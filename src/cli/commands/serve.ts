// dyad serve: the HTTP API (OpenAPI at /docs) and the dashboard at /, over a store.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { Store } from '../../store/store.ts';
import { buildApp } from '../../api/app.ts';
import { parseArgs, flagString, UsageError, type ParsedArgs } from '../args.ts';
import type { CommandIO } from '../io.ts';

export const serveHelp = `usage: dyad serve [--db FILE] [--port N] [--host ADDRESS]

Serves the store read-only over HTTP until interrupted (Ctrl-C):
  /            the dashboard: graph of states, pair pages, documents with their evidence, search
  /api/...     JSON endpoints (documents, search, events, pairs, figures, arms, agreements, people,
               countries) and exports (/api/export/events.csv, events.jsonl, figures.csv)
  /docs        the OpenAPI description (/docs/json) and its browser UI

  --db FILE       the store (default ./dyad.db, made by dyad ingest)
  --port N        TCP port (default 8080; 0 picks a free one)
  --host ADDRESS  address to listen on (default 127.0.0.1, this machine only)`;

export interface ServeOptions { readonly port: number; readonly host: string }

export function serveOptions(args: ParsedArgs, defaultPort = 8080): ServeOptions {
  const portText = flagString(args, 'port') ?? String(defaultPort);
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65535) throw new UsageError(`--port needs a number from 0 to 65535, not '${portText}'`);
  const host = flagString(args, 'host') ?? '127.0.0.1';
  return { port, host };
}

const WEB_DIST = new URL('../../../web/dist/', import.meta.url);

/** Builds the dashboard when web/dist is missing (a checkout where install scripts did not run). */
export function ensureWeb(io: CommandIO): void {
  if (existsSync(new URL('index.html', WEB_DIST))) return;
  const script = fileURLToPath(new URL('../../../scripts/build-web.mjs', import.meta.url));
  const r = spawnSync(process.execPath, [script], { encoding: 'utf8' });
  if (r.status !== 0) io.err(`dyad: the dashboard could not be built (${(r.stderr || r.stdout).trim()}); the API still works\n`);
}

export interface Running { readonly app: FastifyInstance; readonly url: string; close(): Promise<void> }

/** Opens the store and listens; the caller closes it. */
export async function startServer(dbPath: string, opts: ServeOptions, io: CommandIO): Promise<Running> {
  if (dbPath !== ':memory:' && !existsSync(dbPath)) throw new UsageError(`no store at ${dbPath}: make one with 'dyad ingest --db ${dbPath} FILES' (or run 'npm run demo')`);
  ensureWeb(io);
  const store = new Store(dbPath);
  const app = await buildApp({ db: store.db });
  try {
    await app.listen({ port: opts.port, host: opts.host });
  } catch (err) {
    await app.close();
    store.close();
    throw new UsageError(`cannot listen on ${opts.host}:${opts.port}: ${(err as Error).message}`);
  }
  // compute the graph's aggregates now, so the first visitor of a large store does not wait for them
  setImmediate(() => { void app.inject('/api/pairs?monthly=false&limit=150').then(() => app.inject('/api/countries')).catch(() => {}); });
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : opts.port;
  const host = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  return { app, url: `http://${host}:${port}/`, close: async () => { await app.close(); store.close(); } };
}

/** Resolves on Ctrl-C or SIGTERM. */
export const untilInterrupted = (): Promise<void> => new Promise((resolve) => {
  const stop = () => { process.off('SIGINT', stop); process.off('SIGTERM', stop); resolve(); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
});

export async function serveCommand(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, ['db', 'port', 'host'], []);
  if (args.flags.has('help') || args.flags.has('h')) { io.out(serveHelp + '\n'); return 0; }
  if (args.positional.length) throw new UsageError(`unexpected argument '${args.positional[0]}'`);
  const running = await startServer(flagString(args, 'db') ?? './dyad.db', serveOptions(args), io);
  io.out(`dyad: serving ${flagString(args, 'db') ?? './dyad.db'}\n  dashboard  ${running.url}\n  API docs   ${running.url}docs\n(Ctrl-C to stop)\n`);
  await untilInterrupted();
  await running.close();
  return 0;
}
