-- dyad store, version 3: readers skip superseded versions with
--   document_id NOT IN (SELECT id FROM documents WHERE current = 0)
-- which this small partial index answers without touching the (large) document rows.
CREATE INDEX documents_superseded ON documents(id) WHERE current = 0;
