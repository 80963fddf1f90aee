-- Deletions under the AVG (issue 8, server/privacy): that a child's data was deleted, by whom, when
-- and how much, so the organisation can show it honoured a request. No personal data: the child is
-- named only by a hash of its id (server/privacy/child-hash.ts), the counts are numbers per kind.
CREATE TABLE IF NOT EXISTS privacy_log (
  id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  child_hash  text        NOT NULL,
  deleted_by  text        NOT NULL,                 -- staff id
  deleted_at  timestamptz NOT NULL,
  counts      jsonb       NOT NULL                  -- e.g. {"children":1,"absences":12,"attendance":40,"outbox":2}
);
CREATE INDEX IF NOT EXISTS privacy_log_child_hash ON privacy_log (child_hash);
