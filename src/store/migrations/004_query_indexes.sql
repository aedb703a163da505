-- Indexes the API's read queries rely on: events sorted by date, covering pair and country
-- lookups, documents by date and by current version. (Names keep the q_ prefix they had when the
-- server created them itself, so stores made then are left as they are.)
CREATE INDEX IF NOT EXISTS q_events_sort_date ON events(sort_date, id);
CREATE INDEX IF NOT EXISTS q_event_pairs_ab_event ON event_pairs(a, b, event_id);
CREATE INDEX IF NOT EXISTS q_event_participants_code_event ON event_participants(code, event_id);
CREATE INDEX IF NOT EXISTS q_documents_published_id ON documents(published, id);
CREATE INDEX IF NOT EXISTS q_documents_current ON documents(current, published, id);
