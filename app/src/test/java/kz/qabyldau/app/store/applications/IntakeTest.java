package kz.qabyldau.app.store.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.store.AuditLog;
import kz.qabyldau.app.store.Database;
import kz.qabyldau.app.store.StoreException;
import kz.qabyldau.forms.application.Application;
import kz.qabyldau.forms.application.ApplicationJson;
import kz.qabyldau.forms.application.PresentedDocument;
import kz.qabyldau.forms.application.WarningOverride;
import kz.qabyldau.forms.verdict.FieldError;
import kz.qabyldau.forms.verdict.Outcome;
import kz.qabyldau.forms.verdict.ReceiptLine;
import kz.qabyldau.forms.verdict.Verdict;
import kz.qabyldau.forms.verdict.Verdicts;
import com.fasterxml.jackson.databind.ObjectMapper;

class IntakeTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 1, 2, 3};

    @TempDir
    Path folder;

    private Database db;
    private ApplicationStore store;

    @BeforeEach
    void open() {
        db = StoreFixture.open(folder);
        store = ApplicationStore.open(db, false, StoreFixture.clock());
    }

    @AfterEach
    void close() {
        db.close();
    }

    /** A saved draft (version 2) with a passport whose scan is stored. */
    private StoredApplication draftWithScan() {
        StoredApplication draft = store.drafts().create("permit.issue", "A-17", "Aigerim");
        ScanRef scan = store.scans().put(PNG, "image/png", "passport.png");
        PresentedDocument passport = new PresentedDocument("passport", true, null, null, LocalDate.of(2030, 1, 1),
                LocalDate.of(2026, 2, 1), List.of(scan.sha256()));
        store.drafts().save(draft.id(), StoreFixture.permit(draft, "Каримов", "Алишер", "FA1234567", null,
                List.of(passport)), 1, Duration.ofMinutes(7));
        return store.drafts().find(draft.id()).orElseThrow();
    }

    private int count(String sql) {
        return db.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    @Test
    void acceptFreezesTheApplicationAsQueuedWithItsVerdictAndWritesItsOutboxEntry() {
        StoredApplication draft = draftWithScan();
        Verdict verdict = StoreFixture.accepting("permit.issue");

        AcceptedApplication accepted = store.intake().accept(draft.id(), 2, verdict, "Dana");

        StoredApplication frozen = store.drafts().find(draft.id()).orElseThrow();
        assertThat(frozen.status()).isEqualTo(ApplicationStatus.QUEUED);
        assertThat(frozen.version()).isEqualTo(3).isEqualTo(accepted.version());
        assertThat(frozen.verdictJson()).hasValueSatisfying(json -> assertThat(json)
                .contains("\"outcome\" : \"ACCEPT\""));
        assertThat(frozen.acceptedAt()).contains(StoreFixture.T0);
        assertThat(frozen.finishedBy()).contains("Dana");
        assertThat(frozen.application().filedAt()).as("filed at the verdict's moment, minutes precision")
                .isEqualTo(LocalDateTime.of(2026, 3, 2, 10, 15));
        List<OutboxEntry> pending = store.outbox().pending(10);
        assertThat(pending).singleElement().satisfies(e -> {
            assertThat(e.seq()).isEqualTo(accepted.outboxSeq());
            assertThat(e.applicationId()).isEqualTo(draft.id());
            assertThat(e.kind()).isEqualTo(Outbox.KIND_APPLICATION);
            assertThat(e.state()).isEqualTo(OutboxState.PENDING);
            assertThat(e.attempts()).isZero();
        });
        assertThat(count("SELECT count(*) FROM application_scan WHERE application_id = '" + draft.id() + "'"))
                .as("the passport scan is pinned").isEqualTo(1);
    }

    @Test
    void outboxPayloadCarriesTheFrozenApplicationTheVerdictAndScanMetadata() throws Exception {
        StoredApplication draft = draftWithScan();
        store.intake().accept(draft.id(), 2, StoreFixture.accepting("permit.issue"), "Dana");

        var payload = new ObjectMapper()
                .readTree(store.outbox().pending(1).get(0).payloadJson());

        assertThat(payload.get("format").asText()).isEqualTo(OutboxPayload.FORMAT);
        assertThat(payload.get("applicationId").asText()).isEqualTo(draft.id().toString());
        assertThat(payload.get("workstationId").asText()).isEqualTo(store.workstationId());
        assertThat(payload.get("serviceTimeSeconds").asLong()).isEqualTo(420);
        Application sent = ApplicationJson.read(payload.get("application").toString());
        assertThat(sent.field("applicant.surname")).contains("Каримов");
        assertThat(payload.get("verdict").get("outcome").asText()).isEqualTo("ACCEPT");
        assertThat(payload.get("scans").get(0).get("sha256").asText()).isEqualTo(Scans.sha256(PNG));
        assertThat(payload.get("scans").get(0).get("mediaType").asText()).isEqualTo(Scans.PNG);
        assertThat(payload.get("scans").get(0).get("documentType").asText()).isEqualTo("passport");
    }

    @Test
    void aFailureBetweenFreezingAndTheOutboxEntryRollsBackBoth() {
        StoredApplication draft = draftWithScan();
        // The failure is injected by the database itself, after the freeze and the pins were written
        // in the same transaction: the outbox insert raises.
        db.write(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TRIGGER fail_outbox BEFORE INSERT ON outbox "
                        + "BEGIN SELECT RAISE(ABORT, 'injected failure'); END");
            }
            return null;
        });

        assertThatThrownBy(() -> store.intake().accept(draft.id(), 2, StoreFixture.accepting("permit.issue"), "Dana"))
                .isInstanceOf(StoreException.class).hasMessageContaining("injected failure");

        StoredApplication after = store.drafts().find(draft.id()).orElseThrow();
        assertThat(after.status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(after.version()).isEqualTo(2);
        assertThat(after.verdictJson()).isEmpty();
        assertThat(count("SELECT count(*) FROM outbox")).isZero();
        assertThat(count("SELECT count(*) FROM application_scan")).isZero();
        assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'application.accepted'")).isZero();
        assertThat(count("SELECT count(*) FROM application a WHERE a.status <> 'DRAFT' AND a.status <> 'DELETED' "
                + "AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.application_id = a.id)"))
                .as("no accepted application without its outbox entry").isZero();

        // Once the fault is gone, the same accept goes through.
        db.write(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("DROP TRIGGER fail_outbox");
            }
            return null;
        });
        store.intake().accept(draft.id(), 2, StoreFixture.accepting("permit.issue"), "Dana");
        assertThat(count("SELECT count(*) FROM outbox")).isEqualTo(1);
    }

    @Test
    void aFailureWritingTheApplicationLeavesNoOutboxEntry() {
        StoredApplication draft = draftWithScan();
        db.write(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TRIGGER fail_freeze BEFORE UPDATE OF status ON application "
                        + "WHEN NEW.status = 'QUEUED' BEGIN SELECT RAISE(ABORT, 'injected failure'); END");
            }
            return null;
        });

        assertThatThrownBy(() -> store.intake().accept(draft.id(), 2, StoreFixture.accepting("permit.issue"), "Dana"))
                .isInstanceOf(StoreException.class);

        assertThat(store.drafts().find(draft.id()).orElseThrow().status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(count("SELECT count(*) FROM outbox")).isZero();
    }

    @Test
    void acceptingTwiceGivesTheSameResultAndOneOutboxEntry() {
        StoredApplication draft = draftWithScan();
        Verdict verdict = StoreFixture.accepting("permit.issue");

        AcceptedApplication first = store.intake().accept(draft.id(), 2, verdict, "Dana");
        AcceptedApplication second = store.intake().accept(draft.id(), 2, verdict, "Dana");

        assertThat(second).isEqualTo(first);
        assertThat(count("SELECT count(*) FROM outbox")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'application.accepted'")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM application WHERE status = 'QUEUED'")).isEqualTo(1);
    }

    @Test
    void acceptingConcurrentlyFromTwoThreadsGivesOneApplicationAndOneOutboxEntry() throws Exception {
        StoredApplication draft = draftWithScan();
        Verdict verdict = StoreFixture.accepting("permit.issue");
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<AcceptedApplication>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                results.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await(10, TimeUnit.SECONDS);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return store.intake().accept(draft.id(), 2, verdict, "Dana");
                }, pool));
            }
            AcceptedApplication a = results.get(0).get(30, TimeUnit.SECONDS);
            AcceptedApplication b = results.get(1).get(30, TimeUnit.SECONDS);
            assertThat(a).isEqualTo(b);
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("SELECT count(*) FROM outbox")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM application WHERE status = 'QUEUED'")).isEqualTo(1);
    }

    @Test
    void acceptAfterSubmissionStillReturnsTheFirstResult() {
        StoredApplication draft = draftWithScan();
        AcceptedApplication first = store.intake().accept(draft.id(), 2, StoreFixture.accepting("permit.issue"),
                "Dana");
        store.outbox().markSent(first.outboxSeq(), "C-1");

        assertThat(store.intake().accept(draft.id(), 2, StoreFixture.accepting("permit.issue"), "Dana"))
                .isEqualTo(first);
    }

    @Test
    void acceptOfAStaleVersionIsAConflict() {
        StoredApplication draft = draftWithScan();

        assertThatThrownBy(() -> store.intake().accept(draft.id(), 1, StoreFixture.accepting("permit.issue"), "Dana"))
                .isInstanceOf(DraftConflictException.class);
        assertThat(count("SELECT count(*) FROM outbox")).isZero();
    }

    @Test
    void p17_aVerdictThatRefusesIntakeCannotBeAccepted() {
        StoredApplication draft = draftWithScan();
        Verdict refusal = StoreFixture.verdict("permit.issue", Outcome.REFUSE_INTAKE, List.of(),
                List.of(new ReceiptLine("medical-028e", "EXPIRED", "app2", StoreFixture.text("expired"))), List.of());

        assertThatThrownBy(() -> store.intake().accept(draft.id(), 2, refusal, "Dana"))
                .isInstanceOfSatisfying(IntakeNotAllowedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(IntakeNotAllowedException.REFUSE_INTAKE));
        assertThat(store.drafts().find(draft.id()).orElseThrow().status()).isEqualTo(ApplicationStatus.DRAFT);
    }

    @Test
    void aVerdictWithFieldErrorsCannotBeAccepted() {
        StoredApplication draft = draftWithScan();
        Verdict errors = StoreFixture.verdict("permit.issue", Outcome.CORRECT_FIELDS, List.of(), List.of(),
                List.of(new FieldError("applicant.iin", "INVALID_IIN", StoreFixture.text("bad IIN"))));

        assertThatThrownBy(() -> store.intake().accept(draft.id(), 2, errors, "Dana"))
                .isInstanceOfSatisfying(IntakeNotAllowedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(IntakeNotAllowedException.FIELD_ERRORS));
    }

    @Test
    void aWarningWithoutOverrideBlocksAccept() {
        StoredApplication draft = draftWithScan();
        Verdict warned = StoreFixture.verdict("permit.issue", Outcome.ACCEPT,
                List.of(StoreFixture.warning("PREPAYMENT_AMOUNT")), List.of(), List.of());

        assertThatThrownBy(() -> store.intake().accept(draft.id(), 2, warned, "Dana"))
                .isInstanceOfSatisfying(IntakeNotAllowedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(IntakeNotAllowedException.WARNING_NOT_OVERRIDDEN);
                    assertThat(e.getMessage()).contains("PREPAYMENT_AMOUNT");
                });
    }

    @Test
    void anOverriddenWarningIsAcceptedAndTheOverrideIsStoredAndAudited() {
        StoredApplication draft = draftWithScan();
        WarningOverride override = new WarningOverride("PREPAYMENT_AMOUNT", "paid twice, receipts attached", "Dana");
        Verdict warned = StoreFixture.verdict("permit.issue", Outcome.ACCEPT,
                List.of(StoreFixture.warning("PREPAYMENT_AMOUNT")), List.of(), List.of()).override(override);

        store.intake().accept(draft.id(), 2, warned, "Dana");

        assertThat(store.drafts().find(draft.id()).orElseThrow().application().overrides()).containsExactly(override);
        AuditLog.Entry entry = new AuditLog(db, StoreFixture.clock()).latest(1).get(0);
        assertThat(entry.action()).isEqualTo(Intake.AUDIT_OVERRIDDEN);
        assertThat(entry.details()).isEqualTo("PREPAYMENT_AMOUNT: paid twice, receipts attached");
    }

    @Test
    void aVerdictOfAnotherServiceCannotBeAccepted() {
        StoredApplication draft = draftWithScan();

        assertThatThrownBy(() -> store.intake().accept(draft.id(), 2, StoreFixture.accepting("permit.extend"), "Dana"))
                .isInstanceOfSatisfying(IntakeNotAllowedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(IntakeNotAllowedException.WRONG_VERDICT));
    }

    @Test
    void aDocumentNamingAScanThatIsNotStoredCannotBeAccepted() {
        StoredApplication draft = store.drafts().create("permit.issue", "", "Aigerim");
        PresentedDocument passport = new PresentedDocument("passport", true, null, null, null, null,
                List.of(Scans.sha256(new byte[] {1})));
        store.drafts().save(draft.id(), StoreFixture.permit(draft, "Каримов", "Алишер", "FA1", null,
                List.of(passport)), 1, Duration.ZERO);

        assertThatThrownBy(() -> store.intake().accept(draft.id(), 2, StoreFixture.accepting("permit.issue"), "Dana"))
                .isInstanceOfSatisfying(IntakeNotAllowedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(IntakeNotAllowedException.SCAN_MISSING);
                    assertThat(e.getMessage()).contains("passport");
                });
        assertThat(count("SELECT count(*) FROM application_scan")).isZero();
    }

    @Test
    void anEmptyDraftJudgedByTheLawCoreCannotBeAccepted() {
        StoredApplication draft = store.drafts().create("permit.issue", "", "Aigerim");
        Verdict verdict = Verdicts.bundled().evaluate(draft.application(), StoreFixture.FILED);

        assertThatThrownBy(() -> store.intake().accept(draft.id(), 1, verdict, "Dana"))
                .isInstanceOf(IntakeNotAllowedException.class);
        assertThat(store.outbox().waitingCount()).isZero();
    }

    @Test
    void acceptedApplicationCannotBeSavedAsADraftAnyMore() {
        StoredApplication draft = draftWithScan();
        store.intake().accept(draft.id(), 2, StoreFixture.accepting("permit.issue"), "Dana");

        assertThatThrownBy(() -> store.drafts().save(draft.id(), draft.application(), 3, Duration.ZERO))
                .isInstanceOf(NotEditableException.class);
        assertThatThrownBy(() -> store.drafts().delete(draft.id(), "Dana", "oops"))
                .isInstanceOf(NotEditableException.class);
    }

    @Test
    void p17_refuseIntakeKeepsTheRecordWithItsVerdictAndWritesNoOutboxEntry() {
        StoredApplication draft = draftWithScan();
        Verdict refusal = StoreFixture.verdict("permit.issue", Outcome.REFUSE_INTAKE, List.of(),
                List.of(new ReceiptLine("medical-028e", "EXPIRED", "app2", StoreFixture.text("expired"))), List.of());

        store.intake().refuseIntake(draft.id(), 2, refusal, "Dana");
        store.intake().refuseIntake(draft.id(), 2, refusal, "Dana");

        StoredApplication refused = store.drafts().find(draft.id()).orElseThrow();
        assertThat(refused.status()).isEqualTo(ApplicationStatus.INTAKE_REFUSED);
        assertThat(refused.verdictJson()).hasValueSatisfying(json -> assertThat(json).contains("medical-028e"));
        assertThat(store.outbox().waitingCount()).isZero();
        assertThat(count("SELECT count(*) FROM audit_log WHERE action = 'application.intakeRefused'")).isEqualTo(1);
        assertThat(store.drafts().list("")).isEmpty();
    }

    @Test
    void refuseIntakeNeedsAVerdictThatRefuses() {
        StoredApplication draft = draftWithScan();

        assertThatThrownBy(() -> store.intake().refuseIntake(draft.id(), 2, StoreFixture.accepting("permit.issue"),
                "Dana"))
                .isInstanceOfSatisfying(IntakeNotAllowedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(IntakeNotAllowedException.NOT_REFUSABLE));
        assertThat(store.drafts().find(draft.id()).orElseThrow().status()).isEqualTo(ApplicationStatus.DRAFT);
    }

    @Test
    void anAcceptedApplicationCannotBeRefusedAtIntake() {
        StoredApplication draft = draftWithScan();
        store.intake().accept(draft.id(), 2, StoreFixture.accepting("permit.issue"), "Dana");
        Verdict refusal = StoreFixture.verdict("permit.issue", Outcome.REFUSE_INTAKE, List.of(),
                List.of(new ReceiptLine("passport", "MISSING", "p17", StoreFixture.text("missing"))), List.of());

        assertThatThrownBy(() -> store.intake().refuseIntake(draft.id(), 3, refusal, "Dana"))
                .isInstanceOf(NotEditableException.class);
    }

    @Test
    void unknownApplicationCannotBeAccepted() {
        assertThatThrownBy(() -> store.intake().accept(UUID.randomUUID(), 1, StoreFixture.accepting("permit.issue"),
                "Dana")).isInstanceOf(ApplicationNotFoundException.class);
    }

    @Test
    void pinnedScansCannotBeRemoved() {
        StoredApplication draft = draftWithScan();
        store.intake().accept(draft.id(), 2, StoreFixture.accepting("permit.issue"), "Dana");

        assertThatThrownBy(() -> db.write(c -> {
            try (PreparedStatement st = c.prepareStatement("DELETE FROM scan WHERE sha256 = ?")) {
                st.setString(1, Scans.sha256(PNG));
                return st.executeUpdate();
            }
        })).isInstanceOf(StoreException.class);
        assertThat(store.scans().content(Scans.sha256(PNG))).isEqualTo(PNG);
    }
}
