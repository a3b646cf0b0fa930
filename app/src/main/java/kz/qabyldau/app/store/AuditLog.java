package kz.qabyldau.app.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The {@code audit_log} table: who did what and when. Entries are appended inside the caller's
 * write transaction, so the record and the change it describes commit or vanish together.
 */
public final class AuditLog {

    /** One recorded action. {@code at} is UTC. */
    public record Entry(long id, Instant at, String clerk, String action, String subject, String details) {
    }

    private final Clock clock;

    public AuditLog(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Appends an entry; call it with the connection of a {@link Database#write} transaction. */
    public void append(Connection connection, String clerk, String action, String subject, String details)
            throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "INSERT INTO audit_log (at, clerk, action, subject, details) VALUES (?, ?, ?, ?, ?)")) {
            st.setString(1, StoredInstants.format(clock.instant()));
            st.setString(2, Objects.requireNonNull(clerk, "clerk"));
            st.setString(3, Objects.requireNonNull(action, "action"));
            st.setString(4, Objects.requireNonNull(subject, "subject"));
            st.setString(5, Objects.requireNonNull(details, "details"));
            st.executeUpdate();
        }
    }

    /** The newest {@code limit} entries, newest first. */
    public List<Entry> latest(Database database, int limit) {
        return database.read(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT id, at, clerk, action, subject, details FROM audit_log ORDER BY id DESC LIMIT ?")) {
                st.setInt(1, limit);
                List<Entry> entries = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        entries.add(new Entry(rs.getLong(1), Instant.parse(rs.getString(2)), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6)));
                    }
                }
                return entries;
            }
        });
    }
}
