-- Issue #11: the simulator publishes reference data as a publisher would, signed with its own Ed25519 key
-- (docs/sync-protocol.md 3.5, "Signed law"); made at the first start and kept, so training's workstation, which
-- trusts this key only, keeps trusting it across restarts.
CREATE TABLE publisher_key (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    private_key BLOB NOT NULL,
    public_key  BLOB NOT NULL
);
