// Events: filtered, paged lists and a streaming iterator for exports.
import { cached } from './cache.ts';
import { currentOnly, stmt, Where, parseJson, splitCodes, pairCodes, type Db, type Page, type Paged } from './sql.ts';

export interface EventFilter {
  readonly pair?: string;
  readonly country?: string;
  readonly type?: string;
  readonly context?: string;
  readonly status?: string;
  readonly since?: string;
  readonly until?: string;
  readonly document?: number;
}

export interface EventRow {
  id: number;
  document_id: number;
  type: string;
  mode: string | null;
  context: string[];
  date: string | null;
  date_precision: string | null;
  sort_date: string | null;
  status: string;
  historical: boolean;
  confidence: number | null;
  actor: string[];
  recipient: string[];
  evidence: { start: number; end: number; text: string };
  spans: { start: number; end: number; text: string }[];
  extractor: string;
  document: { title: string | null; published: string | null; outlet: string | null; url: string | null };
}

/** 'until' is inclusive: '2024-03' covers the whole month. */
export const untilBound = (d: string): string => d + '\uffff';

export function eventWhere(f: EventFilter): Where {
  const w = new Where();
  if (f.pair) { const [a, b] = pairCodes(f.pair); w.add('e.id IN (SELECT event_id FROM event_pairs WHERE a = ? AND b = ?)', a, b); }
  if (f.country) w.add('e.id IN (SELECT event_id FROM event_participants WHERE code = ?)', f.country);
  if (f.type) w.add('e.type = ?', f.type);
  if (f.status) w.add('e.status = ?', f.status);
  if (f.context) w.add('EXISTS (SELECT 1 FROM json_each(e.context) WHERE json_each.value = ?)', f.context);
  if (f.since) w.add('e.sort_date >= ?', f.since);
  if (f.until) w.add('e.sort_date <= ?', untilBound(f.until));
  if (f.document !== undefined) w.add('e.document_id = ?', f.document);
  else w.add(currentOnly('e'));
  return w;
}

const SELECT = `SELECT e.*,
  (SELECT group_concat(code) FROM event_participants p WHERE p.event_id = e.id AND p.role = 'actor') AS actors,
  (SELECT group_concat(code) FROM event_participants p WHERE p.event_id = e.id AND p.role = 'recipient') AS recipients,
  d.title AS doc_title, d.published AS doc_published, d.outlet AS doc_outlet, d.url AS doc_url
  FROM events e JOIN documents d ON d.id = e.document_id`;

export function toEvent(r: any): EventRow {
  return {
    id: r.id,
    document_id: r.document_id,
    type: r.type,
    mode: r.mode ?? null,
    context: parseJson<string[]>(r.context, []),
    date: r.date ?? null,
    date_precision: r.date_precision ?? null,
    sort_date: r.sort_date ?? null,
    status: r.status,
    historical: Boolean(r.historical),
    confidence: r.confidence ?? null,
    actor: splitCodes(r.actors),
    recipient: splitCodes(r.recipients),
    evidence: { start: r.start, end: r.end, text: r.evidence },
    spans: parseJson(r.spans, []),
    extractor: r.extractor,
    document: { title: r.doc_title ?? null, published: r.doc_published ?? null, outlet: r.doc_outlet ?? null, url: r.doc_url ?? null },
  };
}

export function listEvents(db: Db, f: EventFilter, page: Page): Paged<EventRow> {
  const w = eventWhere(f);
  const total = cached(db, `events:${JSON.stringify(f)}`, () => (stmt(db, `SELECT count(*) AS n FROM events e ${w.sql}`).get(...w.params) as { n: number }).n);
  const rows = stmt(db, `${SELECT} ${w.sql} ORDER BY e.sort_date DESC, e.id DESC LIMIT ? OFFSET ?`)
    .all(...w.params, page.limit, page.offset);
  return { total, limit: page.limit, offset: page.offset, items: rows.map(toEvent) };
}

/**
 * Every matching event in id order, fetched in chunks by id so the connection is never held
 * by an open cursor between chunks (other requests can run while an export streams).
 */
export function* iterateEvents(db: Db, f: EventFilter, chunk = 1000): Generator<EventRow> {
  const w = eventWhere(f).add('e.id > ?');
  const sql = `${SELECT} ${w.sql} ORDER BY e.id LIMIT ${Number(chunk) | 0}`;
  let last = 0;
  for (;;) {
    const rows = stmt(db, sql).all(...w.params, last) as any[];
    for (const r of rows) yield toEvent(r);
    if (rows.length < chunk) return;
    last = rows[rows.length - 1].id;
  }
}
