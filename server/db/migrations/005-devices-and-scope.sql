-- Registered PCs (F1, DESIGN §5): a manager registers a PC for (some of) their locations, customer
-- service a central PC for all of them; the PC gets a device token that every /sync/* call carries.
-- Only the token's sha-256 is stored, like sign-in tokens (004), so a copy of this table syncs nothing.
CREATE TABLE IF NOT EXISTS devices (
  id            text        PRIMARY KEY,            -- assigned by the server at registration
  name          text        NOT NULL,
  location_ids  text[],                             -- NULL: every location (a central PC)
  token_hash    text        NOT NULL UNIQUE,
  registered_by text        NOT NULL,               -- staff id
  registered_at timestamptz NOT NULL,
  revoked_at    timestamptz,
  revoked_by    text,
  last_seen_at  timestamptz                         -- refreshed at most once a minute
);

-- R19: the tags of each document's scope (server/sync/scope-tags.ts writes them on every write):
-- 'loc' and 'loc:<id>' per location, '*' for everyone, 'device:<id>' for one PC's notices, none
-- for a document no PC may see. A pull reads `scope && <the device's tags>`.
ALTER TABLE documents ADD COLUMN IF NOT EXISTS scope text[] NOT NULL DEFAULT '{}';
CREATE INDEX IF NOT EXISTS documents_scope ON documents USING gin (scope);

-- Rows written before this migration get the same tags scope-tags.ts would give them
-- (test/server/db/scope-backfill.test.ts compares the two). A location tag set is 'loc' plus one
-- 'loc:<id>' per distinct id, or nothing when there is no id.
UPDATE documents SET scope = CASE
  WHEN collection = 'studydays' THEN ARRAY['*']
  WHEN collection = 'staff' AND data->>'role' IN ('klantenservice', 'planner') THEN ARRAY['*']
  WHEN collection = 'notices' AND jsonb_typeof(data->'deviceId') = 'string' THEN ARRAY['device:' || (data->>'deviceId')]
  WHEN collection = 'locations' AND jsonb_typeof(data->'id') = 'string' THEN ARRAY['loc', 'loc:' || (data->>'id')]
  WHEN collection IN ('children', 'staff') THEN (
    SELECT CASE WHEN count(*) = 0 THEN '{}'::text[] ELSE ARRAY['loc'] || array_agg(DISTINCT 'loc:' || (e #>> '{}')) END
      FROM jsonb_array_elements(CASE WHEN jsonb_typeof(data->'locationIds') = 'array' THEN data->'locationIds' ELSE '[]'::jsonb END) AS e
     WHERE jsonb_typeof(e) = 'string'
  )
  WHEN collection IN ('notices', 'attendance', 'absences', 'requests', 'ledger', 'journal', 'signupsheets', 'signuplines')
    AND jsonb_typeof(data->'locationId') = 'string' THEN ARRAY['loc', 'loc:' || (data->>'locationId')]
  ELSE '{}'::text[]
END;
