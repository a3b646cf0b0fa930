-- The audit trail of every workstation (issue #9, docs/sync-protocol.md "Audit trail"): each entry as the
-- workstation stored it (details sealed where the office seals them), kept once under (office,
-- workstation, id) and never changed; the anchor is the newest entry held and how many are held, and the
-- last refusal (an entry that differs from the one held, a broken chain), for the central's own records.
CREATE TABLE audit_entry (
    office          TEXT    NOT NULL,
    workstation     TEXT    NOT NULL,
    id              INTEGER NOT NULL,
    at              TEXT    NOT NULL,
    clerk           TEXT    NOT NULL,
    action          TEXT    NOT NULL,
    subject         TEXT    NOT NULL,
    details         TEXT    NOT NULL,
    prev_hash       TEXT    NOT NULL,
    entry_hash      TEXT    NOT NULL,
    received_at     TEXT    NOT NULL,
    PRIMARY KEY (office, workstation, id)
);

CREATE TABLE audit_anchor (
    office          TEXT    NOT NULL,
    workstation     TEXT    NOT NULL,
    last_id         INTEGER NOT NULL,
    last_hash       TEXT    NOT NULL,
    entries         INTEGER NOT NULL,
    refused_at      TEXT,
    refused         TEXT,
    PRIMARY KEY (office, workstation)
);
