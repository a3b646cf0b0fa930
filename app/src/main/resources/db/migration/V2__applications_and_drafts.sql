-- Version 2: applications (drafts and accepted records) and work sessions.
-- Owned by kz.qabyldau.app.store.applications (docs/storage.md, "Applications").

-- One row per application, from the first keystroke of a draft to the handed-out permit. A row is
-- never deleted: a deleted draft becomes status DELETED (recorded in audit_log).
CREATE TABLE application (
    id               TEXT PRIMARY KEY NOT NULL,      -- UUID, also the id inside application_json
    service          TEXT NOT NULL,                  -- e.g. 'permit.issue'
    status           TEXT NOT NULL CHECK (status IN ('DRAFT', 'QUEUED', 'SUBMITTED', 'ISSUED', 'REFUSED',
                                                     'INTAKE_REFUSED', 'HANDED_OUT', 'DELETED')),
    application_json TEXT NOT NULL,                  -- qabyldau.application/1 (docs/application-format.md)
    ticket           TEXT NOT NULL DEFAULT '',       -- electronic-queue ticket number, '' if none
    clerk            TEXT NOT NULL,                  -- who started it
    saved_by         TEXT NOT NULL,                  -- who saved the current version
    workstation_id   TEXT NOT NULL,                  -- where the current version was saved
    training         INTEGER NOT NULL CHECK (training IN (0, 1)),
    started_at       TEXT NOT NULL,                  -- ISO-8601 instant, UTC
    updated_at       TEXT NOT NULL,                  -- ISO-8601 instant, UTC
    version          INTEGER NOT NULL CHECK (version >= 1), -- +1 on every change: optimistic locking
    service_time_ms  INTEGER NOT NULL DEFAULT 0,     -- the service timer (the standard allows 20 min)
    session_id       INTEGER,                        -- work_session that changed it last (restore count)
    -- Derived from application_json on every save, for the drafts search: lower-case names (as typed
    -- and transliterated to Latin), passport number, IIN and ticket. Java lower-cases, so Cyrillic
    -- and Kazakh letters compare case-insensitively (SQLite's lower() knows ASCII only).
    search_key       TEXT NOT NULL DEFAULT '',
    applicant_name   TEXT NOT NULL DEFAULT '',
    passport_number  TEXT NOT NULL DEFAULT '',       -- upper case, no spaces
    iin              TEXT NOT NULL DEFAULT '',
    -- Set when accepted (QUEUED) or refused at intake (INTAKE_REFUSED): frozen from then on.
    verdict_json     TEXT,                           -- qabyldau.verdict/1 (docs/verdict-format.md)
    finished_at      TEXT,
    finished_by      TEXT,
    -- Set by the sync worker and the handout desk.
    server_reference TEXT,
    permit_number    TEXT,                           -- upper case, no spaces; from the decision
    decision_json    TEXT,
    decided_at       TEXT,
    handed_out_at    TEXT,
    handed_out_by    TEXT
);

CREATE INDEX application_status_updated ON application (status, updated_at);
CREATE INDEX application_passport ON application (passport_number);
CREATE INDEX application_iin ON application (iin);
CREATE INDEX application_permit ON application (permit_number);

-- One row per start of the program. A session without ended_at did not end cleanly (killed, power
-- cut): the drafts it changed are the ones "restored" at the next start.
CREATE TABLE work_session (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at     TEXT NOT NULL,
    ended_at       TEXT,                             -- NULL while running or after a crash
    workstation_id TEXT NOT NULL,
    clean          INTEGER,                          -- 1 closed by the program, 0 found open at a later start
    restored       INTEGER NOT NULL DEFAULT 0        -- drafts left open by unclean earlier sessions
);
