-- Requests from every channel, and how identity was checked for each (issue #18).
-- A request records the channel it came by; the portal's own are 'portal'.
ALTER TABLE requests ADD COLUMN channel TEXT NOT NULL DEFAULT 'portal'
    CHECK (channel IN ('portal', 'phone', 'email', 'letter', 'service_point'));

-- Every check of the person's identity for a request: how (and its detail: the
-- assurance level of a strong identification, the type of an identity document), by
-- whom (NULL: the portal itself, at filing), when, and whether it verified them.
CREATE TABLE identity_checks (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    request_id INTEGER NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    method TEXT NOT NULL CHECK (method IN ('strong_eid', 'password_totp', 'password', 'account', 'id_document', 'known_data')),
    level TEXT NOT NULL CHECK (level IN ('low', 'substantial', 'high')),
    detail TEXT,
    checked_by INTEGER REFERENCES accounts (id),
    checked_at TIMESTAMP NOT NULL,
    verified BOOLEAN NOT NULL
);
CREATE INDEX identity_checks_request ON identity_checks (request_id, id);

-- Every request filed before this was filed in the portal by a signed-in customer.
INSERT INTO identity_checks (request_id, method, level, detail, checked_by, checked_at, verified)
SELECT id, 'account', 'substantial', NULL, NULL, received_at, TRUE FROM requests;
