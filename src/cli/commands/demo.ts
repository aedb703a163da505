// dyad demo (npm run demo): ingests the bundled sample corpus (data/sample) into a demo store,
// then serves the dashboard and API over it.
import { fileURLToPath } from 'node:url';
import { ingestCommand } from './ingest.ts';
import { startServer, serveOptions, untilInterrupted } from './serve.ts';
import { parseArgs, flagString, UsageError } from '../args.ts';
import type { CommandIO } from '../io.ts';

export const SAMPLE_DIR = fileURLToPath(new URL('../../../data/sample/', import.meta.url));

export const demoHelp = `usage: dyad demo [--db FILE] [--port N] [--host ADDRESS] [--no-serve]

Ingests the sample articles of data/sample into the store (default ./dyad-demo.db; articles
already stored are skipped), then serves the dashboard and the API and prints the address.

  --db FILE       the demo store (default ./dyad-demo.db)
  --port N        TCP port (default 8080; 0 picks a free one)
  --host ADDRESS  address to listen on (default 127.0.0.1)
  --no-serve      only ingest, then exit`;

export async function demoCommand(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, ['db', 'port', 'host'], ['no-serve']);
  if (args.flags.has('help') || args.flags.has('h')) { io.out(demoHelp + '\n'); return 0; }
  if (args.positional.length) throw new UsageError(`unexpected argument '${args.positional[0]}'`);
  const db = flagString(args, 'db') ?? './dyad-demo.db';
  const serve = !args.flags.has('no-serve');
  const opts = serve ? serveOptions(args) : null;
  io.err(`dyad demo: ingesting ${SAMPLE_DIR} into ${db}\n`);
  const code = await ingestCommand(['--db', db, SAMPLE_DIR], io);
  if (code !== 0) io.err('dyad demo: some sample articles failed (see above); serving what was stored\n');
  if (!opts) return code;
  const running = await startServer(db, opts, io);
  io.out(`dyad demo: dashboard at ${running.url}  (API docs at ${running.url}docs; Ctrl-C to stop)\n`);
  await untilInterrupted();
  await running.close();
  return 0;
}
