// Indexes the read queries rely on beyond those of the migrations (sorting events by date,
// covering pair and country lookups). Created once when missing; a read-only store is left as is.
import type { Db } from './sql.ts';

const INDEXES = [
  'CREATE INDEX IF NOT EXISTS q_events_sort_date ON events(sort_date, id)',
  'CREATE INDEX IF NOT EXISTS q_event_pairs_ab_event ON event_pairs(a, b, event_id)',
  'CREATE INDEX IF NOT EXISTS q_event_participants_code_event ON event_participants(code, event_id)',
  'CREATE INDEX IF NOT EXISTS q_documents_published_id ON documents(published, id)',
  // current versions: the lists filter on it, and "older versions" is a small index range
  'CREATE INDEX IF NOT EXISTS q_documents_current ON documents(current, published, id)',
];

/** Returns false when the store cannot be written (the queries still work, more slowly). */
export function ensureQueryIndexes(db: Db): boolean {
  try {
    if (db.readonly) return false;
    db.transaction(() => { for (const sql of INDEXES) db.exec(sql); })();
    return true;
  } catch {
    return false;
  }
}
