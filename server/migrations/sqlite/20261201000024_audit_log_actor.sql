-- The events a customer's account did (sign-ins, failed ones, password changes) carry
-- the account as actor and no customer; "My data" and the package read them by actor,
-- so the log needs that index as it has the customer's (issue #16).
CREATE INDEX audit_log_actor ON audit_log (actor_id, occurred_at);
