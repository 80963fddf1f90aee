-- Small facts about the server itself, by key (e.g. whether the demo organisation was loaded).
CREATE TABLE IF NOT EXISTS server_state (
  key        text        PRIMARY KEY,
  value      jsonb       NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
