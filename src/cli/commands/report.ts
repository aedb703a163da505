// dyad report: a readable summary per pair of states, from the store.
import { existsSync } from 'node:fs';
import { Store } from '../../store/store.ts';
import { buildReport, parsePair } from '../../report/report.ts';
import { formatReport } from '../../report/format.ts';
import { parseArgs, flagString, UsageError } from '../args.ts';
import type { CommandIO } from '../io.ts';

export const reportHelp = `usage: dyad report [--db FILE] [--pair AZE-RUS] [--country AZE] [--since DATE] [--until DATE]
                   [--evidence] [--top N] [--limit N] [--format text|json]

Summarises the store per pair of states: events by year and PLOVER type (occurred or announced
ones), the latest figure of each metric (value, unit, period, status), agreements, arms transfers
and the people of either state acting in the documents about the pair. Only the current version
of each document counts.

  --db FILE          the store (default ./dyad.db)
  --pair AAA-BBB     one pair (codes in any order)
  --country AAA      every pair that includes this state
  --since DATE       facts dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)
  --until DATE       facts dated on or before DATE (inclusive: --until 2020 covers all of 2020)
  --evidence         follow each line with its article (id, title, date) and evidence text, and
                     list the latest events
  --top N            pairs shown without --pair, most facts first (default 20)
  --limit N          lines per list (default 10)
  --format text      readable text (default); --format json gives the same data as JSON

A fact's date is its own date, else the start of its period (figures), else the article's
publication date; facts with none are left out when --since or --until is given.`;

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;
const CODE = /^[A-Za-z]{3}$/;

function positiveInt(args: ReturnType<typeof parseArgs>, key: string, fallback: number): number {
  const v = flagString(args, key);
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${key} needs a positive integer, not ${v}`);
  return n;
}

export async function reportCommand(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, ['db', 'pair', 'country', 'since', 'until', 'top', 'limit', 'format'], ['evidence']);
  if (args.flags.has('help') || args.flags.has('h')) { io.out(reportHelp + '\n'); return 0; }
  if (args.positional.length) throw new UsageError(`report takes no arguments (got ${args.positional[0]})`);
  const format = flagString(args, 'format') ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`unknown --format ${format} (text or json)`);
  const pair = flagString(args, 'pair');
  if (pair !== undefined) { try { parsePair(pair); } catch (err) { throw new UsageError((err as Error).message); } }
  const country = flagString(args, 'country');
  if (country !== undefined && !CODE.test(country)) throw new UsageError(`--country needs a three-letter code like AZE (got ${country})`);
  const since = flagString(args, 'since');
  const until = flagString(args, 'until');
  for (const [k, v] of [['since', since], ['until', until]] as const) {
    if (v !== undefined && !DATE.test(v)) throw new UsageError(`--${k} needs a date YYYY, YYYY-MM or YYYY-MM-DD (got ${v})`);
  }
  const db = flagString(args, 'db') ?? './dyad.db';
  if (db !== ':memory:' && !existsSync(db)) { io.err(`dyad report: no store at ${db} (run dyad ingest first)\n`); return 1; }
  const evidence = args.flags.has('evidence');
  const store = Store.tryOpen(db);
  if ('error' in store) { io.err(`dyad report: cannot open the store ${db}: ${store.error}\n`); return 1; }
  try {
    const report = buildReport(store.db, {
      pair, country, since, until, evidence, top: positiveInt(args, 'top', 20), limit: positiveInt(args, 'limit', 10),
    });
    io.out(format === 'json' ? JSON.stringify(report, null, 1) + '\n' : formatReport(report, evidence));
    return 0;
  } finally {
    store.close();
  }
}
