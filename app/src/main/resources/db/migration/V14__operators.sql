-- Version 14: the people who sign in at this workstation (kz.qabyldau.app.store.operators,
-- docs/operators.md). Only the office database holds operators; the training database has its
-- built-in trainee and this table stays empty there.
CREATE TABLE operator (
    login                TEXT PRIMARY KEY NOT NULL,   -- lower case letters, digits, '.', '-', '_'
    full_name            TEXT NOT NULL,               -- shown in the header, printed where a clerk's name belongs
    role                 TEXT NOT NULL CHECK (role IN ('clerk', 'administrator')),
    active               INTEGER NOT NULL DEFAULT 1,  -- 0: blocked (the data key's wrap is removed too)
    must_change_password INTEGER NOT NULL DEFAULT 0,  -- 1 after a reset: a new password at the next sign-in
    password_hash        TEXT NOT NULL,               -- PHC string: $argon2id$v=19$m=..,t=..,p=..$salt$hash
    failed_attempts      INTEGER NOT NULL DEFAULT 0,  -- wrong passwords since the last sign-in or lock
    locked_until         TEXT,                        -- ISO-8601 UTC; no sign-in before it (too many failures)
    created_by           TEXT NOT NULL,               -- login of the administrator who added it ('' for the first)
    created_at           TEXT NOT NULL                -- ISO-8601 UTC
) WITHOUT ROWID;
