-- Version 4: the PDFs printed for an application (App. 1 for signatures, the receipt of refusal …),
-- kept with its record so a lost paper can be printed again exactly as it was.
CREATE TABLE printed_form (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    application_id TEXT NOT NULL REFERENCES application (id),
    form_id        TEXT NOT NULL,
    lang           TEXT NOT NULL,
    printed_at     TEXT NOT NULL,
    size           INTEGER NOT NULL,
    sha256         TEXT NOT NULL,
    pdf            BLOB NOT NULL
);

CREATE INDEX printed_form_application ON printed_form (application_id, id);
