// dyad extract: print what was extracted from each input document (JSONL, JSON or a table).
import { readInputs, isInputError } from '../../ingest/read.ts';
import { processArticle } from '../../pipeline.ts';
import { toRecord } from '../../output/record.ts';
import { parseArgs, flagString, ploverOption, ploverHelp, UsageError } from '../args.ts';
import type { CommandIO } from '../io.ts';

export const extractHelp = `usage: dyad extract [--format jsonl|json|table] [--with-text] [--plover V] FILES|DIRS|-

Reads articles (.txt, .html/.htm, .json, .jsonl, .gz of these; '-' for stdin) and prints one
record per document: id, source, published, title, outlet, byline, countries, people, events
(occurred or announced), unrealized_events (negated or hypothetical, with their status),
agreements, figures, arms, each item with evidence {start, end, text} into the normalized text.
A JSONL line holding one sentence ({"id","text"}) is coded as one record.

  --format jsonl   one JSON object per line (default)
  --format json    a JSON array
  --format table   a readable summary per document
  --with-text      add "text", the cleaned article body
${ploverHelp(19)}`;

export async function extractCommand(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, ['format', 'plover'], ['with-text']);
  if (args.flags.has('help') || args.flags.has('h')) { io.out(extractHelp + '\n'); return 0; }
  const format = flagString(args, 'format') ?? 'jsonl';
  if (!['jsonl', 'json', 'table'].includes(format)) throw new UsageError(`unknown --format ${format} (jsonl, json or table)`);
  if (!args.positional.length) throw new UsageError('extract needs at least one file, directory or -');
  const withText = args.flags.has('with-text');
  const options = ploverOption(args);
  let failed = 0;
  const all: Record<string, unknown>[] = [];
  for await (const item of readInputs(args.positional)) {
    if (isInputError(item)) { failed++; io.err(`dyad: ${item.source}: ${item.error} (skipped)\n`); continue; }
    let rec: Record<string, unknown>;
    try {
      const { doc, extraction } = processArticle(item, options);
      rec = toRecord(doc, extraction, { withText });
    } catch (err) {
      failed++;
      io.err(`dyad: ${item.source}: ${(err as Error).message} (skipped)\n`);
      continue;
    }
    if (format === 'jsonl') io.out(JSON.stringify(rec) + '\n');
    else if (format === 'json') all.push(rec);
    else io.out(formatTable(rec));
  }
  if (format === 'json') io.out(JSON.stringify(all, null, 1) + '\n');
  return failed ? 1 : 0;
}

function formatTable(rec: Record<string, any>): string {
  const lines = [`== ${rec.id}  ${rec.published ?? '(no date)'}  ${rec.outlet ?? ''}  ${rec.title ?? ''}`.trimEnd()];
  lines.push(`   countries: ${(rec.countries as string[]).join(', ') || '-'}`);
  for (const p of rec.people) lines.push(`   person     ${p.name} (${p.country ?? '?'}) ${p.role ?? ''}`);
  for (const e of [...rec.events, ...rec.unrealized_events]) lines.push(`   event      ${e.type} ${e.actor.join('+') || '-'} -> ${e.recipient.join('+') || '-'} ${e.date ?? ''} ${e.status}${e.mode ? ' ' + e.mode : ''}  «${e.evidence.text.slice(0, 80)}»`);
  for (const a of rec.agreements) lines.push(`   agreement  ${a.name} [${a.parties.join(', ')}] ${a.status} ${a.date ?? ''}`);
  for (const f of rec.figures) lines.push(`   figure     ${f.metric} ${f.value ?? ''} ${f.unit ?? ''} ${f.period ?? ''} ${f.status}${f.change_pct != null ? ' ' + f.change_pct + '%' : ''}`);
  for (const a of rec.arms) lines.push(`   arms       ${a.system} (${a.category ?? '?'}) ${a.supplier ?? '?'} -> ${a.recipient ?? '?'} ${a.status}`);
  return lines.join('\n') + '\n\n';
}
