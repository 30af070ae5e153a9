-- Every audited action writes its row into each index of the log, and on SQLite each
-- index the row touches is one more page written to the WAL at commit. Three indexes
-- (0024, 0029, 0031) were made for "My data", yet every row went into them: a staff
-- look at a customer's data went into five b-trees, a consent change into five. Each
-- is now only over the rows its readers look for, with the readers' own condition
-- word for word (as a partial index needs):
--   - the rows a customer's account did as customer, before signing in or by the
--     system's hand (`my_data::portal::by_account!`): one index by account and the
--     customer the row names, for the events page's `OR` and the count's ranges
--     (it replaces audit_log_actor and audit_log_actor_customer; staff rows, most of
--     the log, are not in it);
--   - sign-ins, by account, newest last: the staff accounts page's "last signed in";
--   - staff looks at a customer's data (`my_data::staff_views`), newest last.
-- A consent change now writes three b-trees (the table, audit_log_customer and the
-- account's), a staff look three (the table, audit_log_customer and the looks'). On a
-- copy of the benchmark's database (11 000 audit rows) the log's indexes took 1 928 KiB
-- before and 856 KiB after, and an audit row alone in its transaction wrote 7.0 WAL
-- pages before and 4.4 after; the readers' statements cost the same or less.
-- The test `the_audit_logs_readers_find_their_rows_through_its_partial_indexes` keeps
-- each reader on its index (SQLite's plans).
DROP INDEX audit_log_actor;
DROP INDEX audit_log_actor_customer;
DROP INDEX audit_log_customer_action;
CREATE INDEX audit_log_by_account ON audit_log (actor_id, customer_id, actor_kind)
    WHERE actor_kind IN ('customer', 'anonymous', 'system');
CREATE INDEX audit_log_sign_ins ON audit_log (actor_id, occurred_at)
    WHERE action = 'sign_in';
CREATE INDEX audit_log_staff_views ON audit_log (customer_id, occurred_at)
    WHERE action = 'view_customer_data';
