-- Objections to processing (GDPR Art. 21(1)) that staff upheld, per purpose of the
-- privacy notice §4, as events: an objection is upheld by the decision of a request and
-- may later end (the customer withdraws it, or the DPO finds compelling legitimate
-- grounds). The latest event of a customer and purpose is its state; selections of
-- data for that purpose skip the customer while it is 'upheld'.
CREATE TABLE objection_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    purpose TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('upheld', 'ended')),
    occurred_at TIMESTAMP NOT NULL,
    request_id INTEGER REFERENCES requests (id),
    staff_id INTEGER REFERENCES accounts (id)
);
CREATE INDEX objection_events_customer ON objection_events (customer_id, purpose, id);
