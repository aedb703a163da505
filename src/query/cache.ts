// Results of the heavy aggregate queries, kept until the database changes (PRAGMA data_version
// moves when another connection commits; total_changes() when this one writes).
import type { Db } from './sql.ts';

const MAX = 200;
const caches = new WeakMap<Db, { stamp: string; entries: Map<string, unknown> }>();

export function cached<T>(db: Db, key: string, compute: () => T): T {
  const stamp = `${db.pragma('data_version', { simple: true })}/${(db.prepare('SELECT total_changes() AS n').get() as { n: number }).n}`;
  let c = caches.get(db);
  if (!c || c.stamp !== stamp) { c = { stamp, entries: new Map() }; caches.set(db, c); }
  if (c.entries.has(key)) return c.entries.get(key) as T;
  const value = compute();
  if (c.entries.size >= MAX) c.entries.delete(c.entries.keys().next().value as string);
  c.entries.set(key, value);
  return value;
}
