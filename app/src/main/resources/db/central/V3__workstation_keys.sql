-- Signed requests (issue #11): workstations enrol once with a one-time code and register their
-- Ed25519 public key; the office of a signed request is the key's, never a header's.

-- One-time enrolment codes, kept only as their SHA-256 (a copy of the database enrols no one).
CREATE TABLE enrolment_code (
    code_hash           TEXT    PRIMARY KEY,
    office              TEXT    NOT NULL,
    region              TEXT    NOT NULL,
    expires_at_millis   INTEGER NOT NULL,
    used                INTEGER NOT NULL DEFAULT 0
);

-- The registered keys; a workstation enrolled again replaces its key.
CREATE TABLE workstation_key (
    key_id          TEXT    PRIMARY KEY,
    office          TEXT    NOT NULL,
    workstation     TEXT    NOT NULL,
    region          TEXT    NOT NULL,
    public_key      BLOB    NOT NULL,
    enrolled_at     TEXT    NOT NULL,
    UNIQUE (office, workstation)
);

-- Nonces of signed requests still inside the clock window: a second use is a replay.
CREATE TABLE seen_nonce (
    key_id          TEXT    NOT NULL,
    nonce           TEXT    NOT NULL,
    created_millis  INTEGER NOT NULL,
    PRIMARY KEY (key_id, nonce)
);
CREATE INDEX seen_nonce_age ON seen_nonce (created_millis);
