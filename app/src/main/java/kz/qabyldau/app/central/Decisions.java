package kz.qabyldau.app.central;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

/**
 * Decisions: the submission marked decided, the permit issued and the decision in the change feed, all in one
 * transaction.
 */
final class Decisions {

    /** A decision computed with numbers drawn inside the transaction that records it. */
    interface DecisionWork {
        DecisionRecords.Decision decide(Decider.Numbers numbers);
    }

    private final CentralStore store;

    Decisions(CentralStore store) {
        this.store = store;
    }

    /**
     * Records the decision on {@code s} and its change-log entry in one transaction; nothing if it was decided
     * meanwhile (the scheduler and an explicit "decide now" may race).
     *
     * @param revokeDueMillis when an issued permit is to be revoked, or null
     */
    Optional<DecisionRecords.Decision> record(Submissions.Submission s, DecisionWork work, OffsetDateTime now,
                                              Long revokeDueMillis) {
        return store.tx(c -> {
            if (Submissions.find(c, s.applicationId()).map(Submissions.Submission::decided).orElse(true)) {
                return Optional.empty();
            }
            DecisionRecords.Decision d = work.decide(sequence -> {
                try {
                    return Numbering.next(c, sequence);
                } catch (SQLException e) {
                    throw new IllegalStateException("numbering failed: " + e.getMessage(), e);
                }
            });
            Sql.update(c, "UPDATE submission SET decided = 1 WHERE application_id = ?", s.applicationId().toString());
            if (d.permit() != null && !d.permit().duplicate()) {
                IssuedPermits.insert(c, d.permit().number(), s, d.decidedOn().toString(), revokeDueMillis);
            }
            ChangeFeed.append(c, s.office(), "DECISION", s.applicationId().toString(), now,
                    new DecisionRecords.Change("DECISION", now, d, null, null));
            return Optional.of(d);
        });
    }

    /** The decision on one application, if decided. */
    Optional<JsonNode> find(UUID id) {
        return store.tx(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT payload_json FROM change WHERE kind = 'DECISION' AND key = ?")) {
                ps.setString(1, id.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(Json.tree(rs.getString(1)).get("decision")) : Optional.empty();
                }
            }
        });
    }
}
