-- A rectified email address becomes the login address only when a link sent to it is
-- opened and confirmed (issue #16). One row per change asked: the new address, the
-- SHA-256 of the link's token, its time, and when it was confirmed. Kept 30 days after
-- it ends (retention rule portal_codes); erased with basic data.
CREATE TABLE login_email_changes (
    id BIGSERIAL PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    request_id BIGINT REFERENCES requests (id) ON DELETE SET NULL,
    new_email TEXT NOT NULL,
    code_hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMPTZ NOT NULL,
    expires_at TIMESTAMPTZ NOT NULL,
    confirmed_at TIMESTAMPTZ
);
CREATE INDEX login_email_changes_account ON login_email_changes (account_id);
