-- Staff sign-in (issue 4). The replicated `staff` document holds name, role and locations; the
-- secrets live only here, on the server, so they can never reach a PC with a sync.
CREATE TABLE IF NOT EXISTS accounts (
  id              text        PRIMARY KEY,              -- the staff document's id
  password_hash   text        NOT NULL,                 -- scrypt, parameters and salt inside (auth/secret-hash.ts)
  pin_hash        text,                                 -- quick switch on a PC (F1); none until one is set
  failed_attempts integer     NOT NULL DEFAULT 0,       -- failed sign-ins in a row
  locked_until    timestamptz,
  active          boolean     NOT NULL DEFAULT true,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now()
);

-- Sign-in tokens: only their sha-256 is stored, so a copy of this table signs nobody in.
CREATE TABLE IF NOT EXISTS sessions (
  token_hash text        PRIMARY KEY,
  staff_id   text        NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL,
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz
);
CREATE INDEX IF NOT EXISTS sessions_staff_id ON sessions (staff_id);
