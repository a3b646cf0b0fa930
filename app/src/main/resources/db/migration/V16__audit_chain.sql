-- Version 16: the audit log becomes a hash chain (kz.qabyldau.app.store.AuditChain, docs/storage.md "Audit
-- trail", ADR 0110). Each entry holds the SHA-256 of the entry before it (prev_hash; 64 zeros for the first)
-- and of itself (entry_hash, over prev_hash and its own stored content in a canonical encoding). SQLite has no
-- SHA-256, so the rows written before this version are chained once by the program, at the first open after
-- this migration (the 'legacy.unchained' marker below), in one transaction.
ALTER TABLE audit_log ADD COLUMN prev_hash TEXT;
ALTER TABLE audit_log ADD COLUMN entry_hash TEXT;

-- Small named values of the audit trail: 'head' (the last entry's id and hash, written with every entry, so
-- a removed tail is noticed), 'legacy.unchained' (rows of an older version still to chain), and what the
-- central service acknowledged ('central.acked': id and hash of the last entry it holds).
CREATE TABLE audit_state (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) WITHOUT ROWID;

INSERT INTO audit_state (key, value) SELECT 'legacy.unchained', 'yes' WHERE EXISTS (SELECT 1 FROM audit_log);
