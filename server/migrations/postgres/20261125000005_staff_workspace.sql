-- The staff workspace: the queue's order (the answer's due date, extended or not) as an
-- index, and the Art. 19 notification of each recipient of data that a decision changed.

CREATE INDEX requests_queue ON requests (COALESCE(extended_due_on, due_on), id);
CREATE INDEX requests_assignee ON requests (assignee_id);

CREATE TABLE recipient_notifications (
    id BIGSERIAL PRIMARY KEY,
    request_id BIGINT NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    recipient TEXT NOT NULL,
    notified_at TIMESTAMPTZ,
    notified_by BIGINT REFERENCES accounts (id),
    UNIQUE (request_id, recipient)
);

-- Why a restriction of processing was lifted (the change log says when and by whom).
ALTER TABLE change_log ADD COLUMN reason TEXT;
