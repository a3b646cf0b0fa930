-- Version 11: personal data at rest (kz.qabyldau.app.store.crypto, docs/data-at-rest.md).

-- Who this database is, and which data key it expects. 'store.id' is a random id made once (the
-- identity side file next to the database repeats it, so a replaced file is noticed);
-- 'key.check' a public fingerprint of the data key (HKDF label of its own), present once the
-- first administrator has made the key: from then on personal values are stored sealed.
CREATE TABLE store_identity (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

INSERT INTO store_identity (key, value) VALUES ('store.id', lower(hex(randomblob(16))));

-- The data key, wrapped (AES key wrap) once per operator under a key derived from the operator's
-- password with Argon2id, and once under the recovery code. Never the key itself.
CREATE TABLE data_key_wrap (
    holder      TEXT PRIMARY KEY NOT NULL,           -- 'operator:<login>' or 'recovery'
    salt        BLOB NOT NULL,                       -- 16 random bytes, new for every wrap
    memory_kib  INTEGER NOT NULL,                    -- Argon2id cost used for this wrap
    iterations  INTEGER NOT NULL,
    parallelism INTEGER NOT NULL,
    wrapped     BLOB NOT NULL,                       -- RFC 3394 wrap of the 32-byte data key
    created_at  TEXT NOT NULL
) WITHOUT ROWID;
