-- Requests from people without a portal account (issue #18): a request may be linked to
-- no register customer (yet), and whoever made it is kept as its requester.
ALTER TABLE requests ALTER COLUMN customer_id DROP NOT NULL;
-- A form submitted twice files one request, whoever it is from.
CREATE UNIQUE INDEX requests_unlinked_key ON requests (idempotency_key) WHERE customer_id IS NULL;

-- Who made a request that is not (or not only) a signed-in customer's: a person on the
-- public request form, or one staff recorded from another channel without linking them
-- to a register customer. A form's submission waits here (no request yet) until the
-- link mailed to the address is opened; then the request is made and `request_id` set.
-- A strong identification on the spot is kept with its assurance level and the register
-- customer it matched (none: not in the register, which the person is never told).
CREATE TABLE requesters (
    id BIGSERIAL PRIMARY KEY,
    request_id BIGINT UNIQUE REFERENCES requests (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    email TEXT,
    phone TEXT,
    language TEXT NOT NULL CHECK (language IN ('fi', 'sv', 'en')),
    kind TEXT NOT NULL,
    details TEXT NOT NULL,
    token_hash TEXT UNIQUE,
    created_at TIMESTAMPTZ NOT NULL,
    confirm_by TIMESTAMPTZ,
    email_confirmed_at TIMESTAMPTZ,
    identity_code TEXT,
    identity_acr TEXT,
    identified_at TIMESTAMPTZ,
    identified_customer_id BIGINT REFERENCES customers (id) ON DELETE SET NULL
);
CREATE INDEX requesters_email ON requesters (email, created_at);
CREATE INDEX requesters_unconfirmed ON requesters (confirm_by) WHERE request_id IS NULL;
