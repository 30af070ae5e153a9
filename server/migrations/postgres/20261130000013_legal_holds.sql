-- Legal holds (issue #17): the DPO keeps a customer's data past its retention period
-- for a stated reason (a legal claim, an authority's order) until a date. A hold is
-- lifted, never deleted, so its history stays; the customer sees it on their pages.
CREATE TABLE legal_holds (
    id BIGSERIAL PRIMARY KEY,
    customer_id BIGINT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    reason TEXT NOT NULL,
    ends_on DATE NOT NULL,
    placed_by BIGINT NOT NULL REFERENCES accounts (id),
    placed_at TIMESTAMPTZ NOT NULL,
    lifted_by BIGINT REFERENCES accounts (id),
    lifted_at TIMESTAMPTZ
);
CREATE INDEX legal_holds_customer ON legal_holds (customer_id, ends_on);

-- The holds a run applied, as reason:count pairs (the note keeps what else happened).
ALTER TABLE retention_reports ADD COLUMN holds TEXT;
-- Invoices and IP address assignments are selected by time across all customers too.
CREATE INDEX invoices_issued ON invoices (issued_on);
CREATE INDEX ip_assignments_assigned_to ON ip_assignments (assigned_to);
