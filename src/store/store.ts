// The SQLite store: documents, mentions and every fact kind with its evidence span.
//
// Every statement is parameterized. Offsets are UTF-16 code units into documents.text; text is
// never cut in SQL (substr counts characters, not UTF-16 units).
import Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import {
  provenanceErrors,
  type AgreementFact, type ArmsFact, type Document, type EventFact, type Extraction, type Fact,
  type FigureFact, type Mention, type PersonFact,
} from '../core/types.ts';
import { contentHash, decodeOffsets, encodeOffsets, eventPairs, pairOf, periodStart, sortableDate } from './rows.ts';

export type Db = Database.Database;

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

/** A fact (or mention) whose evidence does not slice to its text: the store refuses the document. */
export class ProvenanceError extends Error {
  constructor(readonly problems: readonly string[], docId: string) {
    super(`${docId}: ${problems.length} span(s) do not slice to their text: ${problems.slice(0, 3).join('; ')}`);
    this.name = 'ProvenanceError';
  }
}

export interface SaveInput {
  readonly doc: Document;
  readonly mentions: readonly Mention[];
  readonly extraction: Extraction;
}

export interface SaveOptions {
  /** extractorVersion() of the pipeline that produced the facts */
  readonly extractorVersion: string;
  /** sha256 of doc.text when the caller already computed it */
  readonly hash?: string;
  /** ISO timestamp recorded as ingested_at (tests pass a fixed one) */
  readonly now?: string;
}

export type SaveResult =
  | { readonly status: 'added'; readonly id: number; readonly version: number }
  | { readonly status: 'duplicate'; readonly id: number; readonly version: number };

export interface DocumentRow {
  id: number; doc_key: string; source: string; url: string | null; content_hash: string; version: number;
  raw: string; text: string; title: string | null; outlet: string | null; byline: string | null;
  dateline: string | null; published: string | null; ingested_at: string; extractor_version: string;
  sentence_mode: number; offset_runs: string | null; current: number;
}

/** Problems with the spans of the facts and mentions of one document (empty when all slice). */
export function spanProblems(doc: { readonly text: string }, input: { mentions: readonly Mention[]; facts: readonly Fact[] }): string[] {
  const errs: string[] = [];
  for (const m of input.mentions) {
    if (!(m.start >= 0 && m.end >= m.start && m.end <= doc.text.length) || doc.text.slice(m.start, m.end) !== m.text) {
      errs.push(`mention ${m.type}: span [${m.start}, ${m.end}) does not slice to ${JSON.stringify(m.text)}`);
    }
  }
  for (const f of input.facts) errs.push(...provenanceErrors(doc, f));
  return errs;
}

/** Rebuilds the Document of a stored row (for reprocessing): the stored normalized text is kept as is. */
export function documentFromRow(r: DocumentRow): Document {
  return {
    id: r.doc_key, source: r.source, url: r.url, raw: r.raw, text: r.text,
    offsetMap: decodeOffsets(r.offset_runs, r.text.length),
    title: r.title, outlet: r.outlet, byline: r.byline, dateline: r.dateline, published: r.published,
    sentenceMode: r.sentence_mode === 1,
  };
}

const FACT_TABLES = ['events', 'figures', 'agreements', 'arms', 'people'] as const;

/** One SQLite database holding the record. */
export class Store {
  readonly db: Db;
  private readonly cache = new Map<string, Database.Statement>();

  /** Opens (creating if needed) the database at `path` (':memory:' for a scratch store) and migrates it. */
  constructor(path: string, opts: { readonly?: boolean } = {}) {
    this.db = new Database(path, opts.readonly ? { readonly: true, fileMustExist: true } : {});
    if (!opts.readonly && path !== ':memory:') this.db.pragma('journal_mode = WAL');
    this.db.pragma('foreign_keys = ON');
    this.db.pragma('busy_timeout = 5000');
    if (!opts.readonly) this.migrate();
  }

  static open(path: string, opts: { readonly?: boolean } = {}): Store {
    return new Store(path, opts);
  }

  /** Opens the store, or returns why it cannot be opened (missing directory, not a database...). */
  static tryOpen(path: string): Store | { readonly error: string } {
    try {
      return new Store(path);
    } catch (err) {
      return { error: (err as Error).message };
    }
  }

  close(): void {
    this.db.close();
  }

  /** Statement cache: SQL text never holds user values, so one statement per text. */
  private st(sql: string): Database.Statement {
    let s = this.cache.get(sql);
    if (!s) { s = this.db.prepare(sql); this.cache.set(sql, s); }
    return s;
  }

  /**
   * Applies the migrations/NNN_*.sql files not yet recorded in schema_migrations, in order, each in
   * its own transaction. Returns the versions applied now.
   */
  migrate(): number[] {
    this.db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    const done = new Set((this.db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version));
    const files = readdirSync(MIGRATIONS_DIR).filter((f) => /^\d{3}_.*\.sql$/.test(f)).sort();
    const applied: number[] = [];
    for (const file of files) {
      const version = Number(file.slice(0, 3));
      if (done.has(version)) continue;
      const sql = readFileSync(join(MIGRATIONS_DIR, file), 'utf8');
      this.db.transaction(() => {
        this.db.exec(sql);
        this.db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(version, file, new Date().toISOString());
        this.db.pragma(`user_version = ${version | 0}`);
      })();
      applied.push(version);
    }
    return applied;
  }

  /** Runs `fn` in one transaction (a savepoint when already inside one). */
  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  findByHash(hash: string): { id: number; version: number } | undefined {
    return this.st('SELECT id, version FROM documents WHERE content_hash = ?').get(hash) as { id: number; version: number } | undefined;
  }

  /**
   * Stores one processed document with its mentions and facts, atomically. The same normalized
   * text again is a duplicate (nothing written); the same URL with a different text becomes the
   * next version. Throws ProvenanceError (writing nothing) when any span does not slice to its text.
   */
  addDocument(input: SaveInput, opts: SaveOptions): SaveResult {
    const { doc } = input;
    const hash = opts.hash ?? contentHash(doc.text);
    const problems = spanProblems(doc, { mentions: input.mentions, facts: input.extraction.facts });
    if (problems.length) throw new ProvenanceError(problems, doc.id);
    return this.transaction(() => {
      const dup = this.findByHash(hash);
      if (dup) return { status: 'duplicate', id: dup.id, version: dup.version } as const;
      let version = 1;
      if (doc.url) {
        const prev = this.st('SELECT max(version) AS v FROM documents WHERE url = ?').get(doc.url) as { v: number | null };
        if (prev.v !== null) {
          version = prev.v + 1;
          this.st('UPDATE documents SET current = 0 WHERE url = ? AND current = 1').run(doc.url);
        }
      }
      const info = this.st(`INSERT INTO documents (doc_key, source, url, content_hash, version, raw, text, title, outlet,
          byline, dateline, published, ingested_at, extractor_version, sentence_mode, offset_runs, current)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)`).run(
        doc.id, doc.source, doc.url, hash, version, doc.raw, doc.text, doc.title, doc.outlet,
        doc.byline, doc.dateline, doc.published, opts.now ?? new Date().toISOString(), opts.extractorVersion,
        doc.sentenceMode ? 1 : 0, encodeOffsets(doc.offsetMap));
      const id = Number(info.lastInsertRowid);
      this.insertAnnotations(id, doc, input.mentions, input.extraction, opts.extractorVersion);
      return { status: 'added', id, version } as const;
    });
  }

  /**
   * Replaces the mentions, acting countries and facts of a stored document (reprocessing) and
   * records the extractor version. Throws ProvenanceError (changing nothing) on a bad span.
   */
  replaceFacts(documentId: number, input: SaveInput, extractorVersion: string): void {
    const problems = spanProblems(input.doc, { mentions: input.mentions, facts: input.extraction.facts });
    if (problems.length) throw new ProvenanceError(problems, input.doc.id);
    this.transaction(() => {
      this.deleteAnnotations(documentId);
      this.insertAnnotations(documentId, input.doc, input.mentions, input.extraction, extractorVersion);
      this.st('UPDATE documents SET extractor_version = ? WHERE id = ?').run(extractorVersion, documentId);
    });
  }

  getDocument(id: number): DocumentRow | undefined {
    return this.st('SELECT * FROM documents WHERE id = ?').get(id) as DocumentRow | undefined;
  }

  /** Ids of stored documents after `afterId`, in id order (optionally only those not at `notVersion`). */
  documentIds(afterId: number, limit: number, notVersion?: string): number[] {
    const rows = notVersion === undefined
      ? this.st('SELECT id FROM documents WHERE id > ? ORDER BY id LIMIT ?').all(afterId, limit)
      : this.st('SELECT id FROM documents WHERE id > ? AND extractor_version <> ? ORDER BY id LIMIT ?').all(afterId, notVersion, limit);
    return (rows as { id: number }[]).map((r) => r.id);
  }

  countDocuments(notVersion?: string): number {
    const r = notVersion === undefined
      ? this.st('SELECT count(*) AS n FROM documents').get()
      : this.st('SELECT count(*) AS n FROM documents WHERE extractor_version <> ?').get(notVersion);
    return (r as { n: number }).n;
  }

  /** Row counts of the main tables (for summaries and tests). */
  counts(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const t of ['documents', 'mentions', ...FACT_TABLES, 'event_participants', 'event_pairs', 'figure_countries', 'agreement_parties', 'ingest_log']) {
      out[t] = (this.st(`SELECT count(*) AS n FROM ${t}`).get() as { n: number }).n;
    }
    return out;
  }

  logIngest(source: string, hash: string | null, documentId: number | null, status: 'added' | 'duplicate' | 'failed', message: string | null, now?: string): void {
    this.st('INSERT INTO ingest_log (source, content_hash, document_id, status, message, at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(source, hash ?? '', documentId, status, message, now ?? new Date().toISOString());
  }

  private deleteAnnotations(documentId: number): void {
    // helper tables (participants, pairs, countries, parties) go with their facts (ON DELETE CASCADE)
    for (const t of [...FACT_TABLES, 'mentions', 'document_countries']) {
      this.st(`DELETE FROM ${t} WHERE document_id = ?`).run(documentId);
    }
  }

  private insertAnnotations(id: number, doc: Document, mentions: readonly Mention[], ex: Extraction, version: string): void {
    const mention = this.st('INSERT INTO mentions (document_id, type, ref, text, start, end, sentence, via, name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    for (const m of mentions) mention.run(id, m.type, m.ref ?? null, m.text, m.start, m.end, m.sentence, m.via ?? null, m.name ?? null);
    const country = this.st('INSERT OR IGNORE INTO document_countries (document_id, code) VALUES (?, ?)');
    for (const c of ex.countries) country.run(id, c);
    for (const f of ex.facts) this.insertFact(id, doc, f, version);
  }

  private insertFact(id: number, doc: Document, f: Fact, version: string): void {
    switch (f.kind) {
      case 'event': return this.insertEvent(id, doc, f, version);
      case 'figure': return this.insertFigure(id, doc, f, version);
      case 'agreement': return this.insertAgreement(id, doc, f, version);
      case 'arms': return this.insertArms(id, doc, f, version);
      case 'person': return this.insertPerson(id, f, version);
    }
  }

  private insertEvent(id: number, doc: Document, f: EventFact, version: string): void {
    const info = this.st(`INSERT INTO events (document_id, type, mode, context, date, date_precision, sort_date, status,
        historical, confidence, extractor, extractor_version, start, end, evidence, spans, trigger_text)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
      id, f.type, f.mode, JSON.stringify(f.context ?? []), f.date, f.date_precision ?? null,
      sortableDate(f.date) ?? doc.published, f.status, f.historical ? 1 : 0, f.confidence ?? null,
      f.extractor ?? 'unknown', version, f.evidence.start, f.evidence.end, f.evidence.text,
      JSON.stringify(f.spans ?? []), f.trigger ?? null);
    const eventId = Number(info.lastInsertRowid);
    const part = this.st('INSERT INTO event_participants (event_id, role, code) VALUES (?, ?, ?)');
    for (const c of new Set(f.actor)) part.run(eventId, 'actor', c);
    for (const c of new Set(f.recipient)) part.run(eventId, 'recipient', c);
    const pair = this.st('INSERT INTO event_pairs (event_id, a, b) VALUES (?, ?, ?)');
    for (const [a, b] of eventPairs(f.actor, f.recipient)) pair.run(eventId, a, b);
  }

  private insertFigure(id: number, doc: Document, f: FigureFact, version: string): void {
    const codes = [...new Set([...f.countries, ...(f.from ? [f.from] : []), ...(f.to ? [f.to] : [])])];
    const info = this.st(`INSERT INTO figures (document_id, metric, value, unit, period, sort_date, countries, pair,
        from_code, to_code, status, change_pct, equivalent, original, extractor, extractor_version, start, end, evidence)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
      id, f.metric, f.value, f.unit, f.period, periodStart(f.period) ?? doc.published, JSON.stringify(f.countries),
      pairOf(codes), f.from, f.to, f.status, f.change_pct, f.equivalent ? JSON.stringify(f.equivalent) : null,
      f.text ?? null, f.extractor ?? 'unknown', version, f.evidence.start, f.evidence.end, f.evidence.text);
    const figureId = Number(info.lastInsertRowid);
    const fc = this.st('INSERT INTO figure_countries (figure_id, code) VALUES (?, ?)');
    for (const c of codes) fc.run(figureId, c);
  }

  private insertAgreement(id: number, doc: Document, f: AgreementFact, version: string): void {
    const info = this.st(`INSERT INTO agreements (document_id, name, parties, pair, date, sort_date, status, extractor,
        extractor_version, start, end, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
      id, f.name, JSON.stringify(f.parties), pairOf(f.parties), f.date, sortableDate(f.date) ?? doc.published,
      f.status, f.extractor ?? 'unknown', version, f.evidence.start, f.evidence.end, f.evidence.text);
    const agreementId = Number(info.lastInsertRowid);
    const ap = this.st('INSERT INTO agreement_parties (agreement_id, code) VALUES (?, ?)');
    for (const c of new Set(f.parties)) ap.run(agreementId, c);
  }

  private insertArms(id: number, doc: Document, f: ArmsFact, version: string): void {
    this.st(`INSERT INTO arms (document_id, system, category, supplier, recipient, pair, status, sort_date, extractor,
        extractor_version, start, end, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
      id, f.system, f.category, f.supplier, f.recipient, pairOf([f.supplier, f.recipient]), f.status, doc.published,
      f.extractor ?? 'unknown', version, f.evidence.start, f.evidence.end, f.evidence.text);
  }

  private insertPerson(id: number, f: PersonFact, version: string): void {
    this.st(`INSERT INTO people (document_id, name, country, role, sector, extractor, extractor_version, start, end, evidence)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
      id, f.name, f.country, f.role, f.sector ?? null, f.extractor ?? 'unknown', version,
      f.evidence.start, f.evidence.end, f.evidence.text);
  }
}
