package kz.qabyldau.app.store.applications;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The {@code work_session} table: one row per start of the program, closed by a clean exit. Drafts
 * last changed in a session that was never closed (killed, power cut, crash) are what the next start
 * reports as restored.
 */
final class WorkSessions {

    /** Settings key holding this workstation's id (created on first use; key/value, so no migration). */
    static final String WORKSTATION_ID_KEY = "workstation.id";

    private WorkSessions() {
    }

    /** The drafts left by unclean sessions, and the new session. */
    record Started(long sessionId, List<UUID> restoredDrafts) {
    }

    static String workstationId(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT value FROM settings WHERE key = ?")) {
            st.setString(1, WORKSTATION_ID_KEY);
            try (ResultSet rs = st.executeQuery()) {
                if (rs.next() && !rs.getString(1).isBlank()) {
                    return rs.getString(1);
                }
            }
        }
        String id = UUID.randomUUID().toString();
        try (PreparedStatement st = c.prepareStatement("INSERT INTO settings (key, value) VALUES (?, ?)")) {
            st.setString(1, WORKSTATION_ID_KEY);
            st.setString(2, id);
            st.executeUpdate();
        }
        return id;
    }

    /** Closes the unclean sessions (recording how many drafts they left) and opens a new one. */
    static Started start(Connection c, String workstationId, Instant now) throws SQLException {
        List<UUID> restored = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT a.id FROM application a JOIN work_session s "
                + "ON a.session_id = s.id WHERE s.ended_at IS NULL AND a.status = 'DRAFT' ORDER BY a.updated_at")) {
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    restored.add(UUID.fromString(rs.getString(1)));
                }
            }
        }
        try (PreparedStatement st = c.prepareStatement(
                "UPDATE work_session SET ended_at = ?, clean = 0 WHERE ended_at IS NULL")) {
            st.setString(1, StoreContext.iso(now));
            st.executeUpdate();
        }
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO work_session (started_at, workstation_id, restored) VALUES (?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            st.setString(1, StoreContext.iso(now));
            st.setString(2, workstationId);
            st.setInt(3, restored.size());
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                return new Started(keys.getLong(1), List.copyOf(restored));
            }
        }
    }

    static void end(Connection c, long sessionId, Instant now) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "UPDATE work_session SET ended_at = ?, clean = 1 WHERE id = ? AND ended_at IS NULL")) {
            st.setString(1, StoreContext.iso(now));
            st.setLong(2, sessionId);
            st.executeUpdate();
        }
    }

    static int restoredCount(Connection c, long sessionId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT restored FROM work_session WHERE id = ?")) {
            st.setLong(1, sessionId);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }
}
