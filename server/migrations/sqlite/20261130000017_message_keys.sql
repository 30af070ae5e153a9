-- A customer's message to a request carries the key of the form it was written in
-- (issue #19): a message sent again — a double click, or a retry after an answer that
-- never arrived — is stored once. Staff messages and older rows have none (NULLs never
-- collide in a unique index).
ALTER TABLE request_messages ADD COLUMN idempotency_key TEXT;
CREATE UNIQUE INDEX request_messages_key ON request_messages (request_id, idempotency_key);
