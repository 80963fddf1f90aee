-- Every replicated document of every collection, in one table. `data` is the document exactly as
-- clients see it (a SyncDoc: id and _deleted included); the other columns are server-only.
CREATE TABLE IF NOT EXISTS documents (
  collection  text        NOT NULL,
  id          text        NOT NULL,
  data        jsonb       NOT NULL,
  deleted     boolean     NOT NULL DEFAULT false,
  -- The checkpoint order: taken from seq_counter inside the writing transaction (see below).
  seq         bigint      NOT NULL,
  author      text,
  device      text,
  server_time timestamptz NOT NULL DEFAULT now(),
  client_time timestamptz,
  PRIMARY KEY (collection, id)
);

CREATE INDEX IF NOT EXISTS documents_collection_seq ON documents (collection, seq);

-- One row, the last seq handed out. A writer locks it (SELECT ... FOR UPDATE) before it writes
-- and sets it before it commits, so writers are serialised and commit in seq order: a pull can
-- never pass a seq whose transaction commits later (a plain sequence does not give that, DESIGN §4).
CREATE TABLE IF NOT EXISTS seq_counter (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  value     bigint  NOT NULL
);
INSERT INTO seq_counter (singleton, value) VALUES (true, 0) ON CONFLICT (singleton) DO NOTHING;
