package kz.qabyldau.app.store.applications;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.qabyldau.forms.verdict.ReceiptLine;
import kz.qabyldau.forms.verdict.Verdict;

/**
 * Writes the plain facts the reports read (migration V12, docs/reports.md) in the same transaction as the
 * change they describe: the registration day and decision deadline of a finished application, the lines of a
 * refusal of intake, the decision and its ground. None of them is personal data, so the reports never need to
 * read (or decrypt) the application itself.
 */
final class ReportFacts {

    private static final Logger LOG = LoggerFactory.getLogger(ReportFacts.class);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReportFacts() {
    }

    /** At accept or refusal of intake: the verdict's registration day, decision deadline and receipt lines. */
    static void finished(Connection c, UUID id, Verdict verdict) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "UPDATE application SET registration_day = ?, decision_due = ? WHERE id = ?")) {
            st.setString(1, verdict.registrationDay() == null ? null : verdict.registrationDay().toString());
            st.setString(2, verdict.date("decisionDue").map(LocalDate::toString).orElse(null));
            st.setString(3, id.toString());
            st.executeUpdate();
        }
        if (verdict.receipt().isEmpty()) {
            return;
        }
        try (PreparedStatement st = c.prepareStatement("INSERT OR IGNORE INTO intake_refusal_ground "
                + "(application_id, document, reason) VALUES (?, ?, ?)")) {
            for (ReceiptLine line : verdict.receipt()) {
                st.setString(1, id.toString());
                st.setString(2, line.document());
                st.setString(3, line.reason());
                st.addBatch();
            }
            st.executeBatch();
        }
    }

    /**
     * At a decision: ISSUED or REFUSED, the day the provider decided (the decision's {@code decidedOn}, else
     * today in this computer's zone) and the provider's ground of a refusal.
     */
    static void decided(Connection c, UUID id, ApplicationStatus decision, String decisionJson, Instant now)
            throws SQLException {
        String decidedOn = LocalDate.ofInstant(now, ZoneId.systemDefault()).toString();
        String ground = null;
        try {
            JsonNode json = MAPPER.readTree(decisionJson);
            if (json.path("decidedOn").isTextual()) {
                decidedOn = LocalDate.parse(json.path("decidedOn").asText()).toString();
            }
            JsonNode id0 = json.path("refusal").path("ground").path("id");
            ground = id0.isValueNode() && !id0.isNull() ? id0.asText() : null;
        } catch (IOException | DateTimeException e) {
            // The decision itself is stored whatever it says; the report then counts it on the day it arrived.
            LOG.warn("Decision of {} has no readable decidedOn or ground ({})", id, e.getClass().getSimpleName());
        }
        try (PreparedStatement st = c.prepareStatement(
                "UPDATE application SET decision = ?, decided_on = ?, decision_ground = ? WHERE id = ?")) {
            st.setString(1, decision.name());
            st.setString(2, decidedOn);
            st.setString(3, ground);
            st.setString(4, id.toString());
            st.executeUpdate();
        }
    }
}
