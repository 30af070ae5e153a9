-- Staff accounts the DPO created or whose second factor the DPO reset (issue #20): such
-- an account, and only such an account, enrols a new second factor at its next sign-in
-- (after the password). Any other staff account without a second factor stays refused.
ALTER TABLE accounts ADD COLUMN must_enrol BOOLEAN NOT NULL DEFAULT FALSE;
