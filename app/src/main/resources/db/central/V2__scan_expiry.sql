-- qabyldau.sync/1 hygiene (issue #11): a partial upload not continued for a day is dropped, so the
-- time of its last chunk is kept. Rows from before this column read 0 and are dropped at the first
-- expiry run unless complete.
ALTER TABLE scan ADD COLUMN touched_at_millis INTEGER NOT NULL DEFAULT 0;
CREATE INDEX scan_partial ON scan (complete, touched_at_millis);
