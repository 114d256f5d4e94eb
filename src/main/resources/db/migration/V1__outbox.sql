-- The delivery outbox: an entry and its outbox row are written in one transaction.
-- Times are epoch milliseconds (UTC) so the relay compares integers.

CREATE TABLE entries (
  id      TEXT PRIMARY KEY,
  json    TEXT NOT NULL,
  updated INTEGER NOT NULL
);

CREATE TABLE outbox (
  entry_id     TEXT PRIMARY KEY REFERENCES entries (id),
  target       TEXT NOT NULL,
  state        TEXT NOT NULL,              -- queued | retrying | delivered | conflict | dead | skipped
  version      INTEGER NOT NULL,           -- bumped by every submit; a stale delivery result is ignored
  attempts     INTEGER NOT NULL DEFAULT 0,
  next_attempt INTEGER NOT NULL,
  last_error   TEXT,
  cms_id       TEXT,
  url          TEXT,
  cms_version  TEXT,                       -- the CMS item's modification stamp after our last delivery
  overwrite    INTEGER NOT NULL DEFAULT 0, -- 1: an editor chose "overwrite" for a conflict
  updated      INTEGER NOT NULL
);

CREATE INDEX outbox_due ON outbox (target, state, next_attempt);

CREATE TABLE dead_letters (
  entry_id  TEXT PRIMARY KEY REFERENCES entries (id),
  target    TEXT NOT NULL,
  status    INTEGER NOT NULL,              -- the CMS's HTTP status (0: no HTTP reply)
  reply     TEXT,                          -- the CMS's reply body, as received
  attempts  INTEGER NOT NULL,
  failed_at INTEGER NOT NULL
);
