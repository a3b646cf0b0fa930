-- Version 1: the workstation's settings and the audit log.
-- Database.SCHEMA_VERSION must equal the highest V<n> here (a test checks it): at start-up the
-- program compares it with PRAGMA user_version and only runs Flyway when they differ.

-- Key/value so a new setting needs no migration; every value is text (see SqliteSettingsStore).
CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Who did what and when: settings changes now; deletions of drafts and rule overrides later.
CREATE TABLE audit_log (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    at      TEXT NOT NULL,               -- ISO-8601 instant, UTC, e.g. 2026-11-22T12:00:00.123Z
    clerk   TEXT NOT NULL,               -- the clerk's name as set in Settings ('' if none yet)
    action  TEXT NOT NULL,               -- a stable code, e.g. 'settings.changed'
    subject TEXT NOT NULL DEFAULT '',    -- what it concerns, e.g. an application's UUID
    details TEXT NOT NULL DEFAULT ''     -- free text for the record
);

CREATE INDEX audit_log_at ON audit_log (at);
