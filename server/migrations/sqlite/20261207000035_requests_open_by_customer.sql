-- What holds a customer's records back (`retention::holds::for_customer`) counts their
-- open requests and names the oldest; it runs on every category page and every request
-- staff open. Through `requests_customer` it read every one of the customer's requests
-- from the table to look at its status: 1–3 ms for a customer with 500 requests when
-- another connection's write had emptied this connection's page cache (SQLite), which
-- is most of the time under load. This index holds only the open requests, with the
-- reference, so both statements are answered from the index alone. Its condition is
-- the store's `requests::OPEN`, word for word, as a partial index needs.
CREATE INDEX requests_open_by_customer ON requests (customer_id, received_at, id, reference)
    WHERE status IN ('received', 'in_progress', 'waiting_for_customer', 'extended');
-- The requests table's rebuild (`sqlite_rebuilds/requests_customer_optional.sql`, run
-- after the migrations) makes this index again too.
