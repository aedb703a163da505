// dyad command-line interface: dispatches to one module per command.
import { UsageError } from './args.ts';
import { processIO, type CommandIO } from './io.ts';

interface Command {
  readonly summary: string;
  run(argv: readonly string[], io: CommandIO): Promise<number>;
}

type Runner = (argv: readonly string[], io: CommandIO) => Promise<number>;

/** Load a command module only when it runs: `report` or `serve` need not load the extraction pipeline. */
const lazy = (load: () => Promise<Runner>): Command['run'] => async (argv, io) => (await load())(argv, io);

// The command table: `dyad --help` lists exactly these.
const COMMANDS: Record<string, Command> = {
  extract: { summary: 'print events, figures, arms, agreements and people found in articles (jsonl/json/table)', run: lazy(async () => (await import('./commands/extract.ts')).extractCommand) },
  ingest: { summary: 'read articles, extract their facts and keep them in the store (--db, default ./dyad.db)', run: lazy(async () => (await import('./commands/ingest.ts')).ingestCommand) },
  reprocess: { summary: 're-run nlp and extraction over the stored documents and replace their facts', run: lazy(async () => (await import('./commands/reprocess.ts')).reprocessCommand) },
  report: { summary: 'summary per pair of states: events by year, figures, agreements, arms, people (--evidence)', run: lazy(async () => (await import('./commands/report.ts')).reportCommand) },
  serve: { summary: 'serve the dashboard (/) and the HTTP API (/api, OpenAPI at /docs) over a store', run: lazy(async () => (await import('./commands/serve.ts')).serveCommand) },
  demo: { summary: 'ingest the sample articles (data/sample) into ./dyad-demo.db and serve the dashboard', run: lazy(async () => (await import('./commands/demo.ts')).demoCommand) },
  dict: { summary: 'dict import FILE: add a PETRARCH/Phoenix actor dictionary to the user gazetteer', run: lazy(async () => (await import('./commands/dict.ts')).dictCommand) },
};

export function helpText(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((k) => k.length));
  return [
    'dyad: reads news and keeps the record of relations between states.',
    '',
    'usage: dyad COMMAND [options]   (dyad COMMAND --help for the options of one command)',
    '',
    'commands:',
    ...Object.entries(COMMANDS).map(([k, c]) => `  ${k.padEnd(width)}  ${c.summary}`),
    '',
  ].join('\n');
}

export async function main(argv: readonly string[], io: CommandIO = processIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') { io.out(helpText()); return 0; }
  if (name === '--version') { io.out('dyad 0.1.0\n'); return 0; }
  const cmd = COMMANDS[name];
  if (!cmd) { io.err(`dyad: unknown command '${name}'\n\n${helpText()}`); return 2; }
  try {
    return await cmd.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) { io.err(`dyad ${name}: ${err.message}\n`); return 2; }
    throw err;
  }
}
