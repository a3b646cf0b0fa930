package kz.qabyldau.app.central;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Table {@code counter}: the number sequences (references {@code CS-year-…}, permits, revocations). A number is
 * drawn inside the transaction that records what it numbers, so a rolled-back record leaves no gap.
 */
final class Numbering {

    private Numbering() {
    }

    static long next(Connection c, String sequence) throws SQLException {
        Sql.update(c, "INSERT INTO counter (name, value) VALUES (?, 1) "
                + "ON CONFLICT (name) DO UPDATE SET value = value + 1", sequence);
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM counter WHERE name = ?")) {
            ps.setString(1, sequence);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
