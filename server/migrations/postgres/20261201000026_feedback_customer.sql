-- Feedback a signed-in customer gives is theirs to see and take (issue #16): it keeps the
-- customer (the form says so); feedback given signed out stays anonymous.
ALTER TABLE accessibility_feedback ADD COLUMN customer_id BIGINT REFERENCES customers (id) ON DELETE SET NULL;
CREATE INDEX accessibility_feedback_customer ON accessibility_feedback (customer_id);
