-- The outbox (issue 8): messages for parents that the server owes the parent portal or the mail,
-- queued in the database so that they survive a restart and several server instances share one
-- queue. A message is enqueued once per source (source_id unique: a retried push enqueues nothing
-- twice), claimed by one worker at a time (FOR UPDATE SKIP LOCKED, then a lease in next_attempt_at),
-- retried with backoff and given up as 'mislukt' after a bounded number of attempts.
CREATE TABLE IF NOT EXISTS outbox (
  id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind            text        NOT NULL CHECK (kind IN ('wachtwoord', 'besluit')),
  child_id        text        NOT NULL,
  parent_rank     integer     NOT NULL CHECK (parent_rank IN (1, 2)),
  -- NULL when the parent has no e-mail address (the message is then 'mislukt' at once, with last_error).
  recipient       text,
  -- What the sender needs (subject, text, the ids it is about); never returned by GET /outbox.
  payload         jsonb       NOT NULL,
  status          text        NOT NULL DEFAULT 'wachtend' CHECK (status IN ('wachtend', 'verzonden', 'mislukt')),
  attempts        integer     NOT NULL DEFAULT 0,
  last_error      text,
  created_at      timestamptz NOT NULL DEFAULT now(),
  sent_at         timestamptz,
  -- Not before this moment: the backoff after a failure, or the lease of the worker that claimed it.
  next_attempt_at timestamptz NOT NULL DEFAULT now(),
  -- The fact or decision the message is about (e.g. the journal fact's id): one message per source.
  source_id       text        NOT NULL UNIQUE
);

CREATE INDEX IF NOT EXISTS outbox_due ON outbox (next_attempt_at) WHERE status = 'wachtend';
CREATE INDEX IF NOT EXISTS outbox_child ON outbox (child_id);
