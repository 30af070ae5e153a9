-- Brute-force protection per (subject, address) (ASVS 6.3): failures from one address
-- throttle only that address for that account (or that customer's activation letter),
-- so an attacker elsewhere cannot lock the owner out. `trusted` marks an address that
-- has completed a sign-in to the account; the account-wide throttle of many addresses
-- together (accounts.failed_sign_ins / locked_until) does not hold it back.
CREATE TABLE attempt_throttles (
    subject TEXT NOT NULL,
    address TEXT NOT NULL,
    failures INTEGER NOT NULL DEFAULT 0,
    locked_until TIMESTAMP,
    trusted BOOLEAN NOT NULL DEFAULT FALSE,
    updated_at TIMESTAMP NOT NULL,
    PRIMARY KEY (subject, address)
);
CREATE INDEX attempt_throttles_updated ON attempt_throttles (updated_at);
