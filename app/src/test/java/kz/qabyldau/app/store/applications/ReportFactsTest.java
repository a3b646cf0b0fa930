package kz.qabyldau.app.store.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.store.Database;
import kz.qabyldau.forms.verdict.Outcome;
import kz.qabyldau.forms.verdict.ReceiptLine;
import kz.qabyldau.forms.verdict.Verdict;

/** The plain facts the reports read are written with the change they describe, in the same transaction. */
class ReportFactsTest {

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

    private StoredApplication draft() {
        StoredApplication draft = store.drafts().create("permit.issue", "A-1", "Aigerim");
        store.drafts().save(draft.id(), StoreFixture.permit(draft, "Каримов"), 1, Duration.ofMinutes(7));
        return store.drafts().find(draft.id()).orElseThrow();
    }

    private List<String> row(StoredApplication a) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT registration_day, decision_due, decision, "
                    + "decided_on, decision_ground FROM application WHERE id = ?")) {
                st.setString(1, a.id().toString());
                try (ResultSet rs = st.executeQuery()) {
                    rs.next();
                    List<String> values = new ArrayList<>();
                    for (int i = 1; i <= 5; i++) {
                        values.add(rs.getString(i));
                    }
                    return values;
                }
            }
        });
    }

    @Test
    void acceptanceRecordsTheRegistrationDayAndTheDecisionDeadline() {
        StoredApplication draft = draft();
        TreeMap<String, LocalDate> dates = new TreeMap<>();
        dates.put("decisionDue", LocalDate.of(2026, 3, 4));
        Verdict verdict = new Verdict("permit.issue", "2026-01-01", StoreFixture.FILED, LocalDate.of(2026, 3, 2),
                Outcome.ACCEPT, List.of(), List.of(), List.of(), dates, new TreeMap<>());

        store.intake().accept(draft.id(), 2, verdict, "Dana");

        assertThat(row(draft)).containsExactly("2026-03-02", "2026-03-04", null, null, null);
    }

    @Test
    void p17_aRefusalOfIntakeRecordsEachReceiptLineAsAGround() {
        StoredApplication draft = draft();
        List<ReceiptLine> receipt = List.of(
                new ReceiptLine("medical.028e", "MISSING", "App. 2, 4", StoreFixture.text("m")),
                new ReceiptLine("insurance", "EXPIRED", "App. 2, 5", StoreFixture.text("i")));
        store.intake().refuseIntake(draft.id(), 2,
                StoreFixture.verdict("permit.issue", Outcome.REFUSE_INTAKE, List.of(), receipt, List.of()), "Dana");

        assertThat(row(draft).get(0)).isEqualTo("2026-03-02");
        List<String> stored = db.read(c -> {
            List<String> grounds = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT document || ':' || reason FROM "
                    + "intake_refusal_ground WHERE application_id = ? ORDER BY document")) {
                st.setString(1, draft.id().toString());
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        grounds.add(rs.getString(1));
                    }
                }
            }
            return grounds;
        });
        assertThat(stored).containsExactly("insurance:EXPIRED", "medical.028e:MISSING");
    }

    @Test
    void aRefusalByTheProviderRecordsItsDayAndGround() {
        StoredApplication draft = draft();
        store.intake().accept(draft.id(), 2, StoreFixture.accepting("permit.issue"), "Dana");

        store.records().recordDecision(draft.id(), ApplicationStatus.REFUSED, null, "{\"outcome\":\"REFUSED\","
                + "\"decidedOn\":\"2026-03-05\",\"refusal\":{\"ground\":{\"id\":\"4\"}}}");

        assertThat(row(draft).subList(2, 5)).containsExactly("REFUSED", "2026-03-05", "4");
    }

    @Test
    void aDecisionWithoutItsDayCountsOnTheDayItArrivedAndIsStillRecorded() {
        StoredApplication draft = draft();
        store.intake().accept(draft.id(), 2, StoreFixture.accepting("permit.issue"), "Dana");

        assertThat(store.records().recordDecision(draft.id(), ApplicationStatus.ISSUED, "P-1", "not json")).isTrue();

        List<String> facts = row(draft);
        assertThat(facts.get(2)).isEqualTo("ISSUED");
        assertThat(facts.get(3)).isNotNull();
        assertThat(facts.get(4)).isNull();
        assertThat(store.records().decisionJson(draft.id())).contains("not json");
    }
}
