package kz.qabyldau.app.store.applications;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import kz.qabyldau.app.store.PersonalColumns;
import kz.qabyldau.app.store.Vault;
import kz.qabyldau.forms.application.ApplicationJson;
import kz.qabyldau.forms.application.PresentedDocument;
import kz.qabyldau.forms.verdict.VerdictJson;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * Writes many whole applications at once, in one transaction per call, with prepared statements in batches:
 * the synthetic data of {@code qabyldau generate} (demonstrations, training, benchmarks). The desk never uses
 * it: a real application only ever moves through {@link Drafts}, {@link Intake} and {@link Records}.
 *
 * <p>Each row gets the same derived search columns and office-search terms a desk save gives it. An accepted
 * application gets its outbox entry as the desk would: PENDING with the real payload while QUEUED, SENT with
 * the central service's reference from SUBMITTED on. The payload of a SENT entry says it was generated ({@value
 * #SYNTHETIC_PAYLOAD}) instead of repeating the application, which keeps a million-record database at half the
 * size.
 */
public final class BulkImport {

    /** The payload of a generated application that counts as sent. */
    public static final String SYNTHETIC_PAYLOAD = "{\"format\":\"qabyldau.outbox.synthetic/1\"}";

    private static final String INSERT_APPLICATION = "INSERT INTO application (id, service, status, application_json, "
            + "ticket, clerk, saved_by, workstation_id, training, started_at, updated_at, version, service_time_ms, "
            + "session_id, search_key, applicant_name, passport_number, iin, verdict_json, finished_at, finished_by, "
            + "server_reference, permit_number, decision_json, decided_at, handed_out_at, handed_out_by, "
            + "permit_index, search_no) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private static final ObjectMapper JSON =
            new ObjectMapper();

    private final StoreContext context;

    BulkImport(StoreContext context) {
        this.context = context;
    }

    /**
     * Writes the applications in one transaction (all or none). The scans their documents name must be
     * stored already ({@link Scans#put}).
     *
     * @throws IntakeNotAllowedException {@link IntakeNotAllowedException#SCAN_MISSING} when one is not
     */
    public void write(List<ImportedApplication> applications) {
        Objects.requireNonNull(applications, "applications");
        context.database().write(c -> {
            try (PreparedStatement app = c.prepareStatement(INSERT_APPLICATION);
                 PreparedStatement pin = c.prepareStatement("INSERT OR IGNORE INTO application_scan "
                         + "(application_id, document_type, sha256) VALUES (?, ?, ?)");
                 PreparedStatement outbox = c.prepareStatement("INSERT INTO outbox (application_id, kind, "
                         + "payload_json, created_at, state, attempts, sent_at, server_reference) "
                         + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement terms = c.prepareStatement(
                         "INSERT OR IGNORE INTO search_term (term, record) VALUES (?, ?)")) {
                long record = SearchIndex.nextRecord(c);
                for (ImportedApplication a : applications) {
                    bindApplication(app, a, record);
                    app.addBatch();
                    SearchIndex.addBatch(terms, context.database().vault(), record,
                            SearchIndex.terms(a.application(), a.permitNumber().orElse(null)));
                    record++;
                    if (a.status().accepted()) {
                        pinScans(c, pin, a);
                        bindOutbox(c, outbox, a);
                        outbox.addBatch();
                    }
                }
                app.executeBatch();
                for (ImportedApplication a : applications) {
                    reportFacts(c, a);
                }
                terms.executeBatch();
                pin.executeBatch();
                outbox.executeBatch();
            }
            return null;
        });
    }

    private void bindApplication(PreparedStatement st, ImportedApplication a, long record) throws SQLException {
        String finishedAt = a.finishedAt().map(StoreContext::iso).orElse(null);
        // Kept exactly as a desk save keeps them: sealed and blind-indexed in an encrypted office database.
        Vault vault = context.database().vault();
        String row = a.id().toString();
        String permit = a.permitNumber().map(ApplicationRows::normalizeNumber).orElse(null);
        st.setString(1, row);
        st.setString(2, a.application().service());
        st.setString(3, a.status().name());
        st.setString(4, PersonalColumns.APPLICATION_JSON.seal(vault, row, ApplicationJson.write(a.application())));
        st.setString(5, a.ticket());
        st.setString(6, a.clerk());
        st.setString(7, a.clerk());
        st.setString(8, context.workstationId());
        st.setInt(9, context.training() ? 1 : 0);
        st.setString(10, StoreContext.iso(a.startedAt()));
        st.setString(11, StoreContext.iso(a.updatedAt()));
        st.setLong(12, 1);
        // A generated application has no desk timer; the span from its start to its finish stands in for it, so
        // the reports' service times have figures to show (docs/reports.md).
        st.setLong(13, a.finishedAt().map(f -> Duration.between(a.startedAt(), f).toMillis()).orElse(0L));
        st.setLong(14, context.sessionId());
        st.setString(15, PersonalColumns.SEARCH_KEY.seal(vault, row, ApplicationRows.searchKey(a.application(),
                a.ticket())));
        st.setString(16, PersonalColumns.APPLICANT_NAME.seal(vault, row,
                ApplicationRows.applicantName(a.application())));
        st.setString(17, PersonalColumns.PASSPORT_INDEX.index(vault, ApplicationRows.passportNumber(a.application())));
        st.setString(18, PersonalColumns.IIN_INDEX.index(vault, ApplicationRows.iin(a.application())));
        st.setString(19, PersonalColumns.VERDICT_JSON.seal(vault, row,
                a.verdict().map(VerdictJson::write).orElse(null)));
        st.setString(20, finishedAt);
        st.setString(21, finishedAt == null ? null : a.clerk());
        st.setString(22, a.reference().orElse(null));
        st.setString(23, PersonalColumns.PERMIT_NUMBER.seal(vault, row, permit));
        st.setString(24, PersonalColumns.DECISION_JSON.seal(vault, row, a.decisionJson().orElse(null)));
        st.setString(25, a.decidedAt().map(StoreContext::iso).orElse(null));
        st.setString(26, a.handedOutAt().map(StoreContext::iso).orElse(null));
        st.setString(27, a.handedOutAt().isPresent() ? a.clerk() : null);
        st.setString(28, PersonalColumns.PERMIT_INDEX.index(vault, permit));
        st.setLong(29, record);
    }

    /** The plain facts the reports read, as the desk and the sync write them (ADR 0080). */
    private static void reportFacts(Connection c, ImportedApplication a) throws SQLException {
        if (a.verdict().isPresent() && a.finishedAt().isPresent()) {
            ReportFacts.finished(c, a.id(), a.verdict().get());
        }
        if (a.decisionJson().isPresent() && a.decidedAt().isPresent()) {
            boolean refused = a.status() == ApplicationStatus.REFUSED || outcome(a.decisionJson().get())
                    .equals("REFUSED");
            ReportFacts.decided(c, a.id(), refused ? ApplicationStatus.REFUSED : ApplicationStatus.ISSUED,
                    a.decisionJson().get(), a.decidedAt().get());
        }
    }

    /** The decision's outcome as the sync reads it ({@code ChangeApplier}); "" when unreadable. */
    private static String outcome(String decisionJson) {
        try {
            return JSON.readTree(decisionJson).path("outcome").asText("");
        } catch (IOException e) {
            return "";
        }
    }

    private static void pinScans(Connection c, PreparedStatement st, ImportedApplication a) throws SQLException {
        for (PresentedDocument d : a.application().documents()) {
            for (String sha256 : d.scans()) {
                if (Scans.find(c, sha256).isEmpty()) {
                    throw new IntakeNotAllowedException(IntakeNotAllowedException.SCAN_MISSING, d.type());
                }
                st.setString(1, a.id().toString());
                st.setString(2, d.type());
                st.setString(3, sha256);
                st.addBatch();
            }
        }
    }

    private void bindOutbox(Connection c, PreparedStatement st, ImportedApplication a) throws SQLException {
        Instant accepted = a.finishedAt().orElseThrow();
        boolean queued = a.status() == ApplicationStatus.QUEUED;
        String payload = queued ? OutboxPayload.of(context, stored(a), a.application(), a.verdict().orElseThrow(),
                a.clerk(), accepted, c) : SYNTHETIC_PAYLOAD;
        st.setString(1, a.id().toString());
        st.setString(2, Outbox.KIND_APPLICATION);
        st.setString(3, PersonalColumns.OUTBOX_PAYLOAD.seal(context.database().vault(), a.id().toString(), payload));
        st.setString(4, StoreContext.iso(accepted));
        st.setString(5, queued ? OutboxState.PENDING.name() : OutboxState.SENT.name());
        st.setInt(6, queued ? 0 : 1);
        st.setString(7, queued ? null : StoreContext.iso(accepted));
        st.setString(8, a.reference().orElse(null));
    }

    private StoredApplication stored(ImportedApplication a) {
        return new StoredApplication(a.id(), a.application().service(), a.status(), a.application(), a.ticket(),
                a.clerk(), a.startedAt(), a.updatedAt(), 1, Duration.ZERO, context.workstationId(),
                context.training(), a.clerk(), a.verdict().map(VerdictJson::write), a.finishedAt(),
                a.finishedAt().map(f -> a.clerk()), a.reference(), a.permitNumber());
    }
}
