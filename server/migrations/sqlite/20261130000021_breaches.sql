-- Personal-data breaches (issue #20, GDPR Art. 33 and 34): the DPO's register of
-- incidents. Each keeps what happened, when ElmoNet became aware of it (the 72-hour
-- clock to notify the Data Protection Ombudsman runs from that moment), the categories
-- and approximate numbers of people and records affected, the likely consequences and
-- the measures, how likely a risk to people is, when the Ombudsman and Traficom were
-- notified (and why late, if so) and when it was closed. A closed breach keeps its
-- record (Art. 33(5)); nothing here is ever deleted.
CREATE TABLE breaches (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    reference TEXT UNIQUE,
    aware_at TIMESTAMP NOT NULL,
    occurred TEXT,
    summary TEXT NOT NULL,
    categories TEXT NOT NULL,
    people_estimate INTEGER NOT NULL,
    records_estimate INTEGER NOT NULL,
    consequences TEXT NOT NULL,
    measures TEXT NOT NULL,
    risk TEXT NOT NULL CHECK (risk IN ('unlikely', 'risk', 'high')),
    recorded_by INTEGER NOT NULL REFERENCES accounts (id),
    recorded_at TIMESTAMP NOT NULL,
    ombudsman_notified_at TIMESTAMP,
    ombudsman_notified_by INTEGER REFERENCES accounts (id),
    traficom_notified_at TIMESTAMP,
    traficom_notified_by INTEGER REFERENCES accounts (id),
    late_reason TEXT,
    customer_notice TEXT,
    closed_at TIMESTAMP,
    closed_by INTEGER REFERENCES accounts (id)
);
CREATE INDEX breaches_open ON breaches (closed_at, aware_at);

-- The customers told of a breach (Art. 34): each sees the notice on their own pages
-- and gets a mail; staff see who has been told and when.
CREATE TABLE breach_notices (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    breach_id INTEGER NOT NULL REFERENCES breaches (id),
    customer_id INTEGER NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    told_at TIMESTAMP NOT NULL,
    told_by INTEGER NOT NULL REFERENCES accounts (id),
    -- Whether a mail went (false: no usable address; staff tell them another way).
    mailed BOOLEAN NOT NULL,
    UNIQUE (breach_id, customer_id)
);
CREATE INDEX breach_notices_customer ON breach_notices (customer_id);
