// Throughput benchmark (run by hand or in CI; not a test, no timed assertions):
//
//   npm run bench -- [N] [--no-shared] [--shared DIR] [--no-ingest] [--out FILE]
//
// 1. Stage throughput on the bundled sample corpus (data/sample) replicated N times (default: enough
//    copies to reach ~2,000 documents): clean, nlp (tokenize, mentions), extract (with a per-extractor
//    breakdown), in documents/s and sentences/s.
// 2. The same on the evaluation files in ../shared when that folder exists (read only, nothing copied).
// 3. Ingest of N distinct copies of the sample into a temporary SQLite store through the CLI
//    (`dyad ingest`), in documents/s.
// Each stage row also has the process CPU time per document (process.cpuUsage: all threads, so GC
// helpers count too), which a busy shared machine disturbs less than wall time.
// Peak RSS is sampled with process.memoryUsage() during each part and taken from
// process.resourceUsage() for the whole run. Prints a table and writes bench/results.json.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import type { Extractor, Fact, RawArticle } from '../src/core/types.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLE_DIR = join(ROOT, 'data', 'sample');
const TARGET_DOCS = 2000;

// ------------------------------------------------------------------ arguments
const argv = process.argv.slice(2);
const sharedIdx = argv.indexOf('--shared');
const SHARED = sharedIdx >= 0 && argv[sharedIdx + 1] ? resolve(argv[sharedIdx + 1]!) : resolve(ROOT, '..', 'shared');
if (argv.includes('--help') || argv.includes('-h')) {
  console.log('usage: npm run bench -- [N] [--no-shared] [--shared DIR] [--no-ingest] [--out FILE]\n' +
    '  N             copies of data/sample to process (default: enough for ~2,000 documents)\n' +
    '  --shared DIR  evaluation files (default ../shared beside the repository; skipped when missing)\n' +
    '  --out FILE    where to write the results (default bench/results.json)');
  process.exit(0);
}
const outIdx = argv.indexOf('--out');
const OUT = outIdx >= 0 && argv[outIdx + 1] ? resolve(argv[outIdx + 1]!) : join(ROOT, 'bench', 'results.json');
const nArg = argv.find((a, i) => /^\d+$/.test(a) && argv[i - 1] !== '--out' && argv[i - 1] !== '--shared');
const WITH_SHARED = !argv.includes('--no-shared');
const WITH_INGEST = !argv.includes('--no-ingest');

// ------------------------------------------------------------------ memory
let phasePeak = 0;
const sampleRss = () => { const r = process.memoryUsage().rss; if (r > phasePeak) phasePeak = r; return r; };
const MB = (b: number) => b / 1048576;

// ------------------------------------------------------------------ load the pipeline (timed: wink model)
const tLoad = performance.now();
const { readInputs, isInputError } = await import('../src/ingest/read.ts');
const { cleanArticle } = await import('../src/clean/clean.ts');
const { tokenize } = await import('../src/nlp/tokens.ts');
const { findMentions } = await import('../src/nlp/mentions.ts');
const { extractFacts } = await import('../src/extract/run.ts');
const { EXTRACTORS } = await import('../src/extract/registry.ts');
const loadMs = performance.now() - tLoad;

async function readAll(paths: string[]): Promise<{ articles: RawArticle[]; errors: number }> {
  const articles: RawArticle[] = [];
  let errors = 0;
  for await (const item of readInputs(paths)) {
    if (isInputError(item)) errors++;
    else articles.push(item);
  }
  return { articles, errors };
}

// ------------------------------------------------------------------ stage benchmark
interface StageRow {
  readonly dataset: string;
  readonly docs: number;
  readonly sentences: number;
  readonly chars: number;
  readonly facts: number;
  readonly failed: number;
  /** inputs that ingest could not read (bad file, empty record...) */
  readonly inputErrors: number;
  /** total milliseconds per stage */
  readonly ms: { clean: number; tokenize: number; mentions: number; extract: number; total: number };
  readonly docsPerSec: { clean: number; tokenize: number; mentions: number; nlp: number; extract: number; pipeline: number };
  readonly sentencesPerSec: { nlp: number; extract: number; pipeline: number };
  readonly extractorMsPerDoc: Record<string, number>;
  /** CPU time (user + system) per document by extractor: steadier than wall time on a shared machine */
  readonly extractorCpuMsPerDoc: Record<string, number>;
  /** CPU milliseconds per document of the whole pipeline (clean to extract) */
  readonly cpuMsPerDoc: number;
  readonly peakRssMB: number;
}

const cpuMs = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

function timedExtractors(acc: Map<string, number>, cpu: Map<string, number>): Extractor[] {
  return EXTRACTORS.map((x) => ({
    name: x.name,
    version: x.version,
    extract(ctx): Fact[] {
      const t = performance.now();
      const c = cpuMs();
      try { return x.extract(ctx); } finally {
        acc.set(x.name, (acc.get(x.name) ?? 0) + performance.now() - t);
        cpu.set(x.name, (cpu.get(x.name) ?? 0) + cpuMs() - c);
      }
    },
  }));
}

function runStages(dataset: string, articles: readonly RawArticle[], inputErrors = 0): StageRow {
  phasePeak = 0;
  sampleRss();
  const perExtractor = new Map<string, number>();
  const perExtractorCpu = new Map<string, number>();
  const list = timedExtractors(perExtractor, perExtractorCpu);
  const cpu0 = cpuMs();
  const ms = { clean: 0, tokenize: 0, mentions: 0, extract: 0, total: 0 };
  let sentences = 0, chars = 0, facts = 0, failed = 0, docs = 0;
  for (let i = 0; i < articles.length; i++) {
    const raw = articles[i]!;
    try {
      const t0 = performance.now();
      const doc = cleanArticle(raw);
      const t1 = performance.now();
      const tok = tokenize(doc.text, { sentenceMode: doc.sentenceMode });
      const t2 = performance.now();
      const mentions = findMentions(doc, tok.sentences, tok.tokens);
      const t3 = performance.now();
      const ex = extractFacts(doc, { sentences: tok.sentences, tokens: tok.tokens, mentions }, {}, list);
      const t4 = performance.now();
      ms.clean += t1 - t0; ms.tokenize += t2 - t1; ms.mentions += t3 - t2; ms.extract += t4 - t3;
      sentences += tok.sentences.length;
      chars += doc.text.length;
      facts += ex.facts.length;
      docs++;
    } catch {
      failed++;
    }
    if (i % 25 === 0) sampleRss();
  }
  const cpuTotal = cpuMs() - cpu0;
  sampleRss();
  ms.total = ms.clean + ms.tokenize + ms.mentions + ms.extract;
  const rate = (n: number, t: number) => (t > 0 ? (n * 1000) / t : 0);
  const extractorMsPerDoc: Record<string, number> = {};
  for (const [k, v] of perExtractor) extractorMsPerDoc[k] = docs ? v / docs : 0;
  const extractorCpuMsPerDoc: Record<string, number> = {};
  for (const [k, v] of perExtractorCpu) extractorCpuMsPerDoc[k] = docs ? v / docs : 0;
  return {
    dataset, docs, sentences, chars, facts, failed, inputErrors, ms,
    docsPerSec: {
      clean: rate(docs, ms.clean), tokenize: rate(docs, ms.tokenize), mentions: rate(docs, ms.mentions),
      nlp: rate(docs, ms.tokenize + ms.mentions), extract: rate(docs, ms.extract), pipeline: rate(docs, ms.total),
    },
    sentencesPerSec: { nlp: rate(sentences, ms.tokenize + ms.mentions), extract: rate(sentences, ms.extract), pipeline: rate(sentences, ms.total) },
    extractorMsPerDoc,
    extractorCpuMsPerDoc,
    cpuMsPerDoc: docs ? cpuTotal / docs : 0,
    peakRssMB: MB(phasePeak),
  };
}

// ------------------------------------------------------------------ ingest benchmark
interface IngestRow {
  readonly dataset: string;
  readonly docs: number;
  readonly seconds: number;
  readonly docsPerSec: number;
  readonly exitCode: number;
  readonly summary: string;
  readonly dbMB: number;
  readonly peakRssMB: number;
}

/** Writes `copies` distinct copies of every sample file (a "Bench copy k." line makes each text unique). */
function writeReplicas(dir: string, copies: number): number {
  let docs = 0;
  const files = readdirSync(SAMPLE_DIR).filter((f) => ['.txt', '.html', '.jsonl'].includes(extname(f))).sort();
  for (const f of files) {
    const content = readFileSync(join(SAMPLE_DIR, f), 'utf8');
    const ext = extname(f);
    const stem = basename(f, ext);
    for (let k = 0; k < copies; k++) {
      const mark = `Bench copy ${k}.`;
      let out: string;
      if (ext === '.txt') { out = `${content.trimEnd()}\n\n${mark}\n`; docs++; }
      else if (ext === '.html') {
        out = content.includes('</article>') ? content.replace('</article>', `<p>${mark}</p></article>`) : content.replace('</body>', `<p>${mark}</p></body>`);
        out = out.replace(/(<link rel="canonical" href="[^"]+|<meta property="og:url" content="[^"]+)"/g, `$1?copy=${k}"`);
        docs++;
      } else {
        out = content.split('\n').filter((l) => l.trim()).map((l) => {
          const r = JSON.parse(l) as Record<string, unknown>;
          docs++;
          return JSON.stringify({ ...r, id: `${String(r.id)}~${k}`, url: r.url ? `${String(r.url)}?copy=${k}` : r.url, text: `${String(r.text)}\n\n${mark}` });
        }).join('\n') + '\n';
      }
      writeFileSync(join(dir, `${stem}~${String(k).padStart(4, '0')}${ext}`), out);
    }
  }
  return docs;
}

async function runIngest(copies: number): Promise<IngestRow | { skipped: string }> {
  const mainPath = join(ROOT, 'src', 'cli', 'main.ts');
  if (!existsSync(mainPath)) return { skipped: 'src/cli/main.ts not found' };
  const cli = await import('../src/cli/main.ts');
  if (!/^\s+ingest\s/m.test(cli.helpText())) return { skipped: "the CLI has no 'ingest' command yet" };
  const dir = mkdtempSync(join(tmpdir(), 'dyad-bench-'));
  try {
    const input = join(dir, 'in');
    const db = join(dir, 'bench.db');
    (await import('node:fs')).mkdirSync(input);
    const docs = writeReplicas(input, copies);
    let err = '';
    const io = { out: () => {}, err: (s: string) => { err += s; }, stderrIsTTY: false };
    phasePeak = 0;
    sampleRss();
    const timer = setInterval(sampleRss, 100);
    const t = performance.now();
    let exitCode: number;
    try { exitCode = await cli.main(['ingest', '--db', db, input], io); } finally { clearInterval(timer); }
    const seconds = (performance.now() - t) / 1000;
    sampleRss();
    const dbMB = [db, `${db}-wal`].filter(existsSync).reduce((s, p) => s + MB(statSync(p).size), 0);
    const summary = err.trim().split('\n').filter((l) => /added|failed|duplicate/i.test(l)).pop() ?? err.trim().split('\n').pop() ?? '';
    return { dataset: `sample x${copies} (distinct copies)`, docs, seconds, docsPerSec: docs / seconds, exitCode, summary, dbMB, peakRssMB: MB(phasePeak) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ------------------------------------------------------------------ run
const started = new Date().toISOString();
const sample = await readAll([SAMPLE_DIR]);
if (!sample.articles.length) { console.error(`bench: no articles in ${SAMPLE_DIR}`); process.exit(1); }
const copies = nArg ? Math.max(1, Number(nArg)) : Math.ceil(TARGET_DOCS / sample.articles.length);

// warm-up (JIT, lazy tables): one pass over the sample, not timed
const tWarm = performance.now();
runStages('warm-up', sample.articles);
const warmMs = performance.now() - tWarm;

const replicated: RawArticle[] = [];
for (let k = 0; k < copies; k++) for (const a of sample.articles) replicated.push({ ...a, id: `${a.id}~${k}` });

const rows: StageRow[] = [runStages(`sample x${copies}`, replicated, sample.errors * copies)];
const skippedNotes: string[] = [];

if (WITH_SHARED && existsSync(SHARED)) {
  const sets: [string, string[]][] = [
    ['shared/seeds', [join(SHARED, 'seeds')]],
    ['shared/news-dev', [join(SHARED, 'eval', 'news-dev')]],
    ['shared/html-dev', [join(SHARED, 'eval', 'html-dev')]],
    ['shared/plover-gsr dev', [join(SHARED, 'eval', 'plover-gsr', 'dev.json')]],
  ];
  for (const [name, paths] of sets) {
    const present = paths.filter(existsSync);
    if (!present.length) { skippedNotes.push(`${name}: not found`); continue; }
    const { articles, errors } = await readAll(present);
    if (articles.length) rows.push(runStages(name, articles, errors));
  }
} else if (WITH_SHARED) {
  skippedNotes.push(`../shared not found (${SHARED}): evaluation files skipped`);
}

let ingest: IngestRow | { skipped: string } | null = null;
if (WITH_INGEST) ingest = await runIngest(copies);
if (ingest && 'skipped' in ingest) skippedNotes.push(`ingest skipped: ${ingest.skipped}`);

const maxRssMB = process.resourceUsage().maxRSS / 1024; // kB -> MB

// ------------------------------------------------------------------ report
const f0 = (x: number) => Math.round(x).toLocaleString('en-US');
const f1 = (x: number) => x.toFixed(1);
const pad = (s: string, w: number, left = false) => (left ? s.padEnd(w) : s.padStart(w));
const header = ['dataset', 'docs', 'bad', 'sents', 'clean d/s', 'tokenize d/s', 'mentions d/s', 'extract d/s', 'pipeline d/s', 'pipeline s/s', 'facts', 'peak RSS MB'];
const widths = [24, 6, 4, 7, 10, 13, 13, 12, 13, 13, 7, 12];
const line = (cells: string[]) => cells.map((c, i) => pad(c, widths[i]!, i === 0)).join(' ');
const out: string[] = [];
out.push(`dyad bench  ${started}  node ${process.version}  ${cpus()[0]?.model ?? '?'} x${cpus().length}`);
out.push(`module load (wink model) ${f0(loadMs)} ms; warm-up pass over ${sample.articles.length} sample documents ${f0(warmMs)} ms`);
out.push('');
out.push(line(header));
for (const r of rows) {
  out.push(line([r.dataset, f0(r.docs), f0(r.inputErrors + r.failed), f0(r.sentences), f0(r.docsPerSec.clean), f0(r.docsPerSec.tokenize), f0(r.docsPerSec.mentions),
    f0(r.docsPerSec.extract), f0(r.docsPerSec.pipeline), f0(r.sentencesPerSec.pipeline), f0(r.facts), f1(r.peakRssMB)]));
}
const first = rows[0]!;
out.push('');
out.push(`extractors on ${first.dataset} (ms per document): ` +
  (Object.entries(first.extractorMsPerDoc).map(([k, v]) => `${k} ${v.toFixed(3)}`).join(', ') || '(none registered)'));
out.push(`process CPU time (user + system, all threads incl. GC; steadier than wall time on a shared machine), ms per document: ` +
  rows.map((r) => `${r.dataset} ${r.cpuMsPerDoc.toFixed(2)}`).join(', ') + `; extractors on ${first.dataset}: ` +
  (Object.entries(first.extractorCpuMsPerDoc).map(([k, v]) => `${k} ${v.toFixed(3)}`).join(', ') || '(none registered)'));
if (ingest && !('skipped' in ingest)) {
  out.push(`ingest ${ingest.dataset}: ${f0(ingest.docs)} documents in ${f1(ingest.seconds)} s = ${f0(ingest.docsPerSec)} documents/s ` +
    `(exit ${ingest.exitCode}; ${ingest.summary || 'no summary'}); db ${f1(ingest.dbMB)} MB; peak RSS ${f1(ingest.peakRssMB)} MB`);
}
for (const n of skippedNotes) out.push(n);
out.push(`peak RSS of the whole run: ${f1(maxRssMB)} MB`);
console.log(out.join('\n'));

const results = {
  started,
  node: process.version,
  cpu: cpus()[0]?.model ?? null,
  cores: cpus().length,
  copies,
  sampleDocuments: sample.articles.length,
  sampleInputErrors: sample.errors,
  moduleLoadMs: loadMs,
  warmupMs: warmMs,
  stages: rows,
  ingest,
  notes: skippedNotes,
  peakRssMB: maxRssMB,
};
writeFileSync(OUT, JSON.stringify(results, null, 2) + '\n');
console.log(`\nwrote ${OUT}`);
