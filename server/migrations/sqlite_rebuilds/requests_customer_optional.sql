-- `requests.customer_id` becomes optional (issue #18: a request from someone not linked
-- to a register customer). Run by `server::startup::migrate` with foreign keys off, in
-- one transaction, when the column is still NOT NULL, the way the SQLite manual
-- prescribes a table rebuild: make the new table, copy, drop the old, rename, make the
-- indexes again. The tables that refer to `requests` keep referring to it by name; the
-- foreign keys are checked before the commit.
CREATE TABLE requests_rebuilt (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    reference TEXT NOT NULL UNIQUE,
    customer_id INTEGER REFERENCES customers (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('rectification', 'erasure', 'restriction', 'objection', 'copy', 'question', 'complaint')),
    status TEXT NOT NULL CHECK (status IN ('received', 'in_progress', 'waiting_for_customer', 'extended', 'completed', 'rejected', 'withdrawn')),
    received_at TIMESTAMP NOT NULL,
    due_on DATE NOT NULL,
    extended_due_on DATE,
    extension_reason TEXT,
    restrict_processing BOOLEAN NOT NULL DEFAULT FALSE,
    details TEXT NOT NULL,
    idempotency_key TEXT,
    assignee_id INTEGER REFERENCES accounts (id),
    decided_at TIMESTAMP,
    decision_reason TEXT,
    channel TEXT NOT NULL DEFAULT 'portal'
        CHECK (channel IN ('portal', 'phone', 'email', 'letter', 'service_point')),
    UNIQUE (customer_id, idempotency_key)
);
INSERT INTO requests_rebuilt (id, reference, customer_id, kind, status, received_at, due_on, extended_due_on,
    extension_reason, restrict_processing, details, idempotency_key, assignee_id, decided_at, decision_reason, channel)
SELECT id, reference, customer_id, kind, status, received_at, due_on, extended_due_on,
    extension_reason, restrict_processing, details, idempotency_key, assignee_id, decided_at, decision_reason, channel
FROM requests;
DROP TABLE requests;
ALTER TABLE requests_rebuilt RENAME TO requests;
CREATE INDEX requests_due ON requests (status, due_on, id);
CREATE INDEX requests_customer ON requests (customer_id, received_at);
CREATE INDEX requests_queue ON requests (COALESCE(extended_due_on, due_on), id);
CREATE INDEX requests_assignee ON requests (assignee_id);
-- Made again here too because a fresh database runs this after every migration, the
-- ones that added them (0034, 0035) included.
CREATE INDEX requests_open_queue ON requests (COALESCE(extended_due_on, due_on), id)
    WHERE status IN ('received', 'in_progress', 'waiting_for_customer', 'extended');
CREATE INDEX requests_open_by_customer ON requests (customer_id, received_at, id, reference)
    WHERE status IN ('received', 'in_progress', 'waiting_for_customer', 'extended');
-- A form submitted twice files one request, whoever it is from.
CREATE UNIQUE INDEX requests_unlinked_key ON requests (idempotency_key) WHERE customer_id IS NULL;

