-- Traffic data by month (issue #17): the biggest table becomes partitioned by
-- started_at, so retention drops a whole month instead of deleting its rows one by one.
-- The existing table is not copied: it becomes the DEFAULT partition as it is, keeping
-- its rows, its indexes and its sequence; the retention run, as the schema's owner,
-- moves months out of it into their own partitions (ssr/retention/partitions.rs).
-- A partitioned table's primary key must include the partition key: (id, started_at).
-- Ids still come from the one sequence, so an id names one record as before.
ALTER TABLE traffic_records RENAME TO traffic_records_default;
ALTER TABLE traffic_records_default RENAME CONSTRAINT traffic_records_pkey TO traffic_records_default_pkey;
ALTER INDEX traffic_records_customer_time RENAME TO traffic_records_default_customer_time;
ALTER INDEX traffic_records_started RENAME TO traffic_records_default_started;
ALTER TABLE traffic_records_default RENAME CONSTRAINT traffic_records_customer_id_fkey TO traffic_records_default_customer_id_fkey;
ALTER TABLE traffic_records_default RENAME CONSTRAINT traffic_records_contract_id_fkey TO traffic_records_default_contract_id_fkey;

CREATE TABLE traffic_records (
    id BIGINT NOT NULL DEFAULT nextval('traffic_records_id_seq'),
    customer_id BIGINT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    contract_id BIGINT REFERENCES contracts (id),
    started_at TIMESTAMPTZ NOT NULL,
    duration_seconds INTEGER NOT NULL,
    direction TEXT NOT NULL CONSTRAINT traffic_records_direction_check CHECK (direction IN ('outgoing', 'incoming')),
    kind TEXT NOT NULL CONSTRAINT traffic_records_kind_check CHECK (kind IN ('call', 'sms', 'mms', 'data')),
    other_party TEXT NOT NULL,
    PRIMARY KEY (id, started_at)
) PARTITION BY RANGE (started_at);
ALTER SEQUENCE traffic_records_id_seq OWNED BY traffic_records.id;

-- The old table's unique index on id alone goes; (id, started_at) replaces it.
ALTER TABLE traffic_records_default DROP CONSTRAINT traffic_records_default_pkey;
ALTER TABLE traffic_records_default ALTER COLUMN id SET DEFAULT nextval('traffic_records_id_seq');
ALTER TABLE traffic_records ATTACH PARTITION traffic_records_default DEFAULT;

-- Indexes on the parent; the default partition's existing ones are attached, not rebuilt.
CREATE INDEX traffic_records_customer_time ON traffic_records (customer_id, started_at DESC, id DESC);
CREATE INDEX traffic_records_started ON traffic_records (started_at);

-- The old table's grants (the app's role, scripts/postgres.sh and grant-app-role) carry over.
DO $$
DECLARE g record;
BEGIN
    FOR g IN SELECT DISTINCT grantee, privilege_type FROM information_schema.role_table_grants
             WHERE table_schema = current_schema() AND table_name = 'traffic_records_default'
               AND grantee <> current_user
    LOOP
        EXECUTE format('GRANT %s ON traffic_records TO %I', g.privilege_type, g.grantee);
    END LOOP;
END $$;
