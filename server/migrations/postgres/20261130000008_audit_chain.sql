-- A tamper-evident audit log: each row carries the hash of the row before it
-- (`prev_hash`) and its own (`row_hash` = SHA-256 of prev_hash and the row's content),
-- so a changed or removed row breaks the chain (`tietoni audit verify` names it).
-- `audit_chain` holds the head; writers lock it, so rows chain in id order. Rows from
-- before this migration have no hashes and are reported as such.
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_log ADD COLUMN row_hash TEXT;
CREATE TABLE audit_chain (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    last_id BIGINT,
    last_hash TEXT NOT NULL
);
INSERT INTO audit_chain (id, last_id, last_hash) VALUES (1, NULL, '0000000000000000000000000000000000000000000000000000000000000000');
