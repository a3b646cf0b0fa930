package kz.qabyldau.app.store.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kz.qabyldau.app.store.AuditLog;
import kz.qabyldau.app.store.Recipient;
import kz.qabyldau.app.store.Database;

class PrintedFormsAndRecordsTest {

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

    private AcceptedApplication accepted(String surname, String passport, String iin) {
        StoredApplication draft = store.drafts().create("permit.issue", "", "Aigerim");
        store.drafts().save(draft.id(), StoreFixture.permit(draft, surname, "Алишер", passport, iin, List.of()), 1,
                Duration.ZERO);
        return store.intake().accept(draft.id(), 2, StoreFixture.accepting("permit.issue"), "Aigerim");
    }

    @Test
    void printedFormsAreKeptWithTheApplicationInPrintingOrder() {
        AcceptedApplication a = accepted("Каримов", "FA1", null);

        PrintedForm app1 = store.printedForms().save(a.id(), "permit.app1", "kk", ScansTest.PDF);
        PrintedForm copy = store.printedForms().save(a.id(), "permit.app1", "ru", ScansTest.PDF);

        assertThat(store.printedForms().list(a.id())).containsExactly(app1, copy);
        assertThat(app1.sha256()).isEqualTo(Scans.sha256(ScansTest.PDF));
        assertThat(store.printedForms().content(copy.id())).isEqualTo(ScansTest.PDF);
    }

    @Test
    void aPrintedFormMustBeAPdf() {
        AcceptedApplication a = accepted("Каримов", "FA1", null);

        assertThatThrownBy(() -> store.printedForms().save(a.id(), "permit.app1", "kk", ScansTest.PNG))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPrintedFormNeedsItsApplication() {
        assertThatThrownBy(() -> store.printedForms().save(UUID.randomUUID(), "permit.app1", "kk", ScansTest.PDF))
                .isInstanceOf(ApplicationNotFoundException.class);
    }

    @ParameterizedTest(name = "\"{0}\" finds the earlier permit")
    @ValueSource(strings = {"P-000123", " p-000123 ", "FA7654321", "FA 765 4321", "fa7654321", "880101300123"})
    void p21_earlierPermitFoundByPermitNumberPassportOrIin(String query) {
        AcceptedApplication a = accepted("Каримов", "FA7654321", "880101300123");
        store.records().recordDecision(a.id(), ApplicationStatus.ISSUED, "P-000123", "{\"permit\":\"P-000123\"}");
        accepted("Петров", "N1", "900202400456");

        assertThat(store.records().findByPermitNumberPassportOrIin(query)).extracting(StoredApplication::id)
                .containsExactly(a.id());
    }

    @Test
    void draftsAndIntakeRefusalsAreNotEarlierPermits() {
        StoredApplication draft = store.drafts().create("permit.issue", "", "Aigerim");
        store.drafts().save(draft.id(), StoreFixture.permit(draft, "Каримов", "Алишер", "FA1", null, List.of()), 1,
                Duration.ZERO);

        assertThat(store.records().findByPermitNumberPassportOrIin("FA1")).isEmpty();
        assertThat(store.records().findByPermitNumberPassportOrIin(" ")).isEmpty();
    }

    private static final Recipient RECIPIENT = new Recipient("Каримов Алишер", "FA1");

    @Test
    void aDecisionIsRecordedOnceAndThenHandedOut() {
        AcceptedApplication a = accepted("Каримов", "FA1", null);

        assertThat(store.records().recordDecision(a.id(), ApplicationStatus.ISSUED, "P-1", "{}")).isTrue();
        assertThat(store.records().recordDecision(a.id(), ApplicationStatus.REFUSED, null, "{}")).isFalse();
        assertThat(store.records().awaitingHandout()).extracting(StoredApplication::id).containsExactly(a.id());

        store.records().handOut(a.id(), "Dana", RECIPIENT);
        store.records().handOut(a.id(), "Dana", RECIPIENT);

        StoredApplication handed = store.drafts().find(a.id()).orElseThrow();
        assertThat(handed.status()).isEqualTo(ApplicationStatus.HANDED_OUT);
        assertThat(handed.permitNumber()).contains("P-1");
        assertThat(store.records().awaitingHandout()).isEmpty();
        assertThat(new AuditLog(db, StoreFixture.clock()).latest(10)).filteredOn(e -> e.action()
                .equals(Records.AUDIT_HANDED_OUT)).singleElement().satisfies(e -> assertThat(e.details())
                .contains("received by: Каримов Алишер; document: FA1"));
    }

    @Test
    void theDecisionIsKeptAsSentForPrinting() {
        AcceptedApplication a = accepted("Каримов", "FA1", null);
        assertThat(store.records().decisionJson(a.id())).isEmpty();

        store.records().recordDecision(a.id(), ApplicationStatus.ISSUED, "P-1", "{\"permit\":\"P-1\"}");

        assertThat(store.records().decisionJson(a.id())).contains("{\"permit\":\"P-1\"}");
    }

    @Test
    void nothingToHandOutBeforeADecision() {
        AcceptedApplication a = accepted("Каримов", "FA1", null);

        assertThatThrownBy(() -> store.records().handOut(a.id(), "Dana", RECIPIENT))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyIssuedOrRefusedAreDecisions() {
        AcceptedApplication a = accepted("Каримов", "FA1", null);

        assertThatThrownBy(() -> store.records().recordDecision(a.id(), ApplicationStatus.SUBMITTED, null, "{}"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
