-- A transactional outbox (issue #19): work to do after a change commits (mail to a
-- customer today) is written as a job in the same transaction as the change, so a crash
-- between the commit and the sending loses nothing, and a rolled-back change sends
-- nothing. Workers in every instance take due jobs (PostgreSQL: FOR UPDATE SKIP LOCKED)
-- under a lease, send, and mark them sent; a failure is retried with backoff and, past
-- the last attempt, kept as failed for staff to see.
--
-- The message is rendered at sending time from template + language + args, the same
-- every attempt; its Message-ID comes from idempotency_key, so a job sent again after a
-- crash between sending and marking it sent is the same message (the file transport
-- overwrites the same file; mail servers and clients drop the duplicate by its id).
-- A sent job keeps no recipient and no args.
CREATE TABLE outbox (
    id BIGSERIAL PRIMARY KEY,
    idempotency_key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    template TEXT NOT NULL,
    lang TEXT NOT NULL,
    recipient TEXT NOT NULL,
    args TEXT NOT NULL,
    customer_id BIGINT REFERENCES customers (id) ON DELETE SET NULL,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    created_at TIMESTAMPTZ NOT NULL,
    next_attempt_at TIMESTAMPTZ NOT NULL,
    locked_until TIMESTAMPTZ,
    last_error TEXT,
    sent_at TIMESTAMPTZ
);
CREATE INDEX outbox_due ON outbox (status, next_attempt_at);
CREATE INDEX outbox_customer ON outbox (customer_id);
