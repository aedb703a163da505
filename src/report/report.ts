// Report data per pair of states, aggregated in SQL (the store may hold 100k documents).
// Only the current version of each document counts; user values always go in parameters.
import type { Db } from '../store/store.ts';

export interface ReportFilter {
  /** 'AZE-RUS' in either order */
  readonly pair?: string;
  /** every pair that includes this code */
  readonly country?: string;
  /** inclusive bounds on the fact's sort date (its date, period start or the publication date) */
  readonly since?: string;
  readonly until?: string;
  /** pairs shown when no --pair is given, most active first */
  readonly top?: number;
  /** lines per list (agreements, arms, people, evidenced events) */
  readonly limit?: number;
  /** fetch the evidence and article of each line */
  readonly evidence?: boolean;
}

export interface Source {
  readonly document_id: number;
  readonly doc_key: string;
  readonly title: string | null;
  readonly published: string | null;
  readonly url: string | null;
  readonly evidence: string;
}

export interface PairReport {
  readonly pair: string;
  readonly a: string;
  readonly b: string;
  readonly documents: number;
  readonly totals: { events: number; figures: number; agreements: number; arms: number };
  /** counts of occurred or announced events per year and type; year 'undated' when unknown */
  readonly eventsByYear: { year: string; counts: Record<string, number> }[];
  /** latest events with their evidence (only with `evidence`) */
  readonly latestEvents: { date: string | null; type: string; mode: string | null; status: string; actor: string[]; recipient: string[]; source: Source }[];
  readonly figures: { metric: string; status: string; value: number | null; unit: string | null; period: string | null; from: string | null; to: string | null; change_pct: number | null; reports: number; source?: Source }[];
  readonly agreements: { name: string; status: string; date: string | null; reports: number; source?: Source }[];
  readonly arms: { supplier: string | null; recipient: string | null; system: string; category: string | null; status: string; date: string | null; reports: number; source?: Source }[];
  readonly people: { name: string; country: string | null; role: string | null; documents: number; source?: Source }[];
}

export interface Report {
  readonly filter: { pair: string | null; country: string | null; since: string | null; until: string | null };
  readonly pairs: PairReport[];
}

/** 'RUS-AZE' -> ['AZE', 'RUS']; throws on anything else. */
export function parsePair(pair: string): [string, string] {
  const m = /^([A-Za-z]{3})-([A-Za-z]{3})$/.exec(pair.trim());
  if (!m) throw new Error(`a pair is two codes joined by '-', like AZE-RUS (got ${JSON.stringify(pair)})`);
  const x = m[1]!.toUpperCase(), y = m[2]!.toUpperCase();
  return x <= y ? [x, y] : [y, x];
}

/** Condition on a sort_date column for the since/until bounds ('until' covers the whole day/month/year). */
function dateCond(col: string, f: ReportFilter): { sql: string; params: string[] } {
  const parts: string[] = [];
  const params: string[] = [];
  if (f.since) { parts.push(`${col} >= ?`); params.push(f.since); }
  if (f.until) { parts.push(`${col} <= ?`); params.push(f.until + '\uffff'); }
  return { sql: parts.map((p) => ` AND ${p}`).join(''), params };
}

/** Facts of superseded document versions stay out; answered by the partial index documents_superseded. */
const isCurrent = (alias: string) => `${alias}.document_id NOT IN (SELECT id FROM documents WHERE current = 0)`;

/** Article of a shown line: a point lookup per line, so aggregates never read the (large) document rows. */
function sourceLookup(db: Db): (r: { document_id: number; evidence: string }) => Source {
  const st = db.prepare('SELECT doc_key, title, published, url FROM documents WHERE id = ?');
  return (r) => {
    const d = st.get(r.document_id) as { doc_key: string; title: string | null; published: string | null; url: string | null };
    return { document_id: r.document_id, doc_key: d.doc_key, title: d.title, published: d.published, url: d.url, evidence: r.evidence };
  };
}

/** The pairs to report on, most facts first. */
function selectPairs(db: Db, f: ReportFilter): { a: string; b: string }[] {
  if (f.pair) { const [a, b] = parsePair(f.pair); return [{ a, b }]; }
  const ev = dateCond('e.sort_date', f), fi = dateCond('x.sort_date', f);
  const split = (t: string) => `substr(x.pair, 1, instr(x.pair, '-') - 1) AS a, substr(x.pair, instr(x.pair, '-') + 1) AS b FROM ${t} x WHERE x.pair IS NOT NULL AND ${isCurrent('x')}${fi.sql}`;
  const sql = `WITH facts(a, b) AS (
      SELECT p.a, p.b FROM event_pairs p JOIN events e ON e.id = p.event_id
        WHERE ${isCurrent('e')} AND e.status IN ('occurred', 'future')${ev.sql}
      UNION ALL SELECT ${split('figures')}
      UNION ALL SELECT ${split('agreements')}
      UNION ALL SELECT ${split('arms')})
    SELECT a, b, count(*) AS n FROM facts ${f.country ? 'WHERE a = ? OR b = ?' : ''}
    GROUP BY a, b ORDER BY n DESC, a, b LIMIT ?`;
  const country = f.country ? [f.country.toUpperCase(), f.country.toUpperCase()] : [];
  return db.prepare(sql).all(...ev.params, ...fi.params, ...fi.params, ...fi.params, ...country, f.top ?? 20) as { a: string; b: string }[];
}

export function buildReport(db: Db, f: ReportFilter): Report {
  return {
    filter: { pair: f.pair ? parsePair(f.pair).join('-') : null, country: f.country?.toUpperCase() ?? null, since: f.since ?? null, until: f.until ?? null },
    pairs: selectPairs(db, f).map(({ a, b }) => pairReport(db, a, b, f)),
  };
}

function pairReport(db: Db, a: string, b: string, f: ReportFilter): PairReport {
  const pair = `${a}-${b}`;
  const limit = f.limit ?? 10;
  const ev = dateCond('e.sort_date', f);
  const x = dateCond('x.sort_date', f);
  const EVENTS = `FROM events e JOIN event_pairs p ON p.event_id = e.id
    WHERE p.a = ? AND p.b = ? AND ${isCurrent('e')} AND e.status IN ('occurred', 'future')${ev.sql}`;
  const evParams = [a, b, ...ev.params];
  const onPair = (t: string) => `FROM ${t} x WHERE x.pair = ? AND ${isCurrent('x')}${x.sql}`;
  const toSource = sourceLookup(db);
  const xParams = [pair, ...x.params];

  const byYear = db.prepare(`SELECT coalesce(substr(e.sort_date, 1, 4), 'undated') AS year, e.type, count(*) AS n ${EVENTS}
    GROUP BY year, e.type ORDER BY year, n DESC, e.type`).all(...evParams) as { year: string; type: string; n: number }[];
  const eventsByYear: PairReport['eventsByYear'] = [];
  for (const r of byYear) {
    let y = eventsByYear.at(-1);
    if (!y || y.year !== r.year) { y = { year: r.year, counts: {} }; eventsByYear.push(y); }
    y.counts[r.type] = r.n;
  }

  const latestEvents = !f.evidence ? [] : (db.prepare(`SELECT e.date, e.sort_date, e.type, e.mode, e.status, e.evidence, e.document_id,
      (SELECT group_concat(code) FROM event_participants q WHERE q.event_id = e.id AND q.role = 'actor') AS actors,
      (SELECT group_concat(code) FROM event_participants q WHERE q.event_id = e.id AND q.role = 'recipient') AS recipients
      ${EVENTS} ORDER BY e.sort_date DESC, e.id DESC LIMIT ?`).all(...evParams, limit) as any[]).map((r) => ({
    date: r.date ?? r.sort_date ?? null, type: r.type, mode: r.mode, status: r.status,
    actor: r.actors ? String(r.actors).split(',') : [], recipient: r.recipients ? String(r.recipients).split(',') : [], source: toSource(r),
  }));

  // latest figure per metric, status and direction; the window keeps the aggregation in SQL
  const figures = (db.prepare(`SELECT * FROM (SELECT x.metric, x.status, x.value, x.unit, x.period, x.from_code, x.to_code, x.change_pct,
      x.evidence, x.document_id,
      row_number() OVER (PARTITION BY x.metric, x.status, x.from_code, x.to_code ORDER BY x.sort_date DESC, x.id DESC) AS rn,
      count(*) OVER (PARTITION BY x.metric, x.status, x.from_code, x.to_code) AS reports
      ${onPair('figures')}) WHERE rn = 1 ORDER BY metric, status LIMIT ?`).all(...xParams, limit) as any[]).map((r) => ({
    metric: r.metric, status: r.status, value: r.value, unit: r.unit, period: r.period, from: r.from_code, to: r.to_code,
    change_pct: r.change_pct, reports: r.reports, ...(f.evidence ? { source: toSource(r) } : {}),
  }));

  // one line per agreement name and status; bare columns come from the row holding max(sort_date)
  const agreements = (db.prepare(`SELECT x.name, x.status, x.date, max(coalesce(x.sort_date, '')) AS latest, count(*) AS reports, x.evidence, x.document_id
      ${onPair('agreements')} GROUP BY lower(x.name), x.status ORDER BY latest DESC, x.name LIMIT ?`).all(...xParams, limit) as any[]).map((r) => ({
    name: r.name, status: r.status, date: r.date ?? (r.latest || null), reports: r.reports, ...(f.evidence ? { source: toSource(r) } : {}),
  }));

  const arms = (db.prepare(`SELECT x.supplier, x.recipient, x.system, x.category, x.status, max(coalesce(x.sort_date, '')) AS latest,
      count(*) AS reports, x.evidence, x.document_id
      ${onPair('arms')} GROUP BY x.supplier, x.recipient, x.system, x.status ORDER BY latest DESC, x.system LIMIT ?`).all(...xParams, limit) as any[]).map((r) => ({
    supplier: r.supplier, recipient: r.recipient, system: r.system, category: r.category, status: r.status,
    date: r.latest || null, reports: r.reports, ...(f.evidence ? { source: toSource(r) } : {}),
  }));

  // documents holding any fact of the pair (in range), computed once; people of either state acting in them
  const docIds = (db.prepare(`SELECT e.document_id AS id ${EVENTS}
      UNION SELECT x.document_id ${onPair('figures')} UNION SELECT x.document_id ${onPair('agreements')}
      UNION SELECT x.document_id ${onPair('arms')}`).all(...evParams, ...xParams, ...xParams, ...xParams) as { id: number }[]).map((r) => r.id);
  const documents = docIds.length;
  const people = (db.prepare(`SELECT x.name, x.country, x.role, count(DISTINCT x.document_id) AS documents, max(x.id) AS latest,
      x.evidence, x.document_id
      FROM people x WHERE x.document_id IN (SELECT value FROM json_each(?)) AND x.country IN (?, ?)
      GROUP BY x.name, x.country ORDER BY documents DESC, x.name LIMIT ?`).all(JSON.stringify(docIds), a, b, limit) as any[]).map((r) => ({
    name: r.name, country: r.country, role: r.role, documents: r.documents, ...(f.evidence ? { source: toSource(r) } : {}),
  }));

  const count = (t: string) => (db.prepare(`SELECT count(*) AS n ${onPair(t)}`).get(...xParams) as { n: number }).n;
  const totals = {
    events: (db.prepare(`SELECT count(*) AS n ${EVENTS}`).get(...evParams) as { n: number }).n,
    figures: count('figures'), agreements: count('agreements'), arms: count('arms'),
  };
  return { pair, a, b, documents, totals, eventsByYear, latestEvents, figures, agreements, arms, people };
}
