-- What a command-line job was made from (see dev.copydesk.jobs.Origin), so that the same command
-- run again takes up the job it left unfinished. Null for jobs sent through the API.
ALTER TABLE jobs ADD COLUMN origin_paths TEXT;
ALTER TABLE jobs ADD COLUMN origin_digest TEXT;
