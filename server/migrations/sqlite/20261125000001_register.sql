-- The whole customer register (privacy notice §5), portal accounts, requests and the
-- audit log. SQLite flavour; postgres/ holds the same schema. Times are UTC.

CREATE TABLE customers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_number TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('private', 'business')),
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    identity_code TEXT,
    street_address TEXT NOT NULL,
    postal_code TEXT NOT NULL,
    city TEXT NOT NULL,
    country TEXT NOT NULL DEFAULT 'FI',
    phone TEXT,
    email TEXT,
    language TEXT NOT NULL DEFAULT 'fi' CHECK (language IN ('fi', 'sv', 'en')),
    processing_restricted BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TIMESTAMP NOT NULL
);

CREATE TABLE business_roles (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    company_name TEXT NOT NULL,
    business_id TEXT NOT NULL,
    role TEXT NOT NULL,
    position TEXT NOT NULL,
    valid_from DATE NOT NULL,
    valid_to DATE
);
CREATE INDEX business_roles_customer ON business_roles (customer_id);

CREATE TABLE products (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    code TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('broadband', 'mobile', 'tv', 'landline', 'device', 'service')),
    name_fi TEXT NOT NULL,
    name_sv TEXT NOT NULL,
    name_en TEXT NOT NULL,
    monthly_price_cents BIGINT NOT NULL
);

CREATE TABLE contracts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    contract_number TEXT NOT NULL UNIQUE,
    product_id INTEGER NOT NULL REFERENCES products (id),
    status TEXT NOT NULL CHECK (status IN ('active', 'ended')),
    started_on DATE NOT NULL,
    ended_on DATE,
    service_address TEXT
);
CREATE INDEX contracts_customer ON contracts (customer_id);

CREATE TABLE orders (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    order_number TEXT NOT NULL UNIQUE,
    ordered_at TIMESTAMP NOT NULL,
    channel TEXT NOT NULL CHECK (channel IN ('web', 'phone', 'store', 'field_sales', 'email')),
    status TEXT NOT NULL CHECK (status IN ('received', 'delivered', 'cancelled'))
);
CREATE INDEX orders_customer ON orders (customer_id, ordered_at);

CREATE TABLE order_items (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    order_id INTEGER NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    product_id INTEGER NOT NULL REFERENCES products (id),
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    unit_price_cents BIGINT NOT NULL
);
CREATE INDEX order_items_order ON order_items (order_id);

CREATE TABLE invoices (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    invoice_number TEXT NOT NULL UNIQUE,
    issued_on DATE NOT NULL,
    due_on DATE NOT NULL,
    amount_cents BIGINT NOT NULL,
    currency TEXT NOT NULL DEFAULT 'EUR',
    status TEXT NOT NULL CHECK (status IN ('open', 'paid', 'overdue', 'in_collection')),
    paid_on DATE
);
CREATE INDEX invoices_customer ON invoices (customer_id, issued_on, id);

CREATE TABLE collection_cases (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    invoice_id INTEGER NOT NULL REFERENCES invoices (id),
    agency TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open', 'paid', 'cancelled')),
    amount_cents BIGINT NOT NULL,
    currency TEXT NOT NULL DEFAULT 'EUR',
    opened_on DATE NOT NULL,
    closed_on DATE
);
CREATE INDEX collection_cases_customer ON collection_cases (customer_id);

CREATE TABLE ip_assignments (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    contract_id INTEGER REFERENCES contracts (id),
    address TEXT NOT NULL,
    assigned_from TIMESTAMP NOT NULL,
    assigned_to TIMESTAMP
);
CREATE INDEX ip_assignments_customer ON ip_assignments (customer_id, assigned_from, id);

CREATE TABLE other_data (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    topic TEXT NOT NULL,
    content TEXT NOT NULL,
    channel TEXT NOT NULL,
    given_at TIMESTAMP NOT NULL
);
CREATE INDEX other_data_customer ON other_data (customer_id);

-- Consents per purpose and channel, as events: never updated, never overwritten.
CREATE TABLE consent_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    purpose TEXT NOT NULL,
    channel TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('given', 'withdrawn')),
    occurred_at TIMESTAMP NOT NULL,
    source TEXT NOT NULL
);
CREATE INDEX consent_events_customer ON consent_events (customer_id, purpose, channel, id);

-- Direct-marketing prohibitions (suoramarkkinointikiellot) per channel ('all' = every
-- channel), as events.
CREATE TABLE marketing_prohibition_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    channel TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('prohibited', 'lifted')),
    occurred_at TIMESTAMP NOT NULL,
    source TEXT NOT NULL
);
CREATE INDEX marketing_prohibition_events_customer ON marketing_prohibition_events (customer_id, channel, id);

CREATE TABLE service_blocks (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    contract_id INTEGER REFERENCES contracts (id),
    kind TEXT NOT NULL,
    reason TEXT NOT NULL,
    set_by TEXT NOT NULL CHECK (set_by IN ('customer', 'staff', 'system')),
    since TIMESTAMP NOT NULL,
    until TIMESTAMP
);
CREATE INDEX service_blocks_customer ON service_blocks (customer_id);

-- Traffic data (teletunnistetiedot). Tens of thousands of rows per customer: the index
-- serves keyset pagination newest first.
CREATE TABLE traffic_records (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    contract_id INTEGER REFERENCES contracts (id),
    started_at TIMESTAMP NOT NULL,
    duration_seconds INTEGER NOT NULL,
    direction TEXT NOT NULL CHECK (direction IN ('outgoing', 'incoming')),
    kind TEXT NOT NULL CHECK (kind IN ('call', 'sms', 'mms', 'data')),
    other_party TEXT NOT NULL
);
CREATE INDEX traffic_records_customer_time ON traffic_records (customer_id, started_at DESC, id DESC);

CREATE TABLE call_recordings (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    recorded_at TIMESTAMP NOT NULL,
    duration_seconds INTEGER NOT NULL,
    direction TEXT NOT NULL CHECK (direction IN ('outgoing', 'incoming')),
    topic TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    size_bytes BIGINT NOT NULL,
    audio BLOB NOT NULL
);
CREATE INDEX call_recordings_customer ON call_recordings (customer_id, recorded_at);

-- Portal accounts. Customers are tied to a register customer; staff have a role.
CREATE TABLE accounts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('customer', 'customer_service', 'dpo')),
    customer_id INTEGER UNIQUE REFERENCES customers (id) ON DELETE CASCADE,
    display_name TEXT NOT NULL,
    password_hash TEXT,
    totp_secret TEXT,
    disabled BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TIMESTAMP NOT NULL,
    password_changed_at TIMESTAMP,
    CHECK ((role = 'customer') = (customer_id IS NOT NULL))
);

CREATE TABLE requests (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    reference TEXT NOT NULL UNIQUE,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
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
    UNIQUE (customer_id, idempotency_key)
);
CREATE INDEX requests_due ON requests (status, due_on, id);
CREATE INDEX requests_customer ON requests (customer_id, received_at);

CREATE TABLE request_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    request_id INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    occurred_at TIMESTAMP NOT NULL,
    kind TEXT NOT NULL,
    actor_kind TEXT NOT NULL CHECK (actor_kind IN ('customer', 'staff', 'system')),
    actor_id INTEGER REFERENCES accounts (id),
    detail TEXT
);
CREATE INDEX request_events_request ON request_events (request_id, id);

CREATE TABLE request_messages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    request_id INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    sent_at TIMESTAMP NOT NULL,
    author_kind TEXT NOT NULL CHECK (author_kind IN ('customer', 'staff')),
    author_id INTEGER REFERENCES accounts (id),
    body TEXT NOT NULL
);
CREATE INDEX request_messages_request ON request_messages (request_id, id);

-- Every change to every field of the register: old, new, when, by whom, and the
-- request it answered. actor_kind 'source_register' names the register in `source`.
CREATE TABLE change_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    entity TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    field TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT,
    changed_at TIMESTAMP NOT NULL,
    actor_kind TEXT NOT NULL CHECK (actor_kind IN ('customer', 'staff', 'system', 'source_register')),
    actor_id INTEGER REFERENCES accounts (id),
    source TEXT,
    request_id INTEGER REFERENCES requests (id)
);
CREATE INDEX change_log_customer ON change_log (customer_id, changed_at, id);
CREATE INDEX change_log_field ON change_log (customer_id, entity, field, changed_at);

-- Append-only record of staff access to personal data and of every decision. It holds
-- ids and action names, never personal data.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    occurred_at TIMESTAMP NOT NULL,
    actor_kind TEXT NOT NULL CHECK (actor_kind IN ('anonymous', 'customer', 'staff', 'system')),
    actor_id INTEGER,
    action TEXT NOT NULL,
    customer_id INTEGER,
    request_id INTEGER,
    detail TEXT
);
CREATE INDEX audit_log_customer ON audit_log (customer_id, occurred_at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
