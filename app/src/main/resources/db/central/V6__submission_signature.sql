-- Issue #11: a pushed application carries the workstation's detached signature over its canonical content
-- (docs/sync-protocol.md, 3.3); the first one verified is kept with the record: the key's id, the signature (base64)
-- and the public key, so that it still verifies after the workstation enrolled anew.
ALTER TABLE submission ADD COLUMN signature_key_id TEXT;
ALTER TABLE submission ADD COLUMN signature TEXT;
ALTER TABLE submission ADD COLUMN signature_public_key BLOB;
