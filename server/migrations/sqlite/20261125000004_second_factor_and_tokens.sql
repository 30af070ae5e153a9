-- Second factor, recovery codes, and the single-use codes of activation and password
-- reset. Every secret that a person types or clicks is stored only as a SHA-256 hash.

-- The TOTP secret (accounts.totp_secret, base32) is set when the factor is on. The last
-- accepted time step makes each code usable once (RFC 6238 §5.2).
ALTER TABLE accounts ADD COLUMN totp_enabled_at TIMESTAMP;
ALTER TABLE accounts ADD COLUMN totp_last_step INTEGER;

CREATE TABLE recovery_codes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP
);
CREATE INDEX recovery_codes_account ON recovery_codes (account_id);

-- Activation codes (sent by letter to a register customer) and password-reset links.
-- An activation code names the customer; a reset token names the account.
CREATE TABLE one_time_codes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    purpose TEXT NOT NULL CHECK (purpose IN ('activation', 'password_reset')),
    code_hash TEXT NOT NULL UNIQUE,
    customer_id INTEGER REFERENCES customers (id) ON DELETE CASCADE,
    account_id INTEGER REFERENCES accounts (id) ON DELETE CASCADE,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP,
    failed_attempts INTEGER NOT NULL DEFAULT 0,
    CHECK ((purpose = 'activation') = (customer_id IS NOT NULL)),
    CHECK ((purpose = 'password_reset') = (account_id IS NOT NULL))
);
CREATE INDEX one_time_codes_customer ON one_time_codes (customer_id);
CREATE INDEX one_time_codes_account ON one_time_codes (account_id);
