// Pairs of states: event counts by type per month and a cooperation-conflict score per month,
// aggregated in SQL from event_pairs with the weights of data/plover-weights.json.
import { currentOnly, stmt, Where, pairCodes, type Db, type Page, type Paged } from './sql.ts';
import { weightsCte, weightExpr } from './weights.ts';
import { untilBound } from './events.ts';
import { cached } from './cache.ts';

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
  const w = new Where().add(`e.status IN (${st.map(() => '?').join(', ')})`, ...st).add(currentOnly('e'));
  if (f.since) w.add('e.sort_date >= ?', f.since);
  if (f.until) w.add('e.sort_date <= ?', untilBound(f.until));
  if (f.country) w.add('(p.a = ? OR p.b = ?)', f.country, f.country);
  return w;
}

const round = (x: number) => Math.round(x * 100) / 100;

/** CTEs: events of pairs counted by pair (and month) and type, each (type, mode) group weighted once. */
function weighted(w: Where, byMonth: boolean): { sql: string; params: unknown[] } {
  const cte = weightsCte();
  const month = byMonth ? 'month, ' : '';
  return {
    sql: `WITH ${cte.sql},
    agg AS (SELECT p.a, p.b, substr(e.sort_date, 1, 7) AS month, e.type, e.mode, count(*) AS n,
        min(e.sort_date) AS first, max(e.sort_date) AS last
      FROM event_pairs p JOIN events e ON e.id = p.event_id ${w.sql}
      GROUP BY p.a, p.b, ${month}e.type, e.mode),
    bytype AS (SELECT a, b, ${month}type, sum(n) AS n, sum(n * ${weightExpr('agg')}) AS s,
        min(first) AS first, max(last) AS last
      FROM agg GROUP BY a, b, ${month}type)`,
    params: [...cte.params, ...w.params],
  };
}

export function listPairs(db: Db, f: PairFilter, page: Page, monthly = true): Paged<PairRow> {
  return cached(db, `pairs:${JSON.stringify([f, page, monthly])}`, () => {
    const q = weighted(pairWhere(f), false);
    const rows = stmt(db, `${q.sql}
      SELECT a, b, sum(n) AS events, sum(s) * 1.0 / sum(n) AS score, min(first) AS first, max(last) AS last,
        json_group_object(type, n) AS types, count(*) OVER () AS total
      FROM bytype GROUP BY a, b ORDER BY events DESC, a, b LIMIT ? OFFSET ?`).all(...q.params, page.limit, page.offset) as any[];
    const total = rows.length ? rows[0].total as number
      : (stmt(db, `SELECT count(*) AS n FROM (SELECT 1 FROM event_pairs p JOIN events e ON e.id = p.event_id ${pairWhere(f).sql} GROUP BY p.a, p.b)`)
        .get(...pairWhere(f).params) as { n: number }).n;
    const items: PairRow[] = rows.map((r) => ({
      pair: `${r.a}-${r.b}`, a: r.a, b: r.b, events: r.events, score: round(r.score ?? 0),
      types: sortedTypes(JSON.parse(r.types)), first: r.first ?? null, last: r.last ?? null,
    }));
    if (monthly && items.length) fillMonths(db, f, items);
    return { total, limit: page.limit, offset: page.offset, items };
  });
}

const sortedTypes = (t: Record<string, number>) => Object.fromEntries(Object.entries(t).sort(([x], [y]) => x.localeCompare(y)));

/** Monthly rows (counts by type, mean weight) for the pairs of one page, in one grouped query. */
function fillMonths(db: Db, f: PairFilter, items: PairRow[]): void {
  const w = pairWhere(f);
  w.add(`(${items.map(() => '(p.a = ? AND p.b = ?)').join(' OR ')})`, ...items.flatMap((i) => [i.a, i.b]));
  const q = weighted(w, true);
  const rows = stmt(db, `${q.sql} SELECT a, b, month, type, n, s FROM bytype ORDER BY a, b, month IS NOT NULL, month, type`).all(...q.params) as any[];
  const byPair = new Map(items.map((i) => [i.pair, new Map<string, MonthRow & { sum: number }>()]));
  for (const r of rows) {
    const months = byPair.get(`${r.a}-${r.b}`)!;
    const key = r.month ?? 'undated';
    let m = months.get(key);
    if (!m) { m = { month: key, events: 0, score: 0, sum: 0, types: {} }; months.set(key, m); }
    m.events += r.n; m.sum += r.s; m.types[r.type] = r.n;
  }
  for (const item of items) {
    item.months = [...byPair.get(item.pair)!.values()].map(({ sum, ...m }) => ({ ...m, score: round(sum / m.events) }));
  }
}

/** One pair with its monthly rows, or null when the store knows nothing about it. */
export function getPair(db: Db, pair: string, f: PairFilter): (PairRow & { counts: Record<string, number> }) | null {
  return cached(db, `pair:${JSON.stringify([pair, f])}`, () => pairNow(db, pair, f));
}

function pairNow(db: Db, pair: string, f: PairFilter): (PairRow & { counts: Record<string, number> }) | null {
  const [a, b] = pairCodes(pair);
  const counts = stmt(db, `SELECT
      (SELECT count(*) FROM event_pairs WHERE a = ? AND b = ?) AS events_all,
      (SELECT count(*) FROM figures WHERE pair = ?) AS figures,
      (SELECT count(*) FROM agreements WHERE pair = ?) AS agreements,
      (SELECT count(*) FROM arms WHERE pair = ?) AS arms`).get(a, b, `${a}-${b}`, `${a}-${b}`, `${a}-${b}`) as Record<string, number>;
  if (!Object.values(counts).some((n) => n > 0)) return null;
  const q = weighted(pairWhere(f).add('p.a = ? AND p.b = ?', a, b), false);
  const r = stmt(db, `${q.sql}
    SELECT sum(n) AS events, sum(s) * 1.0 / sum(n) AS score, min(first) AS first, max(last) AS last, json_group_object(type, n) AS types
    FROM bytype`).get(...q.params) as any;
  const item: PairRow = {
    pair: `${a}-${b}`, a, b, events: r.events ?? 0, score: round(r.score ?? 0),
    types: r.events ? sortedTypes(JSON.parse(r.types)) : {}, first: r.first ?? null, last: r.last ?? null, months: [],
  };
  if (item.events) fillMonths(db, f, [item]);
  return { ...item, months: item.months ?? [], counts };
}
