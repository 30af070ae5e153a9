-- Feedback from the accessibility statement (saavutettavuusseloste): each a tracked item
-- that staff answer within 14 days (Act on the Provision of Digital Services 406/2019).

CREATE TABLE accessibility_feedback (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    reference TEXT NOT NULL UNIQUE,
    received_at TIMESTAMP NOT NULL,
    due_on DATE NOT NULL,
    lang TEXT NOT NULL CHECK (lang IN ('fi', 'sv', 'en')),
    page TEXT,
    contact TEXT,
    message TEXT NOT NULL,
    answered_at TIMESTAMP,
    answered_by INTEGER REFERENCES accounts (id),
    answer TEXT
);
CREATE INDEX accessibility_feedback_open ON accessibility_feedback (answered_at, due_on, id);
