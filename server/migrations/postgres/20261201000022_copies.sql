-- Copies of personal data (GDPR Art. 15(3), issue #20): customer service prepares the
-- copy from a copy request's page, the data protection officer releases it with the
-- decision, and the customer downloads it from the request's page until it expires.
-- The copy is what was held when it was prepared, fixed: the JSON package (the same
-- format as the portability download) and the readable version's tables in the
-- customer's language. Once expired, both are deleted (`purged_at`); the row stays as
-- the record that a copy was given, by whom and when.
CREATE TABLE copies (
    id BIGSERIAL PRIMARY KEY,
    request_id BIGINT NOT NULL UNIQUE REFERENCES requests (id) ON DELETE CASCADE,
    customer_id BIGINT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,
    lang TEXT NOT NULL CHECK (lang IN ('fi', 'sv', 'en')),
    package TEXT,
    readable TEXT,
    package_bytes BIGINT NOT NULL,
    prepared_by BIGINT NOT NULL REFERENCES accounts (id),
    prepared_at TIMESTAMPTZ NOT NULL,
    released_by BIGINT REFERENCES accounts (id),
    released_at TIMESTAMPTZ,
    expires_at TIMESTAMPTZ,
    purged_at TIMESTAMPTZ
);
CREATE INDEX copies_expiry ON copies (expires_at) WHERE purged_at IS NULL;

-- Transcripts staff type of call recordings for a copy, where the customer asked for a
-- recording in writing or it cannot be given as audio. Part of the copy: deleted when
-- it expires, and with the recording.
CREATE TABLE copy_transcripts (
    id BIGSERIAL PRIMARY KEY,
    request_id BIGINT NOT NULL REFERENCES requests (id) ON DELETE CASCADE,
    recording_id BIGINT NOT NULL REFERENCES call_recordings (id) ON DELETE CASCADE,
    body TEXT NOT NULL,
    typed_by BIGINT NOT NULL REFERENCES accounts (id),
    typed_at TIMESTAMPTZ NOT NULL,
    UNIQUE (request_id, recording_id)
);
