package kz.qabyldau.app.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The audit trail's copy outside this file, as the sync sees it: the entries to send as stored (sealed details
 * stay sealed, the central service checks the chain without a key), what the central service acknowledged
 * ({@code audit_state.central.acked}, which {@link AuditChain#verify} checks), and a disagreement it found
 * ({@code central.disagrees}, reported by {@code audit verify} until a later round finds both copies agree).
 */
public final class AuditAnchor {

    /** Why the central copy and this log disagree, one line (never personal: ids, counts and codes). */
    static final String DISAGREES = "central.disagrees";

    /** The newest entry the central service holds: its id and hash. */
    public record Acknowledged(long id, String hash) {
    }

    private final Database database;

    public AuditAnchor(Database database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    /** Up to {@code limit} entries from id {@code fromId} on, ascending, as stored. */
    public List<AuditChain.StoredEntry> storedFrom(long fromId, int limit) {
        return database.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT id, at, clerk, action, subject, details, prev_hash, "
                    + "entry_hash FROM audit_log WHERE id >= ? ORDER BY id LIMIT ?")) {
                st.setLong(1, fromId);
                st.setInt(2, limit);
                List<AuditChain.StoredEntry> entries = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        entries.add(new AuditChain.StoredEntry(rs.getLong(1), rs.getString(2), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                                rs.getString(8)));
                    }
                }
                return entries;
            }
        });
    }

    /** The entry's stored hash, if the entry exists. */
    public Optional<String> hashOf(long id) {
        return database.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT entry_hash FROM audit_log WHERE id = ?")) {
                st.setLong(1, id);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /** What the central service acknowledged last, if anything. */
    public Optional<Acknowledged> acknowledged() {
        return database.read(c -> AuditChain.state(c, AuditChain.CENTRAL_ACKED)).flatMap(v -> {
            int space = v.indexOf(' ');
            try {
                return space < 0 ? Optional.empty()
                        : Optional.of(new Acknowledged(Long.parseLong(v.substring(0, space)), v.substring(space + 1)));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        });
    }

    /**
     * The central service holds the entries up to {@code id}, the newest with {@code hash}, and they agree with this
     * log: remembered as the anchor, and an earlier disagreement is over.
     */
    public void acknowledge(long id, String hash) {
        database.write(c -> {
            if (id > 0) {
                AuditChain.putState(c, AuditChain.CENTRAL_ACKED, id + " " + hash);
            }
            try (PreparedStatement st = c.prepareStatement("DELETE FROM audit_state WHERE key = ?")) {
                st.setString(1, DISAGREES);
                st.executeUpdate();
            }
            return null;
        });
    }

    /** The central copy and this log disagree; {@code why} is one line with ids and counts only. */
    public void disagree(String why) {
        database.write(c -> {
            AuditChain.putState(c, DISAGREES, why);
            return null;
        });
    }

    /** The disagreement the last sync round found, if any. */
    public Optional<String> disagreement() {
        return database.read(c -> AuditChain.state(c, DISAGREES));
    }
}
