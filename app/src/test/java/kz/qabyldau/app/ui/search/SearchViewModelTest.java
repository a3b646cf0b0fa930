package kz.qabyldau.app.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.store.Recipient;
import kz.qabyldau.app.store.applications.ApplicationStatus;
import kz.qabyldau.app.store.applications.Scans;
import kz.qabyldau.app.store.applications.SearchHit;
import kz.qabyldau.app.store.applications.SearchKind;
import kz.qabyldau.app.store.applications.StoredApplication;
import kz.qabyldau.app.store.synthetic.SyntheticOffice;
import kz.qabyldau.app.store.synthetic.SyntheticScans;
import kz.qabyldau.app.ui.common.TaskExecutor;
import kz.qabyldau.app.ui.intake.finish.DeskFixture;
import kz.qabyldau.forms.service.ServiceCatalog;

/** The Search page's view model on a real store of generated applications in every state. */
class SearchViewModelTest {

    @TempDir
    Path folder;

    private DeskFixture desk;
    private final List<UUID> resumed = new ArrayList<>();
    private final List<String> done = new ArrayList<>();
    private List<SyntheticOffice.Identity> people;
    private SearchViewModel model;

    @BeforeEach
    void open() {
        desk = new DeskFixture(folder);
        people = generate(desk, 120);
        model = new SearchViewModel(desk.store, TaskExecutor.callingThread(), desk.dialogs, desk.i18n,
                ServiceCatalog.loadBundled(), new RecordingDecisions(), resumed::add, 5);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    /** Generated applications in every state, as {@code qabyldau generate} writes them; their identities. */
    static List<SyntheticOffice.Identity> generate(DeskFixture desk, int count) {
        List<String> scans = new ArrayList<>();
        for (byte[] png : SyntheticScans.images(2, 7)) {
            scans.add(desk.store.scans().put(png, Scans.PNG, "synthetic.png").sha256());
        }
        List<SyntheticOffice.Generated> made = new SyntheticOffice(7, LocalDate.of(2026, 12, 1), scans).next(count);
        desk.store.bulkImport().write(made.stream().map(SyntheticOffice.Generated::application).toList());
        return made.stream().map(SyntheticOffice.Generated::identity).toList();
    }

    private SyntheticOffice.Identity someone(Predicate<SyntheticOffice.Identity> which) {
        return people.stream().filter(which).findFirst().orElseThrow();
    }

    private final class RecordingDecisions implements SearchViewModel.Decisions {
        @Override
        public void print(StoredApplication application, Consumer<String> printed, Consumer<Exception> failed) {
            done.add("print " + application.id());
            printed.accept("printed");
        }

        @Override
        public void handOut(StoredApplication application, String recipientName, String recipientDocument,
                            Runnable handedOut, Consumer<String> refused) {
            desk.store.records().handOut(application.id(), "Айгүл Сейітова",
                    new Recipient(recipientName, recipientDocument));
            done.add("handOut " + application.id() + " to " + recipientName + " " + recipientDocument);
            handedOut.run();
        }

        @Override
        public String reprint(byte[] pdf, String formId) {
            done.add("reprint " + formId + " " + pdf.length);
            return "printed again";
        }
    }

    @Test
    void eachKindOfQueryFindsItsApplication() {
        SyntheticOffice.Identity p = someone(i -> !i.iin().isEmpty() && !i.permitNumber().isEmpty());
        record Asked(String query, SearchKind kind) {
        }
        for (Asked a : List.of(new Asked(p.iin(), SearchKind.IIN), new Asked(p.passportNumber(), SearchKind.PASSPORT),
                new Asked(p.permitNumber().toLowerCase(), SearchKind.PERMIT),
                new Asked(p.reference(), SearchKind.REFERENCE))) {
            model.queryProperty().set(a.query());

            assertThat(model.kindProperty().get()).as(a.query()).isEqualTo(a.kind());
            assertThat(model.rowsProperty().get()).as(a.query()).extracting(SearchHit::permitNumber)
                    .anySatisfy(n -> assertThat(n).contains(p.permitNumber()));
            assertThat(model.summaryProperty().get()).as(a.query()).startsWith("Найдено");
        }
        model.queryProperty().set(p.surname().toUpperCase());
        assertThat(model.kindProperty().get()).isEqualTo(SearchKind.NAME);
        assertThat(model.rowsProperty().get()).isNotEmpty()
                .anySatisfy(h -> assertThat(h.applicantName()).startsWith(p.surname()));
        model.queryProperty().set(p.ticket());
        assertThat(model.kindProperty().get()).isEqualTo(SearchKind.TICKET);
        assertThat(model.rowsProperty().get()).allSatisfy(h -> assertThat(h.ticket()).isEqualTo(p.ticket()));
    }

    @Test
    void aNamePrefixIsReadAPageAtATime() {
        model.queryProperty().set("а");
        List<SearchHit> first = model.rowsProperty().get();
        assertThat(first).hasSize(5);
        assertThat(model.moreProperty().get()).isTrue();

        model.loadMore();

        assertThat(model.rowsProperty().get()).hasSize(10).startsWith(first.toArray(SearchHit[]::new));
        model.queryProperty().set("жжжжж");
        assertThat(model.rowsProperty().get()).isEmpty();
        assertThat(model.summaryProperty().get()).isEqualTo("Ничего не найдено");
        model.queryProperty().set("");
        assertThat(model.summaryProperty().get()).isEmpty();
    }

    @Test
    void anIssuedPermitOpensWithItsDataDecisionAndHistoryAndIsHandedOut() {
        SyntheticOffice.Identity p = someone(i -> i.status().equals("ISSUED"));
        model.queryProperty().set(p.permitNumber());
        model.open(model.rowsProperty().get().get(0));

        RecordDetail d = model.openedProperty().get().orElseThrow();
        assertThat(d.title()).contains(p.surname()).contains("Выдано решение, к выдаче");
        assertThat(d.data()).anySatisfy(l -> assertThat(l.value()).isEqualTo(p.passportNumber()));
        assertThat(d.documents()).isNotEmpty();
        assertThat(d.decision()).isEqualTo("Выдано, номер " + p.permitNumber());
        assertThat(d.history()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(d.canPrintDecision()).isTrue();
        assertThat(d.canHandOut()).isTrue();
        assertThat(d.canResume()).isFalse();

        model.printDecision();
        model.recipientNameProperty().set("Каримов Алишер");
        model.handOut();
        assertThat(model.statusProperty().get()).as("no document number: nothing is marked")
                .startsWith("Введите фамилию");
        assertThat(model.openedProperty().get()).isPresent();
        model.recipientDocumentProperty().set("FA1234567");
        model.handOut();

        assertThat(done).containsExactly("print " + d.application().id(),
                "handOut " + d.application().id() + " to Каримов Алишер FA1234567");
        assertThat(model.recipientNameProperty().get()).isEmpty();
        assertThat(model.openedProperty().get()).isEmpty();
        assertThat(model.statusProperty().get()).isEqualTo("Выдача отмечена.");
        assertThat(model.rowsProperty().get()).singleElement().satisfies(h -> {
            assertThat(h.status()).isEqualTo(ApplicationStatus.HANDED_OUT);
            assertThat(h.handedOutBy()).contains("Айгүл Сейітова");
        });
    }

    @Test
    void aDraftIsResumedAndNothingElseIsOffered() {
        SyntheticOffice.Identity p = someone(i -> i.status().equals("DRAFT"));
        model.queryProperty().set(p.passportNumber());
        model.open(model.rowsProperty().get().get(0));
        RecordDetail d = model.openedProperty().get().orElseThrow();
        assertThat(d.canResume()).isTrue();
        assertThat(d.canPrintDecision()).isFalse();
        assertThat(d.canHandOut()).isFalse();

        model.printDecision();
        model.recipientNameProperty().set("Каримов Алишер");
        model.recipientDocumentProperty().set("FA1234567");
        model.handOut();
        model.resume();

        assertThat(done).isEmpty();
        assertThat(resumed).containsExactly(d.application().id());
    }

    @Test
    void aFormPrintedBeforeIsPrintedAgainFromItsStoredCopy() {
        SyntheticOffice.Identity p = someone(i -> i.status().equals("HANDED_OUT"));
        model.queryProperty().set(p.passportNumber());
        UUID id = model.rowsProperty().get().get(0).id();
        desk.store.printedForms().save(id, "permit.app5", "ru", "%PDF-1.4\n%%EOF\n".getBytes());
        model.open(model.rowsProperty().get().get(0));
        RecordDetail d = model.openedProperty().get().orElseThrow();
        assertThat(d.canHandOut()).isFalse();

        model.reprint(d.printed().get(0));

        assertThat(done).containsExactly("reprint permit.app5 15");
        assertThat(model.statusProperty().get()).isEqualTo("printed again");
        model.close();
        assertThat(model.openedProperty().get()).isEmpty();
    }
}
