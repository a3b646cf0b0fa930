package kz.qabyldau.app.central;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import kz.qabyldau.app.sync.SubmissionSignature;

/** Table {@code submission}: the applications received, each under its UUID and a server reference. */
final class Submissions {

    /** A recorded application, with what the desk said about its acceptance. */
    record Submission(UUID applicationId, String reference, String office, String workstation, String region,
                      String service, String applicationJson, OffsetDateTime receivedAt, boolean decided,
                      String verdictJson, String acceptedAt, String clerk, String ticket, String operatorLogin,
                      String signatureKeyId, String signature, byte[] signaturePublicKey) {

        /** The detached signature kept with the record, if it came with one. */
        Optional<SubmissionSignature.Detached> detached() {
            return signature == null ? Optional.empty() : Optional.of(new SubmissionSignature.Detached(signatureKeyId,
                    Base64.getDecoder().decode(signature)));
        }

        /** The submission's signed members as the desk sent them (the operator's name is the clerk). */
        ObjectNode signedContent() {
            ObjectNode body = JsonNodeFactory.instance.objectNode();
            body.set("application", Json.tree(applicationJson));
            body.set("verdict", verdictJson == null ? null : Json.tree(verdictJson));
            body.put("acceptedAt", acceptedAt);
            body.put("clerk", clerk);
            if (operatorLogin != null) {
                body.putObject("operator").put("login", operatorLogin).put("name", clerk);
            }
            body.put("ticket", ticket);
            return body;
        }
    }

    /** What a PUT brings, already checked. */
    record NewSubmission(UUID applicationId, Identity identity, String service, JsonNode application,
                         JsonNode verdict, String acceptedAt, String clerk, String ticket, String operatorLogin,
                         Optional<SubmissionSignature.Detached> signature, byte[] signaturePublicKey) {
    }

    /** The outcome of a PUT: the record and whether this call created it. */
    record PutResult(Submission submission, boolean created) {
    }

    private static final String COLUMNS = "application_id, reference, office, workstation, region, service, "
            + "application_json, received_at, decided, verdict_json, accepted_at, clerk, ticket, operator_login, "
            + "signature_key_id, signature, signature_public_key";

    private final CentralStore store;

    Submissions(CentralStore store) {
        this.store = store;
    }

    Optional<Submission> find(UUID id) {
        return store.tx(c -> find(c, id));
    }

    /**
     * Records the application unless its UUID is known: then the existing record is returned untouched, or
     * APPLICATION_DIFFERS when the content or the office is not the same.
     */
    PutResult insertIfAbsent(NewSubmission s, OffsetDateTime now, long dueAtMillis) {
        return store.tx(c -> {
            Optional<Submission> existing = find(c, s.applicationId());
            if (existing.isPresent()) {
                return new PutResult(sameOrConflict(existing.get(), s), false);
            }
            String reference = String.format("CS-%d-%07d", now.getYear(),
                    Numbering.next(c, "CS-" + now.getYear()));
            Sql.update(c, "INSERT INTO submission (application_id, reference, office, workstation, region, service, "
                            + "application_json, verdict_json, accepted_at, clerk, ticket, received_at, due_at_millis, "
                            + "operator_login, signature_key_id, signature, signature_public_key) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    s.applicationId().toString(), reference, s.identity().office(), s.identity().workstation(),
                    s.identity().region(), s.service(), Json.write(s.application()),
                    present(s.verdict()) == null ? null : Json.write(s.verdict()), s.acceptedAt(), s.clerk(),
                    s.ticket(),
                    now.toString(), dueAtMillis, s.operatorLogin(),
                    s.signature().map(SubmissionSignature.Detached::keyId).orElse(null),
                    s.signature().map(d -> Base64.getEncoder().encodeToString(d.value())).orElse(null),
                    s.signaturePublicKey());
            return new PutResult(find(c, s.applicationId()).orElseThrow(), true);
        });
    }

    /**
     * The existing record if the repeat is the same submission from the same office: the same application, verdict,
     * {@code acceptedAt}, operator (login and name) and ticket — the detached signature is not compared (a workstation
     * enrolled anew signs the same content with another key; the first signature stays). Anything changed is a
     * conflict; when the UUID belongs to another office the conflict says nothing more (no reference, no office), so a
     * guessed UUID learns nothing.
     */
    static Submission sameOrConflict(Submission existing, NewSubmission repeat) {
        if (!existing.office().equals(repeat.identity().office())) {
            throw SyncError.conflict("APPLICATION_DIFFERS", "application " + repeat.applicationId()
                    + " cannot be recorded with this content");
        }
        boolean same = Json.tree(existing.applicationJson()).equals(repeat.application())
                && Objects.equals(present(existing.verdictJson() == null ? null : Json.tree(existing.verdictJson())),
                present(repeat.verdict()))
                && existing.acceptedAt().equals(repeat.acceptedAt())
                && Objects.equals(existing.clerk(), repeat.clerk())
                && Objects.equals(existing.ticket(), repeat.ticket())
                && Objects.equals(existing.operatorLogin(), repeat.operatorLogin());
        if (!same) {
            throw SyncError.conflict("APPLICATION_DIFFERS", "application " + existing.applicationId()
                    + " was already received with other content").with("reference", existing.reference());
        }
        return existing;
    }

    /** A JSON value, or null for none (absent or JSON {@code null}). */
    private static JsonNode present(JsonNode node) {
        return node == null || node.isNull() || node.isMissingNode() ? null : node;
    }

    /** Undecided submissions due at {@code nowMillis} (all of them when {@code ignoreDelay}), oldest first. */
    List<Submission> due(long nowMillis, boolean ignoreDelay) {
        return store.tx(c -> {
            List<Submission> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM submission "
                    + "WHERE decided = 0 AND (? OR due_at_millis <= ?) ORDER BY due_at_millis, reference")) {
                ps.setBoolean(1, ignoreDelay);
                ps.setLong(2, nowMillis);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(submission(rs));
                    }
                }
            }
            return list;
        });
    }

    /** Every recorded application, oldest first. */
    List<Submission> all() {
        return store.tx(c -> {
            List<Submission> list = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT " + COLUMNS + " FROM submission ORDER BY reference")) {
                while (rs.next()) {
                    list.add(submission(rs));
                }
            }
            return list;
        });
    }

    static Optional<Submission> find(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                + " FROM submission WHERE application_id = ?")) {
            ps.setString(1, id.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(submission(rs)) : Optional.empty();
            }
        }
    }

    private static Submission submission(ResultSet rs) throws SQLException {
        return new Submission(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), OffsetDateTime.parse(rs.getString(8)),
                rs.getInt(9) == 1, rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13),
                rs.getString(14), rs.getString(15), rs.getString(16), rs.getBytes(17));
    }
}
