-- When the retention run anonymised a customer whose relationship had been over for its
-- period (issue #17); NULL for everyone else. The run skips those already done.
ALTER TABLE customers ADD COLUMN anonymised_at TIMESTAMPTZ;
