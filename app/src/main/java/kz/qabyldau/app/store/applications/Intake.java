package kz.qabyldau.app.store.applications;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.qabyldau.app.store.AuditActions;
import kz.qabyldau.app.store.PersonalColumns;
import kz.qabyldau.app.store.Vault;
import kz.qabyldau.forms.application.Application;
import kz.qabyldau.forms.application.ApplicationJson;
import kz.qabyldau.forms.application.PresentedDocument;
import kz.qabyldau.forms.verdict.Outcome;
import kz.qabyldau.forms.verdict.Verdict;
import kz.qabyldau.forms.verdict.VerdictJson;
import kz.qabyldau.forms.verdict.Warning;

/**
 * Finishing at the desk: accept (freeze the application and queue it for the central service) or
 * refuse intake (p.17). Each is one transaction and idempotent, so a double click, an Enter held
 * down or a retry after a crash never makes two applications. Obtain it from
 * {@link ApplicationStore#intake()}.
 */
public final class Intake {

    /** Audit action of {@link #accept}. */
    public static final String AUDIT_ACCEPTED = AuditActions.ACCEPTED;
    /** Audit action, one per warning the clerk overrode when accepting. */
    public static final String AUDIT_OVERRIDDEN = AuditActions.OVERRIDDEN;
    /** Audit action of {@link #refuseIntake}. */
    public static final String AUDIT_INTAKE_REFUSED = AuditActions.INTAKE_REFUSED;

    private static final Logger LOG = LoggerFactory.getLogger(Intake.class);

    private final StoreContext context;

    Intake(StoreContext context) {
        this.context = context;
    }

    /**
     * Accepts the draft in ONE transaction: the application is frozen (status QUEUED, the verdict and
     * the overrides it records stored, {@code filedAt} set to the verdict's moment, its scans pinned)
     * and its outbox entry is written. Either all of it happens or none.
     *
     * <p>Accepting an application that is already accepted returns the same result and writes nothing.
     *
     * @param expectedVersion the version the verdict was computed on
     * @param verdict         the law core's verdict of that version, with the clerk's overrides
     * @throws IntakeNotAllowedException    the verdict refuses intake, has field errors or a warning
     *                                      without override, is of another service; or a scan is missing
     * @throws DraftConflictException       the draft changed since {@code expectedVersion}
     * @throws NotEditableException         it was refused at intake or deleted
     * @throws ApplicationNotFoundException no such application
     */
    public AcceptedApplication accept(UUID id, long expectedVersion, Verdict verdict, String clerk) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(clerk, "clerk");
        Instant now = context.now();
        return context.database().writeDurably(c -> {
            StoredApplication stored = ApplicationRows.require(c, context.database().vault(), id);
            if (stored.status().accepted()) {
                LOG.info("Application {} was already accepted: nothing written", id);
                return accepted(c, stored);
            }
            requireCurrentDraft(stored, expectedVersion);
            requireAcceptable(verdict, stored.service());
            Application frozen = freeze(stored.application(), verdict);
            pinScans(c, id, frozen);
            String verdictJson = VerdictJson.write(verdict);
            finish(c, stored, ApplicationStatus.QUEUED, frozen, verdictJson, clerk, now);
            reindex(c, stored, frozen);
            ReportFacts.finished(c, id, verdict);
            long seq = Outbox.enqueue(c, context.database().vault(), id, Outbox.KIND_APPLICATION,
                    OutboxPayload.of(context, stored, frozen, verdict, clerk, now, c), now);
            context.auditLog().append(c, clerk, AUDIT_ACCEPTED, id.toString(), stored.service()
                    + (stored.ticket().isEmpty() ? "" : ", ticket " + stored.ticket()) + ", outbox " + seq);
            for (Warning w : verdict.warnings()) {
                context.auditLog().append(c, clerk, AUDIT_OVERRIDDEN, id.toString(),
                        w.code() + ": " + w.override().orElseThrow().reason());
            }
            return new AcceptedApplication(id, stored.version() + 1, now, clerk, seq);
        });
    }

    /**
     * Records a refusal of intake (p.17): status INTAKE_REFUSED, the verdict (with the receipt's
     * lines) kept. Refusing an application already refused at intake changes nothing.
     *
     * @throws IntakeNotAllowedException    {@link IntakeNotAllowedException#NOT_REFUSABLE} when the verdict
     *                                      is not a refusal of intake, or is of another service
     * @throws DraftConflictException       the draft changed since {@code expectedVersion}
     * @throws NotEditableException         it was accepted or deleted
     * @throws ApplicationNotFoundException no such application
     */
    public void refuseIntake(UUID id, long expectedVersion, Verdict verdict, String clerk) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(clerk, "clerk");
        Instant now = context.now();
        context.database().writeDurably(c -> {
            StoredApplication stored = ApplicationRows.require(c, context.database().vault(), id);
            if (stored.status() == ApplicationStatus.INTAKE_REFUSED) {
                return null;
            }
            requireCurrentDraft(stored, expectedVersion);
            if (!verdict.service().equals(stored.service())) {
                throw new IntakeNotAllowedException(IntakeNotAllowedException.WRONG_VERDICT);
            }
            if (verdict.outcome() != Outcome.REFUSE_INTAKE) {
                throw new IntakeNotAllowedException(IntakeNotAllowedException.NOT_REFUSABLE);
            }
            Application frozen = freeze(stored.application(), verdict);
            finish(c, stored, ApplicationStatus.INTAKE_REFUSED, frozen, VerdictJson.write(verdict), clerk, now);
            reindex(c, stored, frozen);
            ReportFacts.finished(c, id, verdict);
            context.auditLog().append(c, clerk, AUDIT_INTAKE_REFUSED, id.toString(), stored.service() + ": "
                    + verdict.receipt().stream().map(r -> r.document() + " " + r.reason()).toList());
            return null;
        });
    }

    /**
     * Freezing keeps the names and numbers the draft had, so this normally changes nothing; it keeps the
     * search index right even if a draft's last save was made by an older version.
     */
    private void reindex(Connection c, StoredApplication stored, Application frozen) throws SQLException {
        long record = SearchIndex.record(c, stored.id().toString());
        if (record > 0) {
            SearchIndex.replace(c, context.database().vault(), record, SearchIndex.terms(stored.application(), null),
                    SearchIndex.terms(frozen, null));
        }
    }

    private static void requireCurrentDraft(StoredApplication stored, long expectedVersion) {
        if (stored.status() != ApplicationStatus.DRAFT) {
            throw new NotEditableException(stored.id(), stored.status());
        }
        if (stored.version() != expectedVersion) {
            throw new DraftConflictException(stored.id(), expectedVersion, stored.version(), stored.savedBy(),
                    stored.workstationId(), stored.updatedAt());
        }
    }

    /** What the law core must have said before anything is frozen. */
    static void requireAcceptable(Verdict verdict, String service) {
        if (!verdict.service().equals(service)) {
            throw new IntakeNotAllowedException(IntakeNotAllowedException.WRONG_VERDICT);
        }
        if (verdict.outcome() == Outcome.REFUSE_INTAKE) {
            throw new IntakeNotAllowedException(IntakeNotAllowedException.REFUSE_INTAKE);
        }
        if (verdict.outcome() == Outcome.CORRECT_FIELDS) {
            throw new IntakeNotAllowedException(IntakeNotAllowedException.FIELD_ERRORS);
        }
        for (Warning w : verdict.warnings()) {
            if (!w.overridden()) {
                throw new IntakeNotAllowedException(IntakeNotAllowedException.WARNING_NOT_OVERRIDDEN, w.code());
            }
        }
    }

    /** The application as accepted: the filing moment of the verdict and the overrides it records. */
    private static Application freeze(Application draft, Verdict verdict) {
        Application frozen = draft;
        for (Warning w : verdict.warnings()) {
            if (w.override().isPresent()) {
                frozen = frozen.withOverride(w.override().get());
            }
        }
        return new Application(frozen.format(), frozen.id(), frozen.service(),
                frozen.filedAt() != null ? frozen.filedAt() : verdict.asOf().truncatedTo(ChronoUnit.MINUTES),
                frozen.language(), frozen.fields(), frozen.documents(), frozen.overrides());
    }

    /** Pins every scan the documents name; refuses when one is not stored here. */
    private static void pinScans(Connection c, UUID id, Application app) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "INSERT OR IGNORE INTO application_scan (application_id, document_type, sha256) VALUES (?, ?, ?)")) {
            for (PresentedDocument d : app.documents()) {
                for (String sha256 : d.scans()) {
                    if (Scans.find(c, sha256).isEmpty()) {
                        throw new IntakeNotAllowedException(IntakeNotAllowedException.SCAN_MISSING, d.type());
                    }
                    st.setString(1, id.toString());
                    st.setString(2, d.type());
                    st.setString(3, sha256);
                    st.addBatch();
                }
            }
            st.executeBatch();
        }
    }

    private void finish(Connection c, StoredApplication stored, ApplicationStatus status, Application frozen,
                        String verdictJson, String clerk, Instant now) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("UPDATE application SET status = ?, application_json = ?, "
                + "verdict_json = ?, finished_at = ?, finished_by = ?, saved_by = ?, updated_at = ?, "
                + "workstation_id = ?, session_id = ?, version = version + 1 "
                + "WHERE id = ? AND version = ? AND status = 'DRAFT'")) {
            st.setString(1, status.name());
            Vault vault = context.database().vault();
            String row = stored.id().toString();
            st.setString(2, PersonalColumns.APPLICATION_JSON.seal(vault, row, ApplicationJson.write(frozen)));
            st.setString(3, PersonalColumns.VERDICT_JSON.seal(vault, row, verdictJson));
            st.setString(4, StoreContext.iso(now));
            st.setString(5, clerk);
            st.setString(6, clerk);
            st.setString(7, StoreContext.iso(now));
            st.setString(8, context.workstationId());
            st.setLong(9, context.sessionId());
            st.setString(10, stored.id().toString());
            st.setLong(11, stored.version());
            if (st.executeUpdate() != 1) {
                // Impossible inside BEGIN IMMEDIATE after the read above; never freeze half.
                throw new IllegalStateException("application " + stored.id() + " changed during its own transaction");
            }
        }
    }

    private static AcceptedApplication accepted(Connection c, StoredApplication stored) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "SELECT seq FROM outbox WHERE application_id = ? AND kind = ?")) {
            st.setString(1, stored.id().toString());
            st.setString(2, Outbox.KIND_APPLICATION);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("accepted application " + stored.id() + " has no outbox entry");
                }
                // The content is frozen: later steps (SUBMITTED, ISSUED …) change the status, never the
                // version, so a repeated accept returns exactly what the first one did.
                return new AcceptedApplication(stored.id(), stored.version(), stored.finishedAt().orElseThrow(),
                        stored.finishedBy().orElseThrow(), rs.getLong(1));
            }
        }
    }
}
