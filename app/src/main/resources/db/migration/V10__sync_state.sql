-- Version 10: what the sync worker keeps (kz.qabyldau.app.sync, docs/sync-protocol.md).

-- Small named values: the change cursor ('cursor'), the last successful sync ('lastSuccess'), the
-- identification used with the central service ('office', 'token').
CREATE TABLE sync_state (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Revocations of permits issued through this office (p.36-40): each gives an App. 8 notice to hand out.
CREATE TABLE revocation (
    revocation_id   TEXT PRIMARY KEY NOT NULL,       -- the server's id: applying a change twice is harmless
    application_id  TEXT,                            -- the revoked permit's application, when known here
    permit_number   TEXT NOT NULL,
    holder_name     TEXT NOT NULL DEFAULT '',
    revoked_on      TEXT NOT NULL,                   -- yyyy-MM-dd
    revocation_json TEXT NOT NULL,                   -- the revocation object as the server sent it
    received_at     TEXT NOT NULL,
    handed_out_at   TEXT,
    handed_out_by   TEXT
) WITHOUT ROWID;

-- Reference-data bundles received from the central service, applied all or nothing (one transaction),
-- each file taking effect from the bundle's effective date; the bundled data stays underneath.
CREATE TABLE reference_bundle (
    bundle         TEXT PRIMARY KEY NOT NULL,
    effective_from TEXT NOT NULL,                    -- yyyy-MM-dd
    description    TEXT NOT NULL DEFAULT '',
    received_at    TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE reference_file (
    bundle TEXT NOT NULL REFERENCES reference_bundle (bundle),
    path   TEXT NOT NULL,                            -- relative to the data root, e.g. reference/rates.json
    sha256 TEXT NOT NULL,
    text   TEXT NOT NULL,
    PRIMARY KEY (bundle, path)
) WITHOUT ROWID;
