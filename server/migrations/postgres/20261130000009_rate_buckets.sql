-- The per-address request limit of the sign-in, activation, reset and feedback
-- endpoints, shared by every instance of the portal (it lived in one process's memory):
-- a token bucket per key, `tokens` refilled continuously up to the limit per minute.
-- `updated_ms` is the Unix time in milliseconds of the last take; `allowed` says
-- whether that take got a token.
CREATE TABLE rate_buckets (
    key TEXT PRIMARY KEY,
    tokens DOUBLE PRECISION NOT NULL,
    allowed BOOLEAN NOT NULL,
    updated_ms BIGINT NOT NULL
);
CREATE INDEX rate_buckets_updated ON rate_buckets (updated_ms);
