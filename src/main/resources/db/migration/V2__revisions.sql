-- Revisions: an entry flagged REVISION_OF is delivered after the entry it revises, and under
-- delivery.revisions = update it takes over that entry's CMS item.

ALTER TABLE outbox ADD COLUMN revision_of TEXT;                     -- the earlier entry's id, if any
ALTER TABLE outbox ADD COLUMN submit_seq INTEGER NOT NULL DEFAULT 0; -- order of the last submits

CREATE INDEX outbox_submit_seq ON outbox (submit_seq);
