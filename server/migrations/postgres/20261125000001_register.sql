-- The whole customer register (privacy notice §5), portal accounts, requests and the
-- audit log. PostgreSQL flavour; sqlite/ holds the same schema. Times are UTC.

CREATE TABLE customers (
    id BIGSERIAL PRIMARY KEY,
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
    created_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE business_roles (
    id BIGSERIAL PRIMARY KEY,
    customer_id BIGINT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    company_name TEXT NOT NULL,
    business_id TEXT NOT NULL,
    role TEXT NOT NULL,
    position TEXT NOT NULL,
    valid_from DATE NOT NULL,
    valid_to DATE
);
CREATE INDEX business_roles_customer ON business_roles (customer_id);

CREATE TABLE products (
    id BIGSERIAL PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL CHECK (kind IN ('broadband', 'mobile', 'tv', 'landline', 'device', 'service')),
    name_fi TEXT NOT NULL,
    name_sv TEXT NOT NULL,
    name_en TEXT NOT NULL,
    monthly_price_cents BIGINT NOT NULL
);

CREATE TABLE contracts (
    id BIGSERIAL PRIMARY KEY,
    customer_id BIGINT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    contract_number TEXT NOT NULL UNIQUE,
    product_id BIGINT NOT NULL REFERENCES products (id),
    status TEXT NOT NULL CHECK (status IN ('active', 'ended')),
    started_on DATE NOT NULL,
    ended_on DATE,
    service_address TEXT
);
CREATE INDEX contracts_customer ON contracts (customer_id);

CREATE TABLE orders (
    id BIGSERIAL PRIMARY KEY,
    customer_id BIGINT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    order_number TEXT NOT NULL UNIQUE,
    ordered_at TIMESTAMPTZ NOT NULL,
    channel TEXT NOT NULL CHECK (channel IN ('web', 'phone', 'store', 'field_sales', 'email')),
    status TEXT NOT NULL CHECK (status IN ('received', 'delivered', 'cancelled'))
);
CREATE INDEX orders_customer ON orders (customer_id, ordered_at);

CREATE TABLE order_items (
    id BIGSERIAL PRIMARY KEY,
    order_id BIGINT NOT NULL REFERENCES orders (id) ON DELETE CASCADE,
    product_id BIGINT NOT NULL REFERENCES products (id),
    quantity INTEGER NOT NULL CHECK (quantity > 0),
    unit_price_cents BIGINT NOT NULL
);
CREATE INDEX order_items_order ON order_items (order_id);

CREATE TABLE invoices (
    id BIGSERIAL PRIMARY KEY,
    customer_id BIGINT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
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
    id BIGSERIAL PRIMARY KEY,
    customer_id BIGINT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    invoice_id BIGINT NOT NULL REFERENCES invoices (id),
    agency TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('open', 'paid', 'cancelled')),
    amount_cents BIGINT NOT NULL,
    currency TEXT NOT NULL DEFAULT 'EUR',
    opened_on DATE NOT NULL,
    closed_on DATE
);
CREATE INDEX collection_cases_customer ON collection_cases (customer_id);

CREATE TABLE ip_assignments (
    id BIGSERIAL PRIMARY KEY,
    customer_id BIGINT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    contract_id BIGINT REFERENCES contracts (id),
    address TEXT NOT NULL,
    assigned_from TIMESTAMPTZ NOT NULL,
    assigned_to TIMESTAMPTZ
);
CREATE INDEX ip_assignments_customer ON ip_assignments (customer_id, assigned_from, id);

CREATE TABLE other_data (
    id BIGSERIAL PRIMARY KEY,
    customer_id BIGINT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    topic TEXT NOT NULL,
    content TEXT NOT NULL,
    channel TEXT NOT NULL,
    given_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX other_data_customer ON other_data (customer_id);

-- Consents per purpose and channel, as events: never updated, never overwritten.
CREATE TABLE consent_events (
    id BIGSERIAL PRIMARY KEY,
    customer_id BIGINT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    purpose TEXT NOT NULL,
    channel TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('given', 'withdrawn')),
    occurred_at TIMESTAMPTZ NOT NULL,
    source TEXT NOT NULL
);
CREATE INDEX consent_events_customer ON consent_events (customer_id, purpose, channel, id);

-- Direct-marketing prohibitions (suoramarkkinointikiellot) per channel ('all' = every
-- channel), as events.
CREATE TABLE marketing_prohibition_events (
    id BIGSERIAL PRIMARY KEY,
    customer_id BIGINT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    channel TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('prohibited', 'lifted')),
    occurred_at TIMESTAMPTZ NOT NULL,
    source TEXT NOT NULL
);
CREATE INDEX marketing_prohibition_events_customer ON marketing_prohibition_events (customer_id, channel, id);

CREATE TABLE service_blocks (
    id BIGSERIAL PRIMARY KEY,
    customer_id BIGINT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    contract_id BIGINT REFERENCES contracts (id),
    kind TEXT NOT NULL,
    reason TEXT NOT NULL,
    set_by TEXT NOT NULL CHECK (set_by IN ('customer', 'staff', 'system')),
    since TIMESTAMPTZ NOT NULL,
    until TIMESTAMPTZ
);
CREATE INDEX service_blocks_customer ON service_blocks (customer_id);

-- Traffic data (teletunnistetiedot). Tens of thousands of rows per customer: the index
-- serves keyset pagination newest first.
CREATE TABLE traffic_records (
    id BIGSERIAL PRIMARY KEY,
    customer_id BIGINT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    contract_id BIGINT REFERENCES contracts (id),
    started_at TIMESTAMPTZ NOT NULL,
    duration_seconds INTEGER NOT NULL,
    direction TEXT NOT NULL CHECK (direction IN ('outgoing', 'incoming')),
    kind TEXT NOT NULL CHECK (kind IN ('call', 'sms', 'mms', 'data')),
    other_party TEXT NOT NULL
);
CREATE INDEX traffic_records_customer_time ON traffic_records (customer_id, started_at DESC, id DESC);

CREATE TABLE call_recordings (
    id BIGSERIAL PRIMARY KEY,
    customer_id BIGINT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    recorded_at TIMESTAMPTZ NOT NULL,
    duration_seconds INTEGER NOT NULL,
    direction TEXT NOT NULL CHECK (direction IN ('outgoing', 'incoming')),
    topic TEXT NOT NULL,
    mime_type TEXT NOT NULL,
    size_bytes BIGINT NOT NULL,
    audio BYTEA NOT NULL
);
CREATE INDEX call_recordings_customer ON call_recordings (customer_id, recorded_at);

-- Portal accounts. Customers are tied to a register customer; staff have a role.
CREATE TABLE accounts (
    id BIGSERIAL PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('customer', 'customer_service', 'dpo')),
    customer_id BIGINT UNIQUE REFERENCES customers (id) ON DELETE CASCADE,
    display_name TEXT NOT NULL,
    password_hash TEXT,
    totp_secret TEXT,
    disabled BOOLEAN NOT NULL DEFAULT FALSE,
    created_at TIMESTAMPTZ NOT NULL,
    password_changed_at TIMESTAMPTZ,
    CHECK ((role = 'customer') = (customer_id IS NOT NULL))
);

CREATE TABLE requests (
    id BIGSERIAL PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    customer_id BIGINT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('rectification', 'erasure', 'restriction', 'objection', 'copy', 'question', 'complaint')),
    status TEXT NOT NULL CHECK (status IN ('received', 'in_progress', 'waiting_for_customer', 'extended', 'completed', 'rejected', 'withdrawn')),
    received_at TIMESTAMPTZ NOT NULL,
    due_on DATE NOT NULL,
    extended_due_on DATE,
    extension_reason TEXT,
    restrict_processing BOOLEAN NOT NULL DEFAULT FALSE,
    details TEXT NOT NULL,
    idempotency_key TEXT,
    assignee_id BIGINT REFERENCES accounts (id),
    decided_at TIMESTAMPTZ,
    decision_reason TEXT,
    UNIQUE (customer_id, idempotency_key)
);
CREATE INDEX requests_due ON requests (status, due_on, id);
CREATE INDEX requests_customer ON requests (customer_id, received_at);

CREATE TABLE request_events (
    id BIGSERIAL PRIMARY KEY,
    request_id BIGINT NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    occurred_at TIMESTAMPTZ NOT NULL,
    kind TEXT NOT NULL,
    actor_kind TEXT NOT NULL CHECK (actor_kind IN ('customer', 'staff', 'system')),
    actor_id BIGINT REFERENCES accounts (id),
    detail TEXT
);
CREATE INDEX request_events_request ON request_events (request_id, id);

CREATE TABLE request_messages (
    id BIGSERIAL PRIMARY KEY,
    request_id BIGINT NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    sent_at TIMESTAMPTZ NOT NULL,
    author_kind TEXT NOT NULL CHECK (author_kind IN ('customer', 'staff')),
    author_id BIGINT REFERENCES accounts (id),
    body TEXT NOT NULL
);
CREATE INDEX request_messages_request ON request_messages (request_id, id);

-- Every change to every field of the register: old, new, when, by whom, and the
-- request it answered. actor_kind 'source_register' names the register in `source`.
CREATE TABLE change_log (
    id BIGSERIAL PRIMARY KEY,
    customer_id BIGINT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    entity TEXT NOT NULL,
    entity_id BIGINT NOT NULL,
    field TEXT NOT NULL,
    old_value TEXT,
    new_value TEXT,
    changed_at TIMESTAMPTZ NOT NULL,
    actor_kind TEXT NOT NULL CHECK (actor_kind IN ('customer', 'staff', 'system', 'source_register')),
    actor_id BIGINT REFERENCES accounts (id),
    source TEXT,
    request_id BIGINT REFERENCES requests (id)
);
CREATE INDEX change_log_customer ON change_log (customer_id, changed_at, id);
CREATE INDEX change_log_field ON change_log (customer_id, entity, field, changed_at);

-- Append-only record of staff access to personal data and of every decision. It holds
-- ids and action names, never personal data.
CREATE TABLE audit_log (
    id BIGSERIAL PRIMARY KEY,
    occurred_at TIMESTAMPTZ NOT NULL,
    actor_kind TEXT NOT NULL CHECK (actor_kind IN ('anonymous', 'customer', 'staff', 'system')),
    actor_id BIGINT,
    action TEXT NOT NULL,
    customer_id BIGINT,
    request_id BIGINT,
    detail TEXT
);
CREATE INDEX audit_log_customer ON audit_log (customer_id, occurred_at);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_log is append-only';
END;
$$;

CREATE TRIGGER audit_log_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_log
FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
