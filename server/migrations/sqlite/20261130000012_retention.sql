-- Retention runs (issue #17): one row per rule per run, what it did and why it held
-- records back. Never the content of what was deleted.
CREATE TABLE retention_reports (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    run_id TEXT NOT NULL,
    started_at TIMESTAMP NOT NULL,
    finished_at TIMESTAMP NOT NULL,
    dry_run BOOLEAN NOT NULL,
    rule TEXT NOT NULL,
    category TEXT NOT NULL,
    cutoff TIMESTAMP,
    due BIGINT NOT NULL,
    deleted BIGINT NOT NULL,
    held_back BIGINT NOT NULL,
    note TEXT
);
CREATE INDEX retention_reports_run ON retention_reports (started_at, id);
-- The retention run selects by time across all customers.
CREATE INDEX traffic_records_started ON traffic_records (started_at);
CREATE INDEX call_recordings_recorded ON call_recordings (recorded_at);
