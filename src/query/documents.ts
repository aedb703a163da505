// Documents: paged list, full-text search with highlighted snippets, one document with its facts.
import { stmt, Where, type Db, type Page, type Paged } from './sql.ts';
import { cached } from './cache.ts';
import { listEvents, untilBound, type EventRow } from './events.ts';
import { listArms, listAgreements, listFigures, listPeople, type ArmsRow, type AgreementRow, type FigureRow, type PersonRow } from './facts.ts';

export interface DocumentFilter { readonly country?: string; readonly since?: string; readonly until?: string; readonly outlet?: string }

export interface DocumentSummary {
  id: number; doc_key: string; title: string | null; outlet: string | null; published: string | null;
  url: string | null; source: string; countries: string[]; events: number;
}

const SUMMARY = `SELECT d.id, d.doc_key, d.title, d.outlet, d.published, d.url, d.source,
  (SELECT group_concat(code) FROM (SELECT code FROM document_countries c WHERE c.document_id = d.id ORDER BY code)) AS countries,
  (SELECT count(*) FROM events e WHERE e.document_id = d.id) AS events
  FROM documents d`;

const toSummary = (r: any): DocumentSummary => ({
  id: r.id, doc_key: r.doc_key, title: r.title ?? null, outlet: r.outlet ?? null, published: r.published ?? null,
  url: r.url ?? null, source: r.source, countries: r.countries ? String(r.countries).split(',') : [], events: r.events,
});

export function listDocuments(db: Db, f: DocumentFilter, page: Page): Paged<DocumentSummary> {
  const w = new Where().add('d.current = 1');
  if (f.country) w.add('d.id IN (SELECT document_id FROM document_countries WHERE code = ?)', f.country);
  if (f.since) w.add('d.published >= ?', f.since);
  if (f.until) w.add('d.published <= ?', untilBound(f.until));
  if (f.outlet) w.add('d.outlet = ?', f.outlet);
  const total = cached(db, `documents:${JSON.stringify(f)}`, () => (stmt(db, `SELECT count(*) AS n FROM documents d ${w.sql}`).get(...w.params) as { n: number }).n);
  const rows = stmt(db, `${SUMMARY} ${w.sql} ORDER BY d.published DESC, d.id DESC LIMIT ? OFFSET ?`)
    .all(...w.params, page.limit, page.offset);
  return { total, limit: page.limit, offset: page.offset, items: rows.map(toSummary) };
}

/**
 * Words of a user query as an FTS5 query of quoted terms (all must match; a trailing * keeps
 * prefix search), so no user input is ever read as FTS5 syntax.
 */
export function ftsQuery(q: string): string | null {
  const terms = q.match(/[\p{L}\p{N}][\p{L}\p{N}'’\-.]*\*?/gu) ?? [];
  const parts = terms.slice(0, 20).map((t) => {
    const prefix = t.endsWith('*');
    const word = (prefix ? t.slice(0, -1) : t).replace(/"/g, '');
    return `"${word}"${prefix ? '*' : ''}`;
  });
  return parts.length ? parts.join(' ') : null;
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const OPEN = '\u0002', CLOSE = '\u0003';

/** The snippet as safe HTML: the text escaped, the matches wrapped in <mark>. */
export const snippetHtml = (s: string): string =>
  escapeHtml(s).split(OPEN).join('<mark>').split(CLOSE).join('</mark>');

export interface SearchHit extends DocumentSummary { snippet: string; snippet_html: string; title_html: string | null }

export function searchDocuments(db: Db, q: string, page: Page): Paged<SearchHit> & { query: string } {
  const fts = ftsQuery(q);
  if (!fts) return { query: q, total: 0, limit: page.limit, offset: page.offset, items: [] };
  const total = cached(db, `search:${fts}`, () => (stmt(db, 'SELECT count(*) AS n FROM documents_fts WHERE documents_fts MATCH ? AND rowid NOT IN (SELECT id FROM documents WHERE current = 0)').get(fts) as { n: number }).n);
  const hits = stmt(db, `SELECT rowid AS id, snippet(documents_fts, 1, '${OPEN}', '${CLOSE}', '…', 24) AS snip,
      highlight(documents_fts, 0, '${OPEN}', '${CLOSE}') AS tsnip
    FROM documents_fts WHERE documents_fts MATCH ? AND rowid NOT IN (SELECT id FROM documents WHERE current = 0) ORDER BY bm25(documents_fts) LIMIT ? OFFSET ?`).all(fts, page.limit, page.offset) as any[];
  const summaries = new Map<number, DocumentSummary>();
  if (hits.length) {
    for (const r of stmt(db, `${SUMMARY} WHERE d.id IN (${hits.map(() => '?').join(', ')})`).all(...hits.map((h) => h.id))) {
      const s = toSummary(r);
      summaries.set(s.id, s);
    }
  }
  const items = hits.filter((h) => summaries.has(h.id)).map((h) => ({
    ...summaries.get(h.id)!,
    snippet: String(h.snip ?? '').split(OPEN).join('').split(CLOSE).join(''),
    snippet_html: snippetHtml(String(h.snip ?? '')),
    title_html: h.tsnip ? snippetHtml(String(h.tsnip)) : null,
  }));
  return { query: q, total, limit: page.limit, offset: page.offset, items };
}

export interface DocumentFull extends DocumentSummary {
  text: string; byline: string | null; dateline: string | null; version: number; ingested_at: string;
  facts: { events: EventRow[]; figures: FigureRow[]; arms: ArmsRow[]; agreements: AgreementRow[]; people: PersonRow[] };
}

const ALL = { limit: 100000, offset: 0 };

export function getDocument(db: Db, id: number): DocumentFull | null {
  const r = stmt(db, 'SELECT text, byline, dateline, version, ingested_at FROM documents WHERE id = ?').get(id) as any;
  if (!r) return null;
  const summary = stmt(db, `${SUMMARY} WHERE d.id = ?`).get(id);
  return {
    ...toSummary(summary), text: r.text, byline: r.byline ?? null, dateline: r.dateline ?? null, version: r.version, ingested_at: r.ingested_at,
    facts: {
      events: listEvents(db, { document: id }, ALL).items.sort((x, y) => x.evidence.start - y.evidence.start || x.id - y.id),
      figures: listFigures(db, { document: id }, ALL).items,
      arms: listArms(db, { document: id }, ALL).items,
      agreements: listAgreements(db, { document: id }, ALL).items,
      people: listPeople(db, { document: id }, ALL).items,
    },
  };
}
