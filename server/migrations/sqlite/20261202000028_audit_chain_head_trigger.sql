-- The chain's head moves with the row that extends it: a trigger, not a second
-- statement of the writer (one fewer round trip for every audited action, and no
-- hashed row can be added without moving the head). Writers still lock the head by
-- reading it with an UPDATE before they hash and insert.
CREATE TRIGGER audit_log_moves_head AFTER INSERT ON audit_log
WHEN NEW.row_hash IS NOT NULL
BEGIN
    UPDATE audit_chain SET last_id = NEW.id, last_hash = NEW.row_hash WHERE id = 1;
END;
