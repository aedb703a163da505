-- dyad store, version 1. Offsets are UTF-16 code units into documents.text (never cut text in SQL).
CREATE TABLE documents (
  id            INTEGER PRIMARY KEY,
  doc_key       TEXT NOT NULL,            -- the article id (file base name or JSONL id)
  source        TEXT NOT NULL,            -- file path or URL it came from
  url           TEXT,
  content_hash  TEXT NOT NULL UNIQUE,     -- sha256 of the normalized text
  version       INTEGER NOT NULL DEFAULT 1, -- same URL with changed text: next version
  raw           TEXT NOT NULL,
  text          TEXT NOT NULL,
  title         TEXT,
  outlet        TEXT,
  byline        TEXT,
  dateline      TEXT,
  published     TEXT,                     -- YYYY-MM-DD or NULL
  ingested_at   TEXT NOT NULL,
  extractor_version TEXT NOT NULL
);
CREATE INDEX documents_url ON documents(url);
CREATE INDEX documents_published ON documents(published);

CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='id');
CREATE TRIGGER documents_ai AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts(rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER documents_ad AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;

CREATE TABLE mentions (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  type        TEXT NOT NULL,
  ref         TEXT,
  text        TEXT NOT NULL,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL
);
CREATE INDEX mentions_doc ON mentions(document_id);
CREATE INDEX mentions_ref ON mentions(type, ref);

-- the states acting in a document
CREATE TABLE document_countries (
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  code        TEXT NOT NULL,
  PRIMARY KEY (document_id, code)
);
CREATE INDEX document_countries_code ON document_countries(code);

CREATE TABLE events (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  type        TEXT NOT NULL,
  mode        TEXT,
  context     TEXT NOT NULL DEFAULT '[]', -- JSON array
  date        TEXT,                       -- YYYY-MM-DD | YYYY-MM | YYYY
  date_precision TEXT,
  sort_date   TEXT,                       -- event date, else the publication date (for time series)
  status      TEXT NOT NULL,
  historical  INTEGER NOT NULL DEFAULT 0,
  confidence  REAL,
  extractor   TEXT NOT NULL,
  extractor_version TEXT NOT NULL,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  evidence    TEXT NOT NULL,
  spans       TEXT NOT NULL DEFAULT '[]'  -- JSON array of {start,end,text}
);
CREATE INDEX events_doc ON events(document_id);
CREATE INDEX events_type_date ON events(type, sort_date);

-- actors and recipients of events; role 'actor' | 'recipient'
CREATE TABLE event_participants (
  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  role     TEXT NOT NULL,
  code     TEXT NOT NULL
);
CREATE INDEX event_participants_code ON event_participants(code, role);
CREATE INDEX event_participants_event ON event_participants(event_id);

-- one row per unordered pair of distinct participants (a < b), for pair queries
CREATE TABLE event_pairs (
  event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  a        TEXT NOT NULL,
  b        TEXT NOT NULL
);
CREATE INDEX event_pairs_ab ON event_pairs(a, b);
CREATE INDEX event_pairs_event ON event_pairs(event_id);

CREATE TABLE figures (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  metric      TEXT NOT NULL,
  value       REAL,
  unit        TEXT,
  period      TEXT,
  sort_date   TEXT,                       -- start of the period, else the publication date
  countries   TEXT NOT NULL DEFAULT '[]', -- JSON array
  pair        TEXT,                       -- 'AAA-BBB' (sorted) when the figure concerns two states
  from_code   TEXT,
  to_code     TEXT,
  status      TEXT NOT NULL,
  change_pct  REAL,
  equivalent  TEXT,                       -- JSON {value, unit} or NULL
  original    TEXT,
  extractor   TEXT NOT NULL,
  extractor_version TEXT NOT NULL,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  evidence    TEXT NOT NULL
);
CREATE INDEX figures_doc ON figures(document_id);
CREATE INDEX figures_pair_metric ON figures(pair, metric, sort_date);

CREATE TABLE figure_countries (
  figure_id INTEGER NOT NULL REFERENCES figures(id) ON DELETE CASCADE,
  code      TEXT NOT NULL
);
CREATE INDEX figure_countries_code ON figure_countries(code);

CREATE TABLE agreements (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  name        TEXT NOT NULL,
  parties     TEXT NOT NULL DEFAULT '[]', -- JSON array
  pair        TEXT,
  date        TEXT,
  sort_date   TEXT,
  status      TEXT NOT NULL,
  extractor   TEXT NOT NULL,
  extractor_version TEXT NOT NULL,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  evidence    TEXT NOT NULL
);
CREATE INDEX agreements_doc ON agreements(document_id);
CREATE INDEX agreements_pair ON agreements(pair);

CREATE TABLE agreement_parties (
  agreement_id INTEGER NOT NULL REFERENCES agreements(id) ON DELETE CASCADE,
  code         TEXT NOT NULL
);
CREATE INDEX agreement_parties_code ON agreement_parties(code);

CREATE TABLE arms (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  system      TEXT NOT NULL,
  category    TEXT,
  supplier    TEXT,
  recipient   TEXT,
  pair        TEXT,
  status      TEXT NOT NULL,
  sort_date   TEXT,
  extractor   TEXT NOT NULL,
  extractor_version TEXT NOT NULL,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  evidence    TEXT NOT NULL
);
CREATE INDEX arms_doc ON arms(document_id);
CREATE INDEX arms_pair ON arms(pair);
CREATE INDEX arms_supplier ON arms(supplier);
CREATE INDEX arms_recipient ON arms(recipient);

CREATE TABLE people (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  name        TEXT NOT NULL,
  country     TEXT,
  role        TEXT,
  sector      TEXT,
  extractor   TEXT NOT NULL,
  extractor_version TEXT NOT NULL,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  evidence    TEXT NOT NULL
);
CREATE INDEX people_doc ON people(document_id);
CREATE INDEX people_country ON people(country);
CREATE INDEX people_name ON people(name);

-- ingest progress: a rerun skips inputs already committed
CREATE TABLE ingest_log (
  source       TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  document_id  INTEGER,
  status       TEXT NOT NULL,            -- added | duplicate | failed
  message      TEXT,
  at           TEXT NOT NULL
);
