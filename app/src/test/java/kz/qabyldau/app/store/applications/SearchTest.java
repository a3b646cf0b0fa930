package kz.qabyldau.app.store.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kz.qabyldau.app.store.Database;
import kz.qabyldau.forms.application.Application;

/** The office search on a plain database: each kind of query, paging, upkeep on save and decision, catch-up. */
class SearchTest {

    static final String IIN = "900101400123";
    static final String EMPLOYER_IIN = "750505300111";

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

    /** A draft with the applicant's names, passport and IIN, the employer's IIN, and a queue ticket. */
    private StoredApplication draft(String ticket, String surname, String givenNames, String passport, String iin) {
        StoredApplication d = store.drafts().create("permit.issue", ticket, "Aigerim");
        Map<String, Object> fields = new LinkedHashMap<>(StoreFixture.permit(d, surname, givenNames, passport, iin,
                List.of()).fields());
        fields.put("employer.iin", EMPLOYER_IIN);
        store.drafts().save(d.id(), new Application(Application.FORMAT, d.id().toString(), d.service(), null, "kk",
                fields, List.of(), List.of()), 1, Duration.ZERO);
        return store.drafts().find(d.id()).orElseThrow();
    }

    private List<UUID> ids(String query) {
        return store.search().find(query, 0, 50).hits().stream().map(SearchHit::id).toList();
    }

    @ParameterizedTest(name = "\"{0}\" is a {1} query")
    @CsvSource({
        "Жұмабекова, NAME", "жұм, NAME", "ЖҰМАБ, NAME", "zhumabekova, NAME", "ZHUM, NAME", "Айгүл, NAME",
        "aigul, NAME", "жұмабекова айг, NAME", "Aig Zhu, NAME", "900101400123, IIN", "9001 0140 0123, IIN",
"UZ1234567, PASSPORT", "uz 123 4567, PASSPORT", "a-17, TICKET", "A-17, TICKET"})
    void eachKindOfQueryFindsTheDraft(String query, SearchKind kind) {
        StoredApplication found = draft("A-17", "Жұмабекова", "Айгүл", "UZ1234567", IIN);
        draft("B-02", "Петров", "Иван", "TJ7654321", "880202300456");

        SearchResult result = store.search().find(query, 0, 50);

        assertThat(result.kind()).isEqualTo(kind);
        assertThat(result.total()).isEqualTo(1);
        assertThat(result.hits()).singleElement().satisfies(h -> {
            assertThat(h.id()).isEqualTo(found.id());
            assertThat(h.applicantName()).isEqualTo("Жұмабекова Айгүл");
            assertThat(h.status()).isEqualTo(ApplicationStatus.DRAFT);
            assertThat(h.ticket()).isEqualTo("A-17");
            assertThat(h.clerk()).isEqualTo("Aigerim");
            assertThat(h.service()).isEqualTo("permit.issue");
        });
    }

    @Test
    void anEmployersIinFindsEveryApplicationOfTheEmployer() {
        StoredApplication first = draft("A-17", "Жұмабекова", "Айгүл", "UZ1234567", IIN);
        StoredApplication second = draft("B-02", "Петров", "Иван", "TJ7654321", "880202300456");

        SearchResult result = store.search().find(EMPLOYER_IIN, 0, 50);

        assertThat(result.kind()).isEqualTo(SearchKind.IIN);
        assertThat(result.hits()).extracting(SearchHit::id).containsExactly(second.id(), first.id());
    }

    @ParameterizedTest(name = "\"{0}\" finds nothing")
    @CsvSource({"Жұмабековаа", "ivanova", "900101400124", "UZ1234568", "A-18", "'  '", "'-.,'", "айгүл петр"})
    void whatDoesNotMatchFindsNothing(String query) {
        draft("A-17", "Жұмабекова", "Айгүл", "UZ1234567", IIN);
        draft("B-02", "Петров", "Иван", "TJ7654321", "880202300456");

        assertThat(store.search().find(query, 0, 50).hits()).isEmpty();
    }

    @Test
    void acceptedDecidedAndSubmittedApplicationsAreFoundByPermitNumberAndReference() {
        StoredApplication d = draft("", "Каримов", "Алишер", "UZ1111111", IIN);
        AcceptedApplication a = store.intake().accept(d.id(), d.version(), StoreFixture.accepting("permit.issue"),
                "Aigerim");
        store.outbox().markSent(a.outboxSeq(), "CS-2026-0000042");
        store.records().recordDecision(a.id(), ApplicationStatus.ISSUED, "RP-71-2026-000123", "{}");

        SearchResult byPermit = store.search().find("rp-71-2026-000123", 0, 10);
        assertThat(byPermit.kind()).isEqualTo(SearchKind.PERMIT);
        assertThat(byPermit.hits()).singleElement().satisfies(h -> {
            assertThat(h.status()).isEqualTo(ApplicationStatus.ISSUED);
            assertThat(h.permitNumber()).contains("RP-71-2026-000123");
            assertThat(h.reference()).contains("CS-2026-0000042");
            assertThat(h.finishedBy()).contains("Aigerim");
            assertThat(h.finishedAt()).isPresent();
            assertThat(h.decidedAt()).isPresent();
        });
        assertThat(store.search().find("cs-2026-0000042", 0, 10).kind()).isEqualTo(SearchKind.REFERENCE);
        assertThat(ids("cs-2026-0000042")).containsExactly(a.id());
        assertThat(ids("Карим")).containsExactly(a.id());
    }

    @Test
    void aSaveReplacesTheTermsOfTheDraft() {
        StoredApplication d = draft("", "Каримов", "Алишер", "UZ1111111", IIN);
        Application renamed = StoreFixture.permit(d, "Юсупов", "Алишер", "UZ2222222", null, List.of());

        store.drafts().save(d.id(), renamed, d.version(), Duration.ZERO);

        assertThat(ids("Карим")).isEmpty();
        assertThat(ids("UZ1111111")).isEmpty();
        assertThat(ids(IIN)).isEmpty();
        assertThat(ids("Юсуп")).containsExactly(d.id());
        assertThat(ids("UZ2222222")).containsExactly(d.id());
        assertThat(ids("Алишер")).containsExactly(d.id());
    }

    /**
     * The terms a save compares against are remembered per version: a save in another window (another store on the
     * same database) moves the version on, so this window's next save reads the stored terms instead of trusting what
     * it remembered, and no term of the other window's name is left behind.
     */
    @Test
    void aSaveAfterAnotherWindowsSaveReplacesTheOtherWindowsTerms() {
        StoredApplication d = draft("", "Каримов", "Алишер", "UZ1111111", IIN);
        ApplicationStore otherWindow = ApplicationStore.open(db, false, StoreFixture.clock());
        long afterOther = otherWindow.drafts().save(d.id(),
                StoreFixture.permit(d, "Юсупов", "Алишер", "UZ2222222", null, List.of()), d.version(), Duration.ZERO);

        store.drafts().save(d.id(), StoreFixture.permit(d, "Назаров", "Алишер", "UZ3333333", null, List.of()),
                afterOther, Duration.ZERO);

        assertThat(ids("Юсуп")).isEmpty();
        assertThat(ids("UZ2222222")).isEmpty();
        assertThat(ids("Карим")).isEmpty();
        assertThat(ids("Назар")).containsExactly(d.id());
        assertThat(ids("UZ3333333")).containsExactly(d.id());
    }

    @Test
    void resultsComeNewestFirstAPageAtATimeAndAreCountedUpToTheLimit() {
        List<UUID> made = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            made.add(draft("", "Нұрланов", "Ерлан", "UZ000000" + i, null).id());
        }
        List<UUID> newestFirst = new ArrayList<>(made);
        Collections.reverse(newestFirst);

        SearchResult first = store.search().find("нұр", 0, 3);
        SearchResult last = store.search().find("нұр", 6, 3);

        assertThat(first.total()).isEqualTo(7);
        assertThat(first.totalIsAtLeast()).isFalse();
        assertThat(first.hits()).extracting(SearchHit::id).containsExactlyElementsOf(newestFirst.subList(0, 3));
        assertThat(last.hits()).extracting(SearchHit::id).containsExactly(newestFirst.get(6));
        assertThat(store.search().find("нұр", 7, 3).hits()).isEmpty();
    }

    @Test
    void applicationsWrittenBeforeTheIndexExistedAreIndexedOnTheFirstSearch() {
        StoredApplication old = draft("C-9", "Каримов", "Алишер", "UZ1111111", IIN);
        // As a database of schema 14 left them: no number, no terms.
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement("UPDATE application SET search_no = NULL")) {
                st.executeUpdate();
            }
            try (PreparedStatement st = c.prepareStatement("DELETE FROM search_term")) {
                st.executeUpdate();
            }
            return null;
        });
        ApplicationStore reopened = ApplicationStore.open(db, false, StoreFixture.clock());

        assertThat(reopened.search().find("карим", 0, 5).hits()).extracting(SearchHit::id).containsExactly(old.id());
        assertThat(reopened.search().find(IIN, 0, 5).hits()).extracting(SearchHit::id).containsExactly(old.id());
        assertThat(reopened.search().find("c-9", 0, 5).hits()).extracting(SearchHit::id).containsExactly(old.id());
    }
}
