package kz.qabyldau.app.store.operators;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import kz.qabyldau.app.store.StoredInstants;

/** The {@code operator} table (V14). Called inside a {@code Database} read or write. */
final class OperatorRows {

    private static final String COLUMNS = "login, full_name, role, active, must_change_password, created_by, "
            + "created_at, password_hash, failed_attempts, locked_until";

    /** A row with what only this package sees: the hash and the failure count. */
    record Row(Operator operator, String passwordHash, int failedAttempts, Optional<Instant> lockedUntil) {
    }

    private OperatorRows() {
    }

    static Optional<Row> find(Connection c, String login) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM operator WHERE login = ?")) {
            st.setString(1, login);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        }
    }

    static List<Operator> all(Connection c) throws SQLException {
        List<Operator> operators = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM operator ORDER BY login");
                ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                operators.add(row(rs).operator());
            }
        }
        return operators;
    }

    static int count(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT count(*) FROM operator");
                ResultSet rs = st.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    static int activeAdministrators(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "SELECT count(*) FROM operator WHERE role = 'administrator' AND active = 1");
                ResultSet rs = st.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    static void insert(Connection c, Operator o, String passwordHash) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO operator (" + COLUMNS
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, NULL)")) {
            st.setString(1, o.login());
            st.setString(2, o.fullName());
            st.setString(3, o.role().code());
            st.setInt(4, o.active() ? 1 : 0);
            st.setInt(5, o.mustChangePassword() ? 1 : 0);
            st.setString(6, o.createdBy());
            st.setString(7, StoredInstants.format(o.createdAt()));
            st.setString(8, passwordHash);
            st.executeUpdate();
        }
    }

    static void delete(Connection c, String login) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("DELETE FROM operator WHERE login = ?")) {
            st.setString(1, login);
            st.executeUpdate();
        }
    }

    /** A new password: the failure count and any lock are cleared. */
    static void setPassword(Connection c, String login, String passwordHash, boolean mustChange)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE operator SET password_hash = ?, "
                + "must_change_password = ?, failed_attempts = 0, locked_until = NULL WHERE login = ?")) {
            st.setString(1, passwordHash);
            st.setInt(2, mustChange ? 1 : 0);
            st.setString(3, login);
            st.executeUpdate();
        }
    }

    static void setActive(Connection c, String login, boolean active) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE operator SET active = ? WHERE login = ?")) {
            st.setInt(1, active ? 1 : 0);
            st.setString(2, login);
            st.executeUpdate();
        }
    }

    static void setFailures(Connection c, String login, int failedAttempts, Instant lockedUntil)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "UPDATE operator SET failed_attempts = ?, locked_until = ? WHERE login = ?")) {
            st.setInt(1, failedAttempts);
            st.setString(2, lockedUntil == null ? null : StoredInstants.format(lockedUntil));
            st.setString(3, login);
            st.executeUpdate();
        }
    }

    private static Row row(ResultSet rs) throws SQLException {
        Operator operator = new Operator(rs.getString(1), rs.getString(2), Role.ofCode(rs.getString(3)),
                rs.getInt(4) == 1, rs.getInt(5) == 1, rs.getString(6), Instant.parse(rs.getString(7)));
        String lockedUntil = rs.getString(10);
        return new Row(operator, rs.getString(8), rs.getInt(9),
                lockedUntil == null ? Optional.empty() : Optional.of(Instant.parse(lockedUntil)));
    }
}
