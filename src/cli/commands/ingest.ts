// dyad ingest: read articles, run the pipeline and keep the results in the store, batch by batch.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { readInputs, isInputError, classifyPath, type InputItem } from '../../ingest/read.ts';
import { cleanArticle } from '../../clean/clean.ts';
import { processDocument } from '../../pipeline.ts';
import { extractorVersion } from '../../extract/run.ts';
import { Store } from '../../store/store.ts';
import { contentHash } from '../../store/rows.ts';
import type { Document, ExtractOptions } from '../../core/types.ts';
import type { Processed } from '../../pipeline.ts';
import { parseArgs, flagString, ploverOption, ploverHelp, UsageError } from '../args.ts';
import type { CommandIO } from '../io.ts';

export const ingestHelp = `usage: dyad ingest [--db FILE] [--batch N] [--plover V] FILES|DIRS|-

Reads articles (.txt, .html/.htm, .json, .jsonl, .gz of these; '-' for stdin; directories are
walked), runs clean -> nlp -> extract on each and stores the document, its mentions and its facts.

  --db FILE    the store (default ./dyad.db; created and migrated when missing)
  --batch N    documents per transaction (default 50)
${ploverHelp(15)}

Each batch is committed in one transaction: an interrupted ingest keeps every committed batch,
and running it again continues where it stopped. A text already stored (same normalized text,
by sha256) is skipped before extraction; the same URL with a changed text is stored as its next
version. A bad input prints one line naming it on stderr and is skipped; the exit code is then 1.
On a terminal, stderr shows a progress bar over the input files (a counter for stdin). At the end:
"N documents added, M skipped as duplicates, K failed".`;

export interface IngestCounts { added: number; duplicates: number; failed: number; read: number }

export interface IngestOptions {
  readonly batchSize?: number;
  /** called after each input item with the running counts (progress display) */
  readonly onProgress?: (c: Readonly<IngestCounts>, source: string) => void;
  /** one line per failed input */
  readonly onError?: (source: string, message: string) => void;
  /** nlp + extract over a cleaned document (default: the pipeline's processDocument) */
  readonly process?: (doc: Document) => Processed;
  /** how facts are coded (the PLOVER version), for the default process */
  readonly extract?: ExtractOptions;
}

interface Pending { readonly source: string; readonly hash: string; readonly processed: Processed }

/**
 * Consumes input items into the store. Extraction runs outside transactions; writes happen in
 * one transaction per batch. A document refused by the store (bad span) counts as failed and
 * does not disturb the rest of its batch.
 */
export async function ingestItems(store: Store, items: AsyncIterable<InputItem> | Iterable<InputItem>, opts: IngestOptions = {}): Promise<IngestCounts> {
  const batchSize = Math.max(1, opts.batchSize ?? 50);
  const version = extractorVersion(undefined, opts.extract);
  const process = opts.process ?? ((doc: Document) => processDocument(doc, opts.extract));
  const counts: IngestCounts = { added: 0, duplicates: 0, failed: 0, read: 0 };
  const fail = (source: string, message: string) => { counts.failed++; opts.onError?.(source, message); };
  let pending: Pending[] = [];
  const failures: { source: string; hash: string | null; message: string }[] = [];
  const inBatch = new Set<string>();

  const flush = () => {
    if (!pending.length && !failures.length) return;
    const batch = pending;
    const failed = failures.splice(0);
    pending = [];
    inBatch.clear();
    store.transaction(() => {
      for (const p of batch) {
        try {
          const r = store.addDocument({ doc: p.processed.doc, mentions: p.processed.ann.mentions, extraction: p.processed.extraction },
            { extractorVersion: version, hash: p.hash });
          if (r.status === 'added') counts.added++; else counts.duplicates++;
          store.logIngest(p.source, p.hash, r.id, r.status, null);
        } catch (err) {
          fail(p.source, (err as Error).message);
          store.logIngest(p.source, p.hash, null, 'failed', (err as Error).message);
        }
      }
      for (const f of failed) store.logIngest(f.source, f.hash, null, 'failed', f.message);
    });
  };

  for await (const item of items) {
    counts.read++;
    if (isInputError(item)) {
      fail(item.source, item.error);
      failures.push({ source: item.source, hash: null, message: item.error });
    } else {
      let doc: Document | null = null;
      let hash = '';
      try {
        doc = cleanArticle(item);
        hash = contentHash(doc.text);
      } catch (err) {
        fail(item.source, (err as Error).message);
        failures.push({ source: item.source, hash: null, message: (err as Error).message });
      }
      if (doc) {
        if (inBatch.has(hash) || store.findByHash(hash)) {
          counts.duplicates++; // cheap: no extraction for a text already stored
        } else {
          try {
            pending.push({ source: item.source, hash, processed: process(doc) });
            inBatch.add(hash);
          } catch (err) {
            fail(item.source, (err as Error).message);
            failures.push({ source: item.source, hash, message: (err as Error).message });
          }
        }
      }
    }
    if (pending.length >= batchSize || failures.length >= batchSize) flush();
    opts.onProgress?.(counts, item.source);
  }
  flush();
  return counts;
}

export const summaryLine = (c: IngestCounts): string =>
  `${c.added} document${c.added === 1 ? '' : 's'} added, ${c.duplicates} skipped as duplicate${c.duplicates === 1 ? '' : 's'}, ${c.failed} failed`;

export async function ingestCommand(argv: readonly string[], io: CommandIO): Promise<number> {
  const args = parseArgs(argv, ['db', 'batch', 'plover'], []);
  if (args.flags.has('help') || args.flags.has('h')) { io.out(ingestHelp + '\n'); return 0; }
  const extract = ploverOption(args);
  if (!args.positional.length) throw new UsageError('ingest needs at least one file, directory or -');
  const batchFlag = flagString(args, 'batch');
  const batchSize = batchFlag === undefined ? 50 : Number(batchFlag);
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new UsageError(`--batch needs a positive integer, not ${batchFlag}`);
  const db = flagString(args, 'db') ?? './dyad.db';
  const store = Store.tryOpen(db);
  if ('error' in store) { io.err(`dyad ingest: cannot open the store ${db}: ${store.error}\n`); return 1; }
  const startedAt = Date.now();
  let lastDraw = 0;
  let drawn = false;
  // on a terminal: count the input files first (a directory walk, no reading) for a real bar
  const files = io.stderrIsTTY && !args.positional.includes('-') ? await countInputFiles(args.positional) : null;
  const seen = new Set<string>();
  const progress = io.stderrIsTTY
    ? (c: Readonly<IngestCounts>, source: string) => {
      if (files) seen.add(files.has(source) ? source : source.replace(/:\d+$/, ''));
      const now = Date.now();
      if (now - lastDraw < 100) return;
      lastDraw = now;
      drawn = true;
      io.err(`\r\x1b[K${progressLine(c, startedAt, files ? { done: seen.size, total: files.size } : null)}`);
    }
    : undefined;
  const clearLine = () => { if (drawn) { io.err('\r\x1b[K'); drawn = false; } };
  try {
    const counts = await ingestItems(store, readInputs(args.positional), {
      batchSize,
      extract,
      onProgress: progress,
      onError: (source, message) => { clearLine(); io.err(`dyad: ${source}: ${message} (skipped)\n`); },
    });
    clearLine();
    io.err(summaryLine(counts) + '\n');
    return counts.failed ? 1 : 0;
  } finally {
    store.close();
  }
}

const SPIN = ['|', '/', '-', '\\'];

/** The progress line: a bar over the input files when their number is known, else a spinner. */
function progressLine(c: Readonly<IngestCounts>, startedAt: number, files: { done: number; total: number } | null): string {
  const secs = Math.max(0.001, (Date.now() - startedAt) / 1000);
  const tail = `${c.added} added, ${c.duplicates} duplicates, ${c.failed} failed (${(c.read / secs).toFixed(1)} docs/s)`;
  if (!files || !files.total) return `${SPIN[c.read % SPIN.length]} ${c.read} read: ${tail}`;
  const share = Math.min(1, files.done / files.total);
  const width = 24;
  const filled = Math.round(share * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.floor(share * 100)}% ${Math.min(files.done, files.total)}/${files.total} files: ${tail}`;
}

/** The files readInputs will read under `paths` (same rules: hidden and gold files skipped). */
export async function countInputFiles(paths: readonly string[]): Promise<Set<string>> {
  const out = new Set<string>();
  const visit = async (p: string, top: boolean): Promise<void> => {
    let st;
    try { st = await stat(p); } catch { return; }
    if (st.isDirectory()) {
      let names: string[];
      try { names = (await readdir(p)).sort(); } catch { return; }
      for (const n of names) if (!n.startsWith('.')) await visit(join(p, n), false);
    } else if (st.isFile() && (top || (classifyPath(p).kind && !/\.gold\.json$/i.test(p)))) out.add(p);
  };
  for (const p of paths) await visit(p, true);
  return out;
}
