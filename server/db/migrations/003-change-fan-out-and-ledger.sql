-- Reads across collections in seq order: the LISTEN/NOTIFY fan-out (server/sync/pg-change-bus.ts)
-- reads the documents a notification announces by their seq range.
CREATE INDEX IF NOT EXISTS documents_seq ON documents (seq);

-- The reservation check (R20) reads one child's whole ledger inside the writing transaction.
CREATE INDEX IF NOT EXISTS documents_ledger_child ON documents ((data->>'childId')) WHERE collection = 'ledger';
