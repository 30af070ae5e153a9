-- Actual disclosures of a customer's data (issue #16, GDPR Art. 15(1)(c) and 19): to
-- which named recipient, of which recipient class of the register, which categories,
-- when, on what basis and with what reference (an authority's case number). Recorded by
-- staff; the customer sees each one.
CREATE TABLE disclosures (
    id BIGSERIAL PRIMARY KEY,
    customer_id BIGINT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    recipient_class TEXT NOT NULL,
    recipient_name TEXT NOT NULL,
    categories TEXT NOT NULL,
    legal_basis TEXT NOT NULL,
    reference TEXT,
    disclosed_on DATE NOT NULL,
    recorded_by BIGINT NOT NULL REFERENCES accounts (id),
    recorded_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX disclosures_customer ON disclosures (customer_id, disclosed_on);
