-- Version 3: scanned copies (content-addressed), the scans an accepted application froze, and the
-- outbox the sync worker pushes to the central service.

-- A scanned copy, stored once per content (SHA-256), whichever drafts name it. Only PDF, JPEG and
-- PNG, sniffed from the bytes (kz.qabyldau.app.store.applications.Scans).
CREATE TABLE scan (
    sha256     TEXT PRIMARY KEY NOT NULL,            -- lower-case hex of the content
    media_type TEXT NOT NULL CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    size       INTEGER NOT NULL CHECK (size > 0),
    file_name  TEXT NOT NULL DEFAULT '',             -- the name it was first stored from
    stored_at  TEXT NOT NULL,
    content    BLOB NOT NULL
) WITHOUT ROWID;

-- The scans an application was accepted with ("pinned"): a pinned scan can never be removed, the
-- foreign key makes sure of it.
CREATE TABLE application_scan (
    application_id TEXT NOT NULL REFERENCES application (id),
    document_type  TEXT NOT NULL,
    sha256         TEXT NOT NULL REFERENCES scan (sha256),
    PRIMARY KEY (application_id, document_type, sha256)
) WITHOUT ROWID;

CREATE INDEX application_scan_sha256 ON application_scan (sha256);

-- What waits for the central service, in acceptance order. Written in the same transaction as the
-- application's freeze; never deleted, only marked SENT when the server acknowledged it.
CREATE TABLE outbox (
    seq              INTEGER PRIMARY KEY AUTOINCREMENT,
    application_id   TEXT NOT NULL REFERENCES application (id),
    kind             TEXT NOT NULL,                  -- 'application'
    payload_json     TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    state            TEXT NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'SENT', 'FAILED')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  TEXT,                           -- NULL: at once
    last_error       TEXT,
    sent_at          TEXT,
    server_reference TEXT,
    UNIQUE (application_id, kind)                    -- one entry per application, however often accepted
);

CREATE INDEX outbox_waiting ON outbox (state, seq);
