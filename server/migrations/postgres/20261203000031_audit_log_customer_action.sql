-- "My data" lists the staff's looks at a customer's data (action view_customer_data),
-- newest first. By (customer_id, occurred_at) alone the list read every audit row of the
-- customer to find them: 2.7 ms per view for a customer with 17 000 consent changes on
-- SQLite (measured), 0.006 ms with this index.
CREATE INDEX audit_log_customer_action ON audit_log (customer_id, action, occurred_at);
