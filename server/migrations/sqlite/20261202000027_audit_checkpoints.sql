-- Signed checkpoints of the audit log's hash chain (issue #17): when the retention run
-- removes the oldest rows of the log, it records the last removed row and its hash,
-- signed with the operator's Ed25519 key, so the rest of the chain stays verifiable
-- (its first row must link to that hash) and nobody without the key can remove rows
-- and cover it up.
CREATE TABLE audit_checkpoints (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    through_id INTEGER NOT NULL,
    through_hash TEXT,
    rows_removed INTEGER NOT NULL,
    removed_at TIMESTAMP NOT NULL,
    public_key TEXT NOT NULL,
    signature TEXT NOT NULL
);

-- The log stays append-only, except that rows a checkpoint covers may go: the prune
-- writes its checkpoint first and then deletes up to it, in one transaction.
DROP TRIGGER audit_log_no_delete;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
WHEN OLD.id > COALESCE((SELECT MAX(through_id) FROM audit_checkpoints), 0)
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_checkpoints_no_update BEFORE UPDATE ON audit_checkpoints
BEGIN
    SELECT RAISE(ABORT, 'audit_checkpoints is append-only');
END;
CREATE TRIGGER audit_checkpoints_no_delete BEFORE DELETE ON audit_checkpoints
BEGIN
    SELECT RAISE(ABORT, 'audit_checkpoints is append-only');
END;
