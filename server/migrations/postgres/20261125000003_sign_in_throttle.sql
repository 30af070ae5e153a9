-- Brute-force protection per account: consecutive failed sign-ins, and until when the
-- account refuses every sign-in (with the same answer as a wrong password).
ALTER TABLE accounts ADD COLUMN failed_sign_ins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE accounts ADD COLUMN locked_until TIMESTAMPTZ;
