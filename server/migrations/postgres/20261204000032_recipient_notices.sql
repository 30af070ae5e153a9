-- GDPR Art. 19 through the outbox (issue #19): the address a recipient is told at of
-- later changes to what it received, recorded with the disclosure; and the outbox job
-- that tells it, so the worker that sends the notice marks the recipient told in the
-- same transaction as the job sent.
ALTER TABLE disclosures ADD COLUMN notify_email TEXT;
ALTER TABLE outbox ADD COLUMN recipient_notification_id BIGINT REFERENCES recipient_notifications (id) ON DELETE SET NULL;
CREATE INDEX outbox_recipient_notification ON outbox (recipient_notification_id) WHERE recipient_notification_id IS NOT NULL;
