-- Requests from people without a portal account (issue #18): a request may be linked to
-- no register customer (yet), and whoever made it is kept as its requester.
--
-- SQLite cannot drop the NOT NULL of `requests.customer_id` in place, and a table
-- rebuild needs foreign keys off, which cannot be switched inside the transaction a
-- migration runs in. The rebuild therefore runs right after the migrations, from
-- `server/migrations/sqlite_rebuilds/requests_customer_optional.sql`
-- (`server::startup::migrate`), once, when the column is still NOT NULL.

-- Who made a request that is not (or not only) a signed-in customer's: a person on the
-- public request form, or one staff recorded from another channel without linking them
-- to a register customer. A form's submission waits here (no request yet) until the
-- link mailed to the address is opened; then the request is made and `request_id` set.
-- A strong identification on the spot is kept with its assurance level and the register
-- customer it matched (none: not in the register, which the person is never told).
CREATE TABLE requesters (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    request_id INTEGER UNIQUE REFERENCES requests (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    email TEXT,
    phone TEXT,
    language TEXT NOT NULL CHECK (language IN ('fi', 'sv', 'en')),
    kind TEXT NOT NULL,
    details TEXT NOT NULL,
    token_hash TEXT UNIQUE,
    created_at TIMESTAMP NOT NULL,
    confirm_by TIMESTAMP,
    email_confirmed_at TIMESTAMP,
    identity_code TEXT,
    identity_acr TEXT,
    identified_at TIMESTAMP,
    identified_customer_id INTEGER REFERENCES customers (id) ON DELETE SET NULL
);
CREATE INDEX requesters_email ON requesters (email, created_at);
CREATE INDEX requesters_unconfirmed ON requesters (confirm_by) WHERE request_id IS NULL;

