-- dyad store, version 2: what `dyad reprocess` needs to rebuild a Document from its row, and which
-- version of a URL is the current one. Adds columns only; nothing in 001 is renamed or removed.
ALTER TABLE documents ADD COLUMN sentence_mode INTEGER NOT NULL DEFAULT 0;
-- offsetMap (text index -> raw index) kept compactly: JSON [[textIndex, rawIndex], ...] at every
-- place where the map does not simply step by one; NULL means the identity map.
ALTER TABLE documents ADD COLUMN offset_runs TEXT;
-- 1 for the latest version of a URL (and for documents without URL); 0 once a newer one is stored
ALTER TABLE documents ADD COLUMN current INTEGER NOT NULL DEFAULT 1;
ALTER TABLE events ADD COLUMN trigger_text TEXT;
ALTER TABLE mentions ADD COLUMN sentence INTEGER;
ALTER TABLE mentions ADD COLUMN via TEXT;
ALTER TABLE mentions ADD COLUMN name TEXT;

CREATE INDEX documents_key ON documents(doc_key);
CREATE INDEX documents_version ON documents(extractor_version);
CREATE INDEX ingest_log_hash ON ingest_log(content_hash);
CREATE INDEX figures_pair_date ON figures(pair, sort_date);
CREATE INDEX agreements_pair_date ON agreements(pair, sort_date);
CREATE INDEX people_doc_country ON people(document_id, country);
