package kz.qabyldau.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code audit_log} table: who did what and when. Entries are appended inside the caller's
 * write transaction, so the record and the change it describes commit or vanish together, and each is
 * chained to the one before it ({@link AuditChain}). The database has one connection and every write is
 * serialized on it, so two entries never take the same place in the chain.
 *
 * <p>{@code details} may name a person (a handout's recipient, a search, a deletion's reason): in an
 * encrypted office database it is sealed like every personal value ({@link PersonalColumns#AUDIT_DETAILS}),
 * bound to the entry's id, and the chain covers the sealed text. {@link #appendPublic} is for details that
 * never name anyone (a sign-in's outcome, the names of changed settings) and must be written while the
 * database is locked.
 */
public final class AuditLog {

    /** One recorded action. {@code at} is UTC; {@code details} opened. */
    public record Entry(long id, Instant at, String clerk, String action, String subject, String details) {
    }

    private final Database database;
    private final Clock clock;

    public AuditLog(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Appends an entry whose details may be personal (sealed in an encrypted database); call it with the
     * connection of a {@link Database#write} transaction.
     *
     * @return the entry's id
     * @throws StoreException {@link StoreException#KEY_LOCKED} when the database is locked and details are given
     */
    public long append(Connection connection, String clerk, String action, String subject, String details)
            throws SQLException {
        return write(connection, clerk, action, subject, details, true);
    }

    /**
     * Appends an entry whose details are never personal: stored as given, also while the database is locked.
     *
     * @return the entry's id
     */
    public long appendPublic(Connection connection, String clerk, String action, String subject, String details)
            throws SQLException {
        return write(connection, clerk, action, subject, details, false);
    }

    /**
     * Records an access that changes nothing (opening, searching, printing, exporting) in a write transaction of
     * its own; details may be personal (sealed).
     *
     * @return the entry's id
     */
    public long record(String clerk, String action, String subject, String details) {
        return database.write(c -> append(c, clerk, action, subject, details));
    }

    private long write(Connection connection, String clerk, String action, String subject, String details,
                       boolean personal) throws SQLException {
        String at = StoredInstants.format(clock.instant());
        Objects.requireNonNull(clerk, "clerk");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(details, "details");
        String prev = AuditChain.last(connection).map(AuditChain.StoredEntry::entryHash).orElse(AuditChain.GENESIS);
        long id;
        try (PreparedStatement st = connection.prepareStatement("INSERT INTO audit_log (at, clerk, action, subject, "
                + "details, prev_hash, entry_hash) VALUES (?, ?, ?, ?, '', ?, '')")) {
            st.setString(1, at);
            st.setString(2, clerk);
            st.setString(3, action);
            st.setString(4, subject);
            st.setString(5, prev);
            st.executeUpdate();
        }
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT last_insert_rowid()")) {
            rs.next();
            id = rs.getLong(1);
        }
        // Sealed with the id it is bound to, so the row is written first; '' stays '' (nothing to hide).
        String stored = personal && !details.isEmpty()
                ? PersonalColumns.AUDIT_DETAILS.seal(database.vault(), Long.toString(id), details) : details;
        String hash = AuditChain.hash(prev, id, at, clerk, action, subject, stored);
        try (PreparedStatement st = connection.prepareStatement(
                "UPDATE audit_log SET details = ?, entry_hash = ? WHERE id = ?")) {
            st.setString(1, stored);
            st.setString(2, hash);
            st.setLong(3, id);
            st.executeUpdate();
        }
        AuditChain.putHead(connection, id, hash);
        return id;
    }

    /** The newest {@code limit} entries, newest first. */
    public List<Entry> latest(int limit) {
        return database.read(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT id, at, clerk, action, subject, details FROM audit_log ORDER BY id DESC LIMIT ?")) {
                st.setInt(1, limit);
                List<Entry> entries = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        entries.add(entry(rs));
                    }
                }
                return entries;
            }
        });
    }

    /**
     * The entries {@code query} asks for, newest first, at most {@code limit}; details opened (an encrypted
     * database must be unlocked).
     */
    public List<Entry> find(AuditQuery query, int limit) {
        if (query.subjects().map(Set::isEmpty).orElse(false)) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder(
                "SELECT id, at, clerk, action, subject, details FROM audit_log WHERE 1 = 1");
        List<String> args = new ArrayList<>();
        query.clerk().ifPresent(v -> {
            sql.append(" AND clerk = ?");
            args.add(v);
        });
        query.action().ifPresent(v -> {
            sql.append(" AND action = ?");
            args.add(v);
        });
        // Stored instants have a fixed width, so comparing the text compares the time.
        query.from().ifPresent(v -> {
            sql.append(" AND at >= ?");
            args.add(StoredInstants.format(v));
        });
        query.until().ifPresent(v -> {
            sql.append(" AND at < ?");
            args.add(StoredInstants.format(v));
        });
        query.subjects().ifPresent(ids -> {
            sql.append(" AND subject IN (").append(String.join(", ", Collections.nCopies(ids.size(), "?"))).append(')');
            args.addAll(new TreeSet<>(ids));
        });
        sql.append(" ORDER BY id DESC LIMIT ?");
        return database.read(c -> {
            try (PreparedStatement st = c.prepareStatement(sql.toString())) {
                int i = 1;
                for (String arg : args) {
                    st.setString(i++, arg);
                }
                st.setInt(i, limit);
                List<Entry> entries = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        entries.add(entry(rs));
                    }
                }
                return entries;
            }
        });
    }

    /** The names of everyone recorded as acting, in alphabetical order (the audit page's operator filter). */
    public List<String> clerks() {
        return database.read(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT DISTINCT clerk FROM audit_log WHERE clerk <> '' ORDER BY clerk");
                 ResultSet rs = st.executeQuery()) {
                List<String> names = new ArrayList<>();
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
                return names;
            }
        });
    }

    /** An entry read with {@code SELECT id, at, clerk, action, subject, details}; details opened when sealed. */
    Entry entry(ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        return new Entry(id, Instant.parse(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getString(5),
                openDetails(id, rs.getString(6)));
    }

    /** Details as written: sealed ones opened (needs the key), public ones as stored. */
    String openDetails(long id, String stored) {
        if (stored == null || !stored.startsWith(Vault.TEXT_PREFIX)) {
            return stored;
        }
        return PersonalColumns.AUDIT_DETAILS.open(database.vault(), Long.toString(id), stored);
    }

    /** The trail's copy at the central service, as the sync sees it. */
    public AuditAnchor anchor() {
        return new AuditAnchor(database);
    }

    /** {@link AuditChain#verify} over this database. */
    public AuditChain.Verification verify() {
        return database.read(AuditChain::verify);
    }
}
