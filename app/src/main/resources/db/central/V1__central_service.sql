-- The simulated central service's own database (central.db in its data folder). Independent of the
-- workstation's db/migration: the two never share a file.

-- Scanned copies, content-addressed per office, kept as the chunks they arrived in.
CREATE TABLE scan (
    office      TEXT    NOT NULL,
    sha256      TEXT    NOT NULL,
    total       INTEGER NOT NULL,
    received    INTEGER NOT NULL,
    media_type  TEXT    NOT NULL,
    complete    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (office, sha256)
);

CREATE TABLE scan_chunk (
    office      TEXT    NOT NULL,
    sha256      TEXT    NOT NULL,
    first_byte  INTEGER NOT NULL,
    bytes       BLOB    NOT NULL,
    PRIMARY KEY (office, sha256, first_byte),
    FOREIGN KEY (office, sha256) REFERENCES scan (office, sha256) ON DELETE CASCADE
);

-- One row per application UUID: the primary key is what makes a repeated PUT harmless.
CREATE TABLE submission (
    application_id   TEXT    PRIMARY KEY,
    reference        TEXT    NOT NULL UNIQUE,
    office           TEXT    NOT NULL,
    workstation      TEXT    NOT NULL,
    region           TEXT    NOT NULL,
    service          TEXT    NOT NULL,
    application_json TEXT    NOT NULL,
    verdict_json     TEXT,
    accepted_at      TEXT    NOT NULL,
    clerk            TEXT,
    ticket           TEXT,
    received_at      TEXT    NOT NULL,
    due_at_millis    INTEGER NOT NULL,
    decided          INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX submission_due ON submission (decided, due_at_millis);

-- Permits issued, for revocations (p.36-40).
CREATE TABLE permit (
    number              TEXT    PRIMARY KEY,
    application_id      TEXT    NOT NULL REFERENCES submission (application_id),
    office              TEXT    NOT NULL,
    issued_on           TEXT    NOT NULL,
    revoke_due_millis   INTEGER,
    revoked             INTEGER NOT NULL DEFAULT 0
);

-- The change log the workstations pull: its seq is the cursor. office NULL = for every office.
CREATE TABLE change (
    seq             INTEGER PRIMARY KEY AUTOINCREMENT,
    office          TEXT,
    kind            TEXT    NOT NULL,
    at              TEXT    NOT NULL,
    key             TEXT    NOT NULL,
    payload_json    TEXT    NOT NULL,
    UNIQUE (kind, key)
);
CREATE INDEX change_office ON change (office, seq);

-- Number sequences (permits and certificates per region and year, references, revocations).
CREATE TABLE counter (
    name    TEXT    PRIMARY KEY,
    value   INTEGER NOT NULL
);
