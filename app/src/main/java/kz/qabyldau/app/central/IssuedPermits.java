package kz.qabyldau.app.central;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Table {@code permit}: the permits issued, some drawn to be revoked at a given time. */
final class IssuedPermits {

    /** A permit issued and not revoked. */
    record IssuedPermit(String number, UUID applicationId, String office, String issuedOn, String applicationJson,
                        String region) {
    }

    private final CentralStore store;

    IssuedPermits(CentralStore store) {
        this.store = store;
    }

    List<IssuedPermit> dueForRevocation(long nowMillis) {
        return store.tx(c -> inForce(c, "p.revoke_due_millis IS NOT NULL AND p.revoke_due_millis <= ?",
                nowMillis));
    }

    Optional<IssuedPermit> inForce(String number) {
        return store.tx(c -> inForce(c, number));
    }

    static Optional<IssuedPermit> inForce(Connection c, String number) throws SQLException {
        return inForce(c, "p.number = ?", number).stream().findFirst();
    }

    static void insert(Connection c, String number, Submissions.Submission s, String issuedOn, Long revokeDueMillis)
            throws SQLException {
        Sql.update(c, "INSERT INTO permit (number, application_id, office, issued_on, revoke_due_millis) "
                + "VALUES (?, ?, ?, ?, ?)", number, s.applicationId().toString(), s.office(), issuedOn,
                revokeDueMillis);
    }

    static void markRevoked(Connection c, String number) throws SQLException {
        Sql.update(c, "UPDATE permit SET revoked = 1 WHERE number = ?", number);
    }

    private static List<IssuedPermit> inForce(Connection c, String where, Object arg) throws SQLException {
        List<IssuedPermit> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT p.number, p.application_id, p.office, p.issued_on, "
                + "s.application_json, s.region FROM permit p JOIN submission s USING (application_id) "
                + "WHERE p.revoked = 0 AND " + where + " ORDER BY p.number")) {
            ps.setObject(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new IssuedPermit(rs.getString(1), UUID.fromString(rs.getString(2)), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6)));
                }
            }
        }
        return list;
    }
}
