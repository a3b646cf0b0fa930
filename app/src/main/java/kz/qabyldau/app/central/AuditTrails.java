package kz.qabyldau.app.central;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import kz.qabyldau.app.store.AuditChain;

/**
 * Tables {@code audit_entry} and {@code audit_anchor}: every workstation's audit trail, kept outside its file.
 * An entry is kept once under (office, workstation, id) and never changed: a later copy under a held id must be
 * the same entry, and a new one must follow the newest held (its {@code prevHash}) and hash to its
 * {@code entryHash} (the encoding of docs/storage.md, "Audit trail"). So a workstation whose log was forged,
 * cut short or rolled back cannot make the central copy agree with it (docs/sync-protocol.md, section 3.6).
 */
final class AuditTrails {

    /** What is held for a workstation: the newest entry and how many (they run 1 … lastId without gaps). */
    record Anchor(long lastId, String lastHash, long entries) {
        static final Anchor NONE = new Anchor(0, AuditChain.GENESIS, 0);
    }

    /** One entry as the workstation stored it. */
    record Entry(long id, String at, String clerk, String action, String subject, String details, String prevHash,
                 String entryHash) {
    }

    private final CentralStore store;

    AuditTrails(CentralStore store) {
        this.store = store;
    }

    Anchor anchor(Identity who) {
        return store.tx(c -> anchor(c, who));
    }

    /**
     * Keeps the new ones of {@code entries} (ascending ids) and returns the anchor. Entries already held are
     * compared, never written again, so a repeat is harmless.
     *
     * @throws SyncError 409 AUDIT_DIFFERS (an entry differs from the one held under its id), AUDIT_GAP (an entry
     *                   does not come right after the newest held), AUDIT_BROKEN (it does not follow it or does not
     *                   hash to its hash); the refusal is recorded with the anchor and nothing of the call is kept
     */
    Anchor receive(Identity who, List<Entry> entries, OffsetDateTime now) {
        try {
            return store.tx(c -> {
                Anchor anchor = anchor(c, who);
                for (Entry e : entries) {
                    anchor = take(c, who, anchor, e, now);
                }
                Sql.update(c, "INSERT INTO audit_anchor (office, workstation, last_id, last_hash, entries) "
                        + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (office, workstation) DO UPDATE SET last_id = ?, "
                        + "last_hash = ?, entries = ?", who.office(), who.workstation(), anchor.lastId(),
                        anchor.lastHash(), anchor.entries(), anchor.lastId(), anchor.lastHash(), anchor.entries());
                return anchor;
            });
        } catch (SyncError refused) {
            store.tx(c -> Sql.update(c, "INSERT INTO audit_anchor (office, workstation, last_id, last_hash, entries, "
                    + "refused_at, refused) VALUES (?, ?, 0, ?, 0, ?, ?) ON CONFLICT (office, workstation) DO UPDATE "
                    + "SET refused_at = ?, refused = ?", who.office(), who.workstation(), AuditChain.GENESIS,
                    now.toString(), refused.getMessage(), now.toString(), refused.getMessage()));
            throw refused;
        }
    }

    /** The last refusal recorded for a workstation (the central's own record; tests). */
    Optional<String> lastRefusal(Identity who) {
        return store.tx(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT refused FROM audit_anchor WHERE office = ? AND workstation = ?")) {
                st.setString(1, who.office());
                st.setString(2, who.workstation());
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    private static Anchor take(Connection c, Identity who, Anchor anchor, Entry e, OffsetDateTime now)
            throws SQLException {
        if (e.id() <= anchor.lastId()) {
            Optional<Entry> held = find(c, who, e.id());
            if (held.isEmpty() || !held.get().equals(e)) {
                throw conflict("AUDIT_DIFFERS", "entry " + e.id() + " differs from the one held under its id",
                        e.id(), anchor);
            }
            return anchor;
        }
        if (e.id() != anchor.lastId() + 1) {
            throw conflict("AUDIT_GAP", "entry " + e.id() + " does not come right after entry " + anchor.lastId()
                    + ", the newest held", e.id(), anchor);
        }
        if (!anchor.lastHash().equals(e.prevHash())) {
            throw conflict("AUDIT_BROKEN", "entry " + e.id() + " does not follow entry " + anchor.lastId()
                    + " as held", e.id(), anchor);
        }
        String computed = AuditChain.hash(e.prevHash(), e.id(), e.at(), e.clerk(), e.action(), e.subject(),
                e.details());
        if (!computed.equals(e.entryHash())) {
            throw conflict("AUDIT_BROKEN", "entry " + e.id() + " does not hash to its entryHash", e.id(), anchor);
        }
        Sql.update(c, "INSERT INTO audit_entry (office, workstation, id, at, clerk, action, subject, details, "
                + "prev_hash, entry_hash, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", who.office(),
                who.workstation(), e.id(), e.at(), e.clerk(), e.action(), e.subject(), e.details(), e.prevHash(),
                e.entryHash(), now.toString());
        return new Anchor(e.id(), e.entryHash(), anchor.entries() + 1);
    }

    private static SyncError conflict(String code, String message, long entry, Anchor anchor) {
        return SyncError.conflict(code, message).with("entry", entry).with("held", anchor.lastId())
                .with("hash", anchor.lastHash());
    }

    private static Anchor anchor(Connection c, Identity who) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT last_id, last_hash, entries FROM audit_anchor "
                + "WHERE office = ? AND workstation = ?")) {
            st.setString(1, who.office());
            st.setString(2, who.workstation());
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? new Anchor(rs.getLong(1), rs.getString(2), rs.getLong(3)) : Anchor.NONE;
            }
        }
    }

    private static Optional<Entry> find(Connection c, Identity who, long id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT id, at, clerk, action, subject, details, prev_hash, "
                + "entry_hash FROM audit_entry WHERE office = ? AND workstation = ? AND id = ?")) {
            st.setString(1, who.office());
            st.setString(2, who.workstation());
            st.setLong(3, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(new Entry(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)))
                        : Optional.empty();
            }
        }
    }
}
