package kz.qabyldau.app.central;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/**
 * Table {@code change}: what each office pulls (protocol 3.5) — its decisions and revocations, and the reference-data
 * bundles every office gets (office null).
 */
final class ChangeFeed {

    /** A page of the change log. */
    record Page(List<JsonNode> changes, String next, boolean more) {
    }

    private final CentralStore store;

    ChangeFeed(CentralStore store) {
        this.store = store;
    }

    /**
     * Publishes a reference-data bundle to every office, {@code signed} with the sequence number drawn for it.
     * Publishing the same bundle id again changes nothing.
     *
     * @return whether it was new
     */
    boolean publishReferenceData(String bundleId, LongFunction<JsonNode> signed, OffsetDateTime now) {
        return store.tx(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT 1 FROM change WHERE kind = 'REFERENCE_DATA' AND key = ?")) {
                ps.setString(1, bundleId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return false;
                    }
                }
            }
            // The publisher's sequence is drawn in the same transaction: a rolled-back publication leaves no gap.
            JsonNode bundle = signed.apply(Numbering.next(c, "reference-data"));
            append(c, null, "REFERENCE_DATA", bundleId, now,
                    new DecisionRecords.Change("REFERENCE_DATA", now, null, null, bundle));
            return true;
        });
    }

    /** The changes for {@code office} after {@code since} (protocol 3.5). */
    Page changes(String office, String since, int limit) {
        return store.tx(c -> {
            long last;
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM change")) {
                last = rs.next() ? rs.getLong(1) : 0;
            }
            long from = Cursor.decode(since, last);
            List<JsonNode> changes = new ArrayList<>();
            long upTo = from;
            boolean more = false;
            try (PreparedStatement ps = c.prepareStatement("SELECT seq, payload_json FROM change "
                    + "WHERE seq > ? AND (office IS NULL OR office = ?) ORDER BY seq LIMIT ?")) {
                ps.setLong(1, from);
                ps.setString(2, office);
                ps.setInt(3, limit + 1);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (changes.size() == limit) {
                            more = true;
                            break;
                        }
                        upTo = rs.getLong(1);
                        changes.add(Json.tree(rs.getString(2)));
                    }
                }
            }
            return new Page(changes, Cursor.encode(upTo), more);
        });
    }

    static void append(Connection c, String office, String kind, String key, OffsetDateTime at,
                       DecisionRecords.Change change) throws SQLException {
        Sql.update(c, "INSERT INTO change (office, kind, at, key, payload_json) VALUES (?, ?, ?, ?, ?)", office, kind,
                at.toString(), key, Json.write(change));
    }
}
