// dyad reprocess: run the current nlp + extract stages again over the stored documents.
import { processDocument, type Processed } from '../../pipeline.ts';
import type { Document, ExtractOptions } from '../../core/types.ts';
import { extractorVersion } from '../../extract/run.ts';
import { existsSync } from 'node:fs';
import { Store, documentFromRow } from '../../store/store.ts';
import { parseArgs, flagString, ploverOption, ploverHelp, UsageError } from '../args.ts';
import type { CommandIO } from '../io.ts';

export const reprocessHelp = `usage: dyad reprocess [--db FILE] [--stale] [--batch N] [--plover V]

Runs the current nlp and extract stages again over the documents in the store, using each
document's stored normalized text (it is not cleaned again, so every stored offset stays valid),
and replaces its mentions and facts. Each fact records the extractor version it came from.

  --db FILE    the store (default ./dyad.db)
  --stale      only documents whose facts came from another extractor version
  --batch N    documents per transaction (default 50)
${ploverHelp(15)}

A document whose new facts the store refuses (a span that does not slice to its text) keeps its
old facts; it is named on stderr and the exit code is 1.`;

export interface ReprocessCounts { done: number; failed: number; total: number }

export interface ReprocessOptions {
  readonly stale?: boolean;
  readonly batchSize?: number;
  readonly onError?: (id: string, message: string) => void;
  readonly onProgress?: (c: ReprocessCounts) => void;
  /** nlp + extract over a stored document (default: the pipeline's processDocument) */
  readonly process?: (doc: Document) => Processed;
  /** how facts are coded (the PLOVER version), for the default process */
  readonly extract?: ExtractOptions;
}

export function reprocessStore(store: Store, opts: ReprocessOptions = {}): ReprocessCounts {
  const process = opts.process ?? ((doc: Document) => processDocument(doc, opts.extract));
  const version = extractorVersion(undefined, opts.extract);
  const batchSize = Math.max(1, opts.batchSize ?? 50);
  const only = opts.stale ? version : undefined;
  const counts: ReprocessCounts = { done: 0, failed: 0, total: store.countDocuments(only) };
  let after = 0;
  for (;;) {
    // ids are read in chunks (no cursor stays open while writing); with --stale, a document that
    // failed keeps its old version, so `after` (not the stale filter) guarantees progress
    const ids = store.documentIds(after, batchSize, only);
    if (!ids.length) break;
    after = ids[ids.length - 1]!;
    const results = ids.map((id) => {
      const row = store.getDocument(id)!;
      try {
        const { doc, ann, extraction } = process(documentFromRow(row));
        return { id, key: row.doc_key, input: { doc, mentions: ann.mentions, extraction } };
      } catch (err) {
        return { id, key: row.doc_key, error: (err as Error).message };
      }
    });
    store.transaction(() => {
      for (const r of results) {
        try {
          if ('error' in r) throw new Error(r.error);
          store.replaceFacts(r.id, r.input, version);
          counts.done++;
        } catch (err) {
          counts.failed++;
          opts.onError?.(`${r.key} (document ${r.id})`, (err as Error).message);
        }
      }
    });
    opts.onProgress?.(counts);
  }
  return counts;
}

export async function reprocessCommand(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, ['db', 'batch', 'plover'], ['stale']);
  if (args.flags.has('help') || args.flags.has('h')) { io.out(reprocessHelp + '\n'); return 0; }
  const extract = ploverOption(args);
  if (args.positional.length) throw new UsageError(`reprocess takes no arguments (got ${args.positional[0]})`);
  const batchFlag = flagString(args, 'batch');
  const batchSize = batchFlag === undefined ? 50 : Number(batchFlag);
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new UsageError(`--batch needs a positive integer, not ${batchFlag}`);
  const db = flagString(args, 'db') ?? './dyad.db';
  if (db !== ':memory:' && !existsSync(db)) { io.err(`dyad reprocess: no store at ${db} (run dyad ingest first)\n`); return 1; }
  const store = Store.tryOpen(db);
  if ('error' in store) { io.err(`dyad reprocess: cannot open the store ${db}: ${store.error}\n`); return 1; }
  let drawn = false;
  try {
    const counts = reprocessStore(store, {
      stale: args.flags.has('stale'),
      batchSize,
      extract,
      onError: (id, message) => { if (drawn) { io.err('\r\x1b[K'); drawn = false; } io.err(`dyad: ${id}: ${message} (old facts kept)\n`); },
      onProgress: io.stderrIsTTY ? (c) => { drawn = true; io.err(`\r\x1b[K${c.done + c.failed}/${c.total} documents`); } : undefined,
    });
    if (drawn) io.err('\r\x1b[K');
    io.err(`${counts.done} document${counts.done === 1 ? '' : 's'} reprocessed, ${counts.failed} failed\n`);
    return counts.failed ? 1 : 0;
  } finally {
    store.close();
  }
}
