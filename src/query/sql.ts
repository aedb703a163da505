// Small helpers for read queries: a WHERE builder that keeps user values in parameters,
// a per-connection statement cache, and the paged-result shape.
import type BetterSqlite3 from 'better-sqlite3';

export type Db = BetterSqlite3.Database;

export interface Page { readonly limit: number; readonly offset: number }
export interface Paged<T> { readonly total: number; readonly limit: number; readonly offset: number; readonly items: T[] }

/** Collects SQL conditions; every user value goes into `params`, never into the SQL text. */
export class Where {
  readonly parts: string[] = [];
  readonly params: unknown[] = [];
  add(sql: string, ...params: unknown[]): this {
    this.parts.push(sql);
    this.params.push(...params);
    return this;
  }
  get sql(): string {
    return this.parts.length ? 'WHERE ' + this.parts.join(' AND ') : '';
  }
}

const cache = new WeakMap<Db, Map<string, BetterSqlite3.Statement>>();

/** Prepare once per connection and SQL text (the SQL text never holds user values). */
export function stmt(db: Db, sql: string): BetterSqlite3.Statement {
  let m = cache.get(db);
  if (!m) { m = new Map(); cache.set(db, m); }
  let s = m.get(sql);
  if (!s) { s = db.prepare(sql); m.set(sql, s); }
  return s;
}

/** Facts of older versions of a document (same URL, changed text) do not count; B's report does the same. */
export const currentOnly = (alias: string): string => `${alias}.document_id NOT IN (SELECT id FROM documents WHERE current = 0)`;

export const parseJson = <T>(s: unknown, fallback: T): T => {
  if (typeof s !== 'string' || !s) return fallback;
  try { return JSON.parse(s) as T; } catch { return fallback; }
};

export const splitCodes = (s: unknown): string[] =>
  typeof s === 'string' && s ? [...new Set(s.split(','))].sort() : [];

/** 'RUS-AZE' -> ['AZE', 'RUS'] (event_pairs and the pair columns keep a < b). */
export function pairCodes(pair: string): [string, string] {
  const [x, y] = pair.toUpperCase().split('-') as [string, string];
  return x <= y ? [x, y] : [y, x];
}
