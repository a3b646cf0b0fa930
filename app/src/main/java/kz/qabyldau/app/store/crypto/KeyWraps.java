package kz.qabyldau.app.store.crypto;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/** The rows of {@code data_key_wrap} and the key check in {@code store_identity} (schema 11). */
final class KeyWraps {

    static final String RECOVERY = "recovery";
    private static final String KEY_CHECK = "key.check";

    /** One stored wrap. */
    record Wrap(byte[] salt, KdfCost cost, byte[] wrapped) {
    }

    private KeyWraps() {
    }

    static String operator(String login) {
        return "operator:" + login;
    }

    static Optional<Wrap> find(Connection c, String holder) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "SELECT salt, memory_kib, iterations, parallelism, wrapped FROM data_key_wrap WHERE holder = ?")) {
            st.setString(1, holder);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Wrap(rs.getBytes(1), new KdfCost(rs.getInt(2), rs.getInt(3), rs.getInt(4)),
                        rs.getBytes(5)));
            }
        }
    }

    static void put(Connection c, String holder, Wrap wrap, Instant now) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT OR REPLACE INTO data_key_wrap"
                + " (holder, salt, memory_kib, iterations, parallelism, wrapped, created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            st.setString(1, holder);
            st.setBytes(2, wrap.salt());
            st.setInt(3, wrap.cost().memoryKib());
            st.setInt(4, wrap.cost().iterations());
            st.setInt(5, wrap.cost().parallelism());
            st.setBytes(6, wrap.wrapped());
            st.setString(7, now.toString());
            st.executeUpdate();
        }
    }

    static void remove(Connection c, String holder) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("DELETE FROM data_key_wrap WHERE holder = ?")) {
            st.setString(1, holder);
            st.executeUpdate();
        }
    }

    static Optional<byte[]> keyCheck(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT value FROM store_identity WHERE key = ?")) {
            st.setString(1, KEY_CHECK);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(HexFormat.of().parseHex(rs.getString(1))) : Optional.empty();
            }
        }
    }

    static void putKeyCheck(Connection c, byte[] check) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO store_identity (key, value) VALUES (?, ?)")) {
            st.setString(1, KEY_CHECK);
            st.setString(2, HexFormat.of().formatHex(check));
            st.executeUpdate();
        }
    }
}
