// Figures, arms transfers, agreements and people: filtered, paged lists.
import { currentOnly, stmt, Where, parseJson, pairCodes, type Db, type Page, type Paged } from './sql.ts';
import { untilBound } from './events.ts';

type Ev = { start: number; end: number; text: string };
const ev = (r: any): Ev => ({ start: r.start, end: r.end, text: r.evidence });
const docOf = (r: any) => ({ title: r.doc_title ?? null, published: r.doc_published ?? null });
const DOC_JOIN = 'JOIN documents d ON d.id = x.document_id';
const DOC_COLS = 'd.title AS doc_title, d.published AS doc_published';

function paged<T>(db: Db, table: string, w: Where, order: string, page: Page, map: (r: any) => T): Paged<T> {
  const total = (stmt(db, `SELECT count(*) AS n FROM ${table} x ${w.sql}`).get(...w.params) as { n: number }).n;
  const rows = stmt(db, `SELECT x.*, ${DOC_COLS} FROM ${table} x ${DOC_JOIN} ${w.sql} ORDER BY ${order} LIMIT ? OFFSET ?`)
    .all(...w.params, page.limit, page.offset);
  return { total, limit: page.limit, offset: page.offset, items: rows.map(map) };
}

function common(w: Where, f: { pair?: string; since?: string; until?: string; document?: number; status?: string }): Where {
  if (f.pair) w.add('x.pair = ?', pairCodes(f.pair).join('-'));
  if (f.since) w.add('x.sort_date >= ?', f.since);
  if (f.until) w.add('x.sort_date <= ?', untilBound(f.until));
  if (f.document !== undefined) w.add('x.document_id = ?', f.document);
  else w.add(currentOnly('x'));
  if (f.status) w.add('x.status = ?', f.status);
  return w;
}

// ------------------------------------------------------------------ figures
export interface FigureFilter { pair?: string; metric?: string; country?: string; status?: string; since?: string; until?: string; document?: number }
export interface FigureRow {
  id: number; document_id: number; metric: string; value: number | null; unit: string | null; period: string | null;
  sort_date: string | null; countries: string[]; pair: string | null; from: string | null; to: string | null; status: string;
  change_pct: number | null; equivalent: { value: number; unit: string } | null; original: string | null; extractor: string;
  evidence: Ev; document: { title: string | null; published: string | null };
}
export const toFigure = (r: any): FigureRow => ({
  id: r.id, document_id: r.document_id, metric: r.metric, value: r.value ?? null, unit: r.unit ?? null, period: r.period ?? null,
  sort_date: r.sort_date ?? null, countries: parseJson(r.countries, []), pair: r.pair ?? null, from: r.from_code ?? null,
  to: r.to_code ?? null, status: r.status, change_pct: r.change_pct ?? null, equivalent: parseJson(r.equivalent, null),
  original: r.original ?? null, extractor: r.extractor, evidence: ev(r), document: docOf(r),
});

export function figureWhere(f: FigureFilter): Where {
  const w = common(new Where(), f);
  if (f.metric) w.add('x.metric = ?', f.metric);
  if (f.country) w.add('x.id IN (SELECT figure_id FROM figure_countries WHERE code = ?)', f.country);
  return w;
}

export interface Series { pair: string | null; metric: string; unit: string | null; points: { period: string | null; sort_date: string | null; value: number | null; status: string; figure_id: number; document_id: number }[] }

export function listFigures(db: Db, f: FigureFilter, page: Page): Paged<FigureRow> & { series: Series[] } {
  const p = paged(db, 'figures', figureWhere(f), 'x.sort_date IS NULL, x.sort_date, x.id', page, toFigure);
  const series = new Map<string, Series>();
  for (const it of p.items) {
    const key = `${it.pair}|${it.metric}|${it.unit}`;
    let s = series.get(key);
    if (!s) { s = { pair: it.pair, metric: it.metric, unit: it.unit, points: [] }; series.set(key, s); }
    s.points.push({ period: it.period, sort_date: it.sort_date, value: it.value, status: it.status, figure_id: it.id, document_id: it.document_id });
  }
  return { ...p, series: [...series.values()] };
}

/** Every matching figure in id order, in chunks (see iterateEvents). */
export function* iterateFigures(db: Db, f: FigureFilter, chunk = 1000): Generator<FigureRow> {
  const w = figureWhere(f).add('x.id > ?');
  const sql = `SELECT x.*, ${DOC_COLS} FROM figures x ${DOC_JOIN} ${w.sql} ORDER BY x.id LIMIT ${Number(chunk) | 0}`;
  let last = 0;
  for (;;) {
    const rows = stmt(db, sql).all(...w.params, last) as any[];
    for (const r of rows) yield toFigure(r);
    if (rows.length < chunk) return;
    last = rows[rows.length - 1].id;
  }
}

// ------------------------------------------------------------------ arms
export interface ArmsFilter { pair?: string; country?: string; supplier?: string; recipient?: string; category?: string; status?: string; since?: string; until?: string; document?: number }
export interface ArmsRow {
  id: number; document_id: number; system: string; category: string | null; supplier: string | null; recipient: string | null;
  pair: string | null; status: string; sort_date: string | null; extractor: string; evidence: Ev; document: { title: string | null; published: string | null };
}
export function listArms(db: Db, f: ArmsFilter, page: Page): Paged<ArmsRow> {
  const w = common(new Where(), f);
  if (f.country) w.add('(x.supplier = ? OR x.recipient = ?)', f.country, f.country);
  if (f.supplier) w.add('x.supplier = ?', f.supplier);
  if (f.recipient) w.add('x.recipient = ?', f.recipient);
  if (f.category) w.add('x.category = ?', f.category);
  return paged(db, 'arms', w, 'x.sort_date DESC, x.id', page, (r) => ({
    id: r.id, document_id: r.document_id, system: r.system, category: r.category ?? null, supplier: r.supplier ?? null,
    recipient: r.recipient ?? null, pair: r.pair ?? null, status: r.status, sort_date: r.sort_date ?? null,
    extractor: r.extractor, evidence: ev(r), document: docOf(r),
  }));
}

// ------------------------------------------------------------------ agreements
export interface AgreementFilter { pair?: string; country?: string; status?: string; since?: string; until?: string; document?: number }
export interface AgreementRow {
  id: number; document_id: number; name: string; parties: string[]; pair: string | null; date: string | null;
  sort_date: string | null; status: string; extractor: string; evidence: Ev; document: { title: string | null; published: string | null };
}
export function listAgreements(db: Db, f: AgreementFilter, page: Page): Paged<AgreementRow> {
  const w = common(new Where(), f);
  if (f.country) w.add('x.id IN (SELECT agreement_id FROM agreement_parties WHERE code = ?)', f.country);
  return paged(db, 'agreements', w, 'x.sort_date DESC, x.id', page, (r) => ({
    id: r.id, document_id: r.document_id, name: r.name, parties: parseJson(r.parties, []), pair: r.pair ?? null,
    date: r.date ?? null, sort_date: r.sort_date ?? null, status: r.status, extractor: r.extractor, evidence: ev(r), document: docOf(r),
  }));
}

// ------------------------------------------------------------------ people
export interface PeopleFilter { pair?: string; country?: string; name?: string; document?: number }
export interface PersonRow {
  id: number; document_id: number; name: string; country: string | null; role: string | null; sector: string | null;
  extractor: string; evidence: Ev; document: { title: string | null; published: string | null };
}
function peopleWhere(f: PeopleFilter): Where {
  const w = new Where();
  if (f.pair) {
    const [a, b] = pairCodes(f.pair);
    w.add(`x.document_id IN (SELECT e.document_id FROM event_pairs ep JOIN events e ON e.id = ep.event_id WHERE ep.a = ? AND ep.b = ?)`, a, b);
    w.add('x.country IN (?, ?)', a, b);
  }
  if (f.country) w.add('x.country = ?', f.country);
  if (f.name) w.add('x.name = ?', f.name);
  if (f.document !== undefined) w.add('x.document_id = ?', f.document);
  else w.add(currentOnly('x'));
  return w;
}
/** Every mention of a person with its evidence (one document's people). */
export function listPeople(db: Db, f: PeopleFilter, page: Page): Paged<PersonRow> {
  return paged(db, 'people', peopleWhere(f), 'x.start, x.id', page, (r) => ({
    id: r.id, document_id: r.document_id, name: r.name, country: r.country ?? null, role: r.role ?? null,
    sector: r.sector ?? null, extractor: r.extractor, evidence: ev(r), document: docOf(r),
  }));
}

export interface PersonSummary { name: string; country: string | null; roles: string[]; documents: number; mentions: number; first_document: number; last_published: string | null }
/** People grouped by name and country, most documents first. */
export function summarizePeople(db: Db, f: PeopleFilter, page: Page): Paged<PersonSummary> {
  const w = peopleWhere(f);
  const total = (stmt(db, `SELECT count(*) AS n FROM (SELECT 1 FROM people x ${w.sql} GROUP BY x.name, x.country)`).get(...w.params) as { n: number }).n;
  const rows = stmt(db, `SELECT x.name, x.country, group_concat(DISTINCT x.role) AS roles, count(DISTINCT x.document_id) AS documents,
      count(*) AS mentions, min(x.document_id) AS first_document, max(d.published) AS last_published
    FROM people x ${DOC_JOIN} ${w.sql} GROUP BY x.name, x.country ORDER BY documents DESC, x.name LIMIT ? OFFSET ?`)
    .all(...w.params, page.limit, page.offset) as any[];
  return {
    total, limit: page.limit, offset: page.offset,
    items: rows.map((r) => ({ name: r.name, country: r.country ?? null, roles: r.roles ? String(r.roles).split(',').sort() : [], documents: r.documents, mentions: r.mentions, first_document: r.first_document, last_published: r.last_published ?? null })),
  };
}
