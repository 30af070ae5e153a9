-- Server-side sessions, shared by every app instance. The session id itself is never
-- stored: id_hash is its SHA-256, so a copy of this table cannot be used to sign in.
CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY,
    account_id BIGINT REFERENCES accounts (id) ON DELETE CASCADE,
    data TEXT NOT NULL,
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX sessions_account ON sessions (account_id);
CREATE INDEX sessions_expiry ON sessions (expires_at);
