-- The staff queue lists the open requests by due date, a page at a time. SQLite's
-- planner took the status filter for a selective one and sorted every open request
-- for each page (3.5–6 ms at 10 000 open requests). This index holds the open requests
-- only, in the queue's order, so a page is the first rows of it; the queue names it on
-- SQLite (`INDEXED BY`) when no status or search narrows the list. Its condition is the
-- store's `requests::OPEN`, word for word: SQLite uses a partial index only for a query
-- whose condition is the same. The requests table's rebuild
-- (`sqlite_rebuilds/requests_customer_optional.sql`, run after the migrations on a
-- database made before issue #18 or made new) makes this index again too.
CREATE INDEX requests_open_queue ON requests (COALESCE(extended_due_on, due_on), id)
    WHERE status IN ('received', 'in_progress', 'waiting_for_customer', 'extended');
