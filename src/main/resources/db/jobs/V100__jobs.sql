-- Bulk import jobs, in their own database file (<dataDir>/jobs.db).
CREATE TABLE jobs (
  id        TEXT PRIMARY KEY,
  name      TEXT NOT NULL,
  state     TEXT NOT NULL,          -- queued|running|done|cancelled|failed
  dry_run   INTEGER NOT NULL,
  created   TEXT NOT NULL,          -- ISO-8601 instants
  started   TEXT,
  finished  TEXT
);

CREATE TABLE job_files (
  job_id         TEXT NOT NULL REFERENCES jobs (id),
  seq            INTEGER NOT NULL,
  display_name   TEXT NOT NULL,     -- the name as sent (path inside the archive)
  stored_name    TEXT,              -- file under jobs/<id>/files/; null when rejected at intake
  bytes          INTEGER NOT NULL,
  sha256         TEXT,
  state          TEXT NOT NULL,     -- pending|done|failed
  error_code     TEXT,
  error_detail   TEXT,
  entry_id       TEXT,
  title          TEXT,
  words          INTEGER,
  flags          TEXT,              -- flag codes, comma-separated
  delivery_state TEXT,              -- queued|retrying|delivered|conflict|dead|skipped
  finished       TEXT,
  PRIMARY KEY (job_id, seq)
);

CREATE INDEX job_files_by_state ON job_files (job_id, state);

-- Entry JSON of done files, apart from job_files so progress queries never page through it.
CREATE TABLE job_entries (
  job_id TEXT NOT NULL,
  seq    INTEGER NOT NULL,
  entry  TEXT NOT NULL,
  PRIMARY KEY (job_id, seq)
);
