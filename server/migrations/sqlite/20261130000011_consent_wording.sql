-- Proof of consent (GDPR Art. 7(1)): the wording the customer saw when giving or
-- withdrawing a consent in the portal, in their language, and its version (the first
-- 16 hex digits of its SHA-256), kept with every event. Events from elsewhere (order
-- forms, customer service) have none.
ALTER TABLE consent_events ADD COLUMN wording TEXT;
ALTER TABLE consent_events ADD COLUMN wording_version TEXT;
