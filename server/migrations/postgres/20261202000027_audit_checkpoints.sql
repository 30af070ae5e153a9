-- Signed checkpoints of the audit log's hash chain (issue #17): when the retention run
-- removes the oldest rows of the log, it records the last removed row and its hash,
-- signed with the operator's Ed25519 key, so the rest of the chain stays verifiable
-- (its first row must link to that hash) and nobody without the key can remove rows
-- and cover it up.
CREATE TABLE audit_checkpoints (
    id BIGSERIAL PRIMARY KEY,
    through_id BIGINT NOT NULL,
    through_hash TEXT,
    rows_removed BIGINT NOT NULL,
    removed_at TIMESTAMPTZ NOT NULL,
    public_key TEXT NOT NULL,
    signature TEXT NOT NULL
);

-- The log stays append-only, except that rows a checkpoint covers may go: the prune
-- writes its checkpoint first and then deletes up to it, in one transaction. (The app's
-- role has no DELETE on the log and no INSERT on the checkpoints at all; the prune runs
-- as the schema's owner.)
CREATE FUNCTION audit_log_delete_under_checkpoint() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.id <= COALESCE((SELECT MAX(through_id) FROM audit_checkpoints), 0) THEN
        RETURN OLD;
    END IF;
    RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
DROP TRIGGER audit_log_no_update_or_delete ON audit_log;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
FOR EACH ROW EXECUTE FUNCTION audit_log_delete_under_checkpoint();
CREATE TRIGGER audit_checkpoints_append_only BEFORE UPDATE OR DELETE ON audit_checkpoints
FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
CREATE TRIGGER audit_checkpoints_no_truncate BEFORE TRUNCATE ON audit_checkpoints
FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
