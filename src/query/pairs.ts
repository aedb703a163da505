// Pairs of states: event counts by type per month and a cooperation-conflict score per month,
// aggregated in SQL from event_pairs with the weights of data/plover-weights.json.
import { stmt, Where, pairCodes, type Db, type Page, type Paged } from './sql.ts';
import { weightsCte, WEIGHT_EXPR } from './weights.ts';
import { untilBound } from './events.ts';

export interface PairFilter {
  readonly since?: string;
  readonly until?: string;
  readonly country?: string;
  /** event statuses counted; by default what was reported as happening or planned */
  readonly statuses?: readonly string[];
}

export interface MonthRow { month: string; events: number; score: number; types: Record<string, number> }
export interface PairRow {
  pair: string; a: string; b: string;
  events: number;
  /** mean weight of the pair's events, -10 (conflict) .. +10 (cooperation) */
  score: number;
  types: Record<string, number>;
  first: string | null; last: string | null;
  months?: MonthRow[];
}

const DEFAULT_STATUSES = ['occurred', 'future'];

function pairWhere(f: PairFilter): Where {
  const st = f.statuses?.length ? f.statuses : DEFAULT_STATUSES;
  const w = new Where().add(`e.status IN (${st.map(() => '?').join(', ')})`, ...st);
  if (f.since) w.add('e.sort_date >= ?', f.since);
  if (f.until) w.add('e.sort_date <= ?', untilBound(f.until));
  if (f.country) w.add('(p.a = ? OR p.b = ?)', f.country, f.country);
  return w;
}

const round = (x: number) => Math.round(x * 100) / 100;

export function listPairs(db: Db, f: PairFilter, page: Page, monthly = true): Paged<PairRow> {
  const w = pairWhere(f);
  const cte = weightsCte();
  const from = `FROM event_pairs p JOIN events e ON e.id = p.event_id ${w.sql}`;
  const total = (stmt(db, `SELECT count(*) AS n FROM (SELECT 1 ${from} GROUP BY p.a, p.b)`).get(...w.params) as { n: number }).n;
  const rows = stmt(db, `WITH ${cte.sql}
    SELECT p.a, p.b, count(*) AS events, avg(${WEIGHT_EXPR}) AS score, min(e.sort_date) AS first, max(e.sort_date) AS last
    ${from} GROUP BY p.a, p.b ORDER BY events DESC, p.a, p.b LIMIT ? OFFSET ?`)
    .all(...cte.params, ...w.params, page.limit, page.offset) as any[];
  const items: PairRow[] = rows.map((r) => ({
    pair: `${r.a}-${r.b}`, a: r.a, b: r.b, events: r.events, score: round(r.score ?? 0),
    types: {}, first: r.first ?? null, last: r.last ?? null,
  }));
  if (items.length) fillTypes(db, f, items, monthly);
  return { total, limit: page.limit, offset: page.offset, items };
}

/** Type counts (and monthly rows) for the pairs of one page, in one grouped query. */
function fillTypes(db: Db, f: PairFilter, items: PairRow[], monthly: boolean): void {
  const w = pairWhere(f);
  w.add(`(${items.map(() => '(p.a = ? AND p.b = ?)').join(' OR ')})`, ...items.flatMap((i) => [i.a, i.b]));
  const cte = weightsCte();
  const rows = stmt(db, `WITH ${cte.sql}
    SELECT p.a, p.b, substr(e.sort_date, 1, 7) AS month, e.type, count(*) AS n, sum(${WEIGHT_EXPR}) AS s
    FROM event_pairs p JOIN events e ON e.id = p.event_id ${w.sql}
    GROUP BY p.a, p.b, month, e.type ORDER BY month`).all(...cte.params, ...w.params) as any[];
  const byPair = new Map(items.map((i) => [i.pair, { item: i, months: new Map<string, MonthRow & { sum: number }>() }]));
  for (const r of rows) {
    const slot = byPair.get(`${r.a}-${r.b}`)!;
    slot.item.types[r.type] = (slot.item.types[r.type] ?? 0) + r.n;
    if (!monthly) continue;
    const key = r.month ?? 'undated';
    let m = slot.months.get(key);
    if (!m) { m = { month: key, events: 0, score: 0, sum: 0, types: {} }; slot.months.set(key, m); }
    m.events += r.n; m.sum += r.s; m.types[r.type] = r.n;
  }
  if (!monthly) return;
  for (const { item, months } of byPair.values()) {
    item.months = [...months.values()].map(({ sum, ...m }) => ({ ...m, score: round(sum / m.events) }));
  }
}

/** One pair with its monthly rows, or null when the store knows nothing about it. */
export function getPair(db: Db, pair: string, f: PairFilter): (PairRow & { counts: Record<string, number> }) | null {
  const [a, b] = pairCodes(pair);
  const counts = stmt(db, `SELECT
      (SELECT count(*) FROM event_pairs WHERE a = ? AND b = ?) AS events_all,
      (SELECT count(*) FROM figures WHERE pair = ?) AS figures,
      (SELECT count(*) FROM agreements WHERE pair = ?) AS agreements,
      (SELECT count(*) FROM arms WHERE pair = ?) AS arms`).get(a, b, `${a}-${b}`, `${a}-${b}`, `${a}-${b}`) as Record<string, number>;
  if (!Object.values(counts).some((n) => n > 0)) return null;
  const w = pairWhere(f).add('p.a = ? AND p.b = ?', a, b);
  const cte = weightsCte();
  const r = stmt(db, `WITH ${cte.sql}
    SELECT count(*) AS events, avg(${WEIGHT_EXPR}) AS score, min(e.sort_date) AS first, max(e.sort_date) AS last
    FROM event_pairs p JOIN events e ON e.id = p.event_id ${w.sql}`).get(...cte.params, ...w.params) as any;
  const item: PairRow = { pair: `${a}-${b}`, a, b, events: r.events, score: round(r.score ?? 0), types: {}, first: r.first ?? null, last: r.last ?? null };
  fillTypes(db, f, [item], true);
  return { ...item, months: item.months ?? [], counts };
}
