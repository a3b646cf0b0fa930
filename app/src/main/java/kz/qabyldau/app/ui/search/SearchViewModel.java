package kz.qabyldau.app.ui.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.store.StoreException;
import kz.qabyldau.app.store.applications.ApplicationStore;
import kz.qabyldau.app.store.applications.PrintedForm;
import kz.qabyldau.app.store.applications.SearchHit;
import kz.qabyldau.app.store.applications.SearchKind;
import kz.qabyldau.app.store.applications.SearchResult;
import kz.qabyldau.app.store.applications.StoredApplication;
import kz.qabyldau.app.ui.common.BackgroundTask;
import kz.qabyldau.app.ui.common.DialogService;
import kz.qabyldau.app.ui.common.TaskExecutor;
import kz.qabyldau.forms.service.ServiceCatalog;

/**
 * The Search page (Ctrl+5): any draft, application or record of the office by name, IIN, passport, permit
 * number, reference or ticket ({@code store.applications.Search}); a page of results at a time, newest first;
 * the chosen one opened read-only ({@link RecordDetail}) with the actions its state allows: resume a draft,
 * print the decision (permit, certificate or refusal) and hand it out, reprint a form printed before. Every
 * store call runs in a background task; an older search finishing late never replaces a newer one.
 */
public final class SearchViewModel {

    /** A screenful and more; a page of this size reads in milliseconds from a million applications. */
    static final int PAGE_SIZE = 50;

    private static final Logger LOG = LoggerFactory.getLogger(SearchViewModel.class);

    /** What the Handout page does with a decision; the Search page does the same through it. */
    public interface Decisions {
        /** Renders, keeps and prints the decision's paper; {@code done} gets where it went, in the clerk's words. */
        void print(StoredApplication application, Consumer<String> done, Consumer<Exception> failed);

        /**
         * Marks the decision handed out by the signed-in clerk to the person named, whose identity document
         * number the clerk typed from the document shown (audit); {@code refused} gets why not, in the clerk's
         * words (nothing is marked then).
         */
        void handOut(StoredApplication application, String recipientName, String recipientDocument, Runnable done,
                     Consumer<String> refused);

        /** Sends a stored printed form to the printer again; returns where it went, in the clerk's words. */
        String reprint(byte[] pdf, String formId) throws Exception;
    }

    private final ApplicationStore store;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final I18n i18n;
    private final ServiceCatalog catalog;
    private final Decisions decisions;
    private final Consumer<UUID> resume;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final StringProperty recipientName = new SimpleStringProperty(this, "recipientName", "");
    private final StringProperty recipientDocument = new SimpleStringProperty(this, "recipientDocument", "");
    private final ReadOnlyObjectWrapper<List<SearchHit>> rows = new ReadOnlyObjectWrapper<>(this, "rows", List.of());
    private final ReadOnlyObjectWrapper<SearchKind> kind = new ReadOnlyObjectWrapper<>(this, "kind", SearchKind.NONE);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final ReadOnlyBooleanWrapper more = new ReadOnlyBooleanWrapper(this, "more", false);
    private final ReadOnlyObjectWrapper<Optional<RecordDetail>> opened =
            new ReadOnlyObjectWrapper<>(this, "opened", Optional.empty());
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final int pageSize;
    private long generation;

    /**
     * @param resume opens a draft in the wizard (and shows the wizard's page)
     */
    public SearchViewModel(ApplicationStore store, TaskExecutor executor, DialogService dialogs, I18n i18n,
                           ServiceCatalog catalog, Decisions decisions, Consumer<UUID> resume) {
        this(store, executor, dialogs, i18n, catalog, decisions, resume, PAGE_SIZE);
    }

    /** @param pageSize how many results one read brings (tests: a few) */
    SearchViewModel(ApplicationStore store, TaskExecutor executor, DialogService dialogs, I18n i18n,
                    ServiceCatalog catalog, Decisions decisions, Consumer<UUID> resume, int pageSize) {
        this.store = Objects.requireNonNull(store);
        this.executor = Objects.requireNonNull(executor);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.i18n = Objects.requireNonNull(i18n);
        this.catalog = Objects.requireNonNull(catalog);
        this.decisions = Objects.requireNonNull(decisions);
        this.resume = Objects.requireNonNull(resume);
        this.pageSize = pageSize;
        query.addListener((o, a, b) -> search());
    }

    /** What the clerk types: a name (its beginning), IIN, passport, permit number, reference or ticket. */
    public StringProperty queryProperty() {
        return query;
    }

    /** Who takes the decision at the desk, as typed from the identity document shown (as on the Handout page). */
    public StringProperty recipientNameProperty() {
        return recipientName;
    }

    /** The number of the identity document the recipient showed. */
    public StringProperty recipientDocumentProperty() {
        return recipientDocument;
    }

    /** The results read so far, newest application first. */
    public ReadOnlyObjectProperty<List<SearchHit>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** What the query was taken for. */
    public ReadOnlyObjectProperty<SearchKind> kindProperty() {
        return kind.getReadOnlyProperty();
    }

    /** "3 found by IIN", "nothing found", "more than 1000 found …", in the clerk's language ('' for no query). */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True when more results match than have been read ({@link #loadMore()}). */
    public ReadOnlyBooleanProperty moreProperty() {
        return more.getReadOnlyProperty();
    }

    /** The record opened read-only, if any. */
    public ReadOnlyObjectProperty<Optional<RecordDetail>> openedProperty() {
        return opened.getReadOnlyProperty();
    }

    /** What the last action did, in the clerk's words. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Searches again from the first page (the query changed, or the page is shown again). */
    public void search() {
        read(0);
    }

    /** Reads the next page and adds it below; nothing when all are shown or a read is under way. */
    public void loadMore() {
        if (more.get() && !loading.get()) {
            read(rows.get().size());
        }
    }

    private void read(int offset) {
        String q = query.get() == null ? "" : query.get();
        long asked = ++generation;
        if (q.isBlank()) {
            rows.set(List.of());
            kind.set(SearchKind.NONE);
            summary.set("");
            more.set(false);
            loading.set(false);
            return;
        }
        loading.set(true);
        BackgroundTask.wrap(() -> store.search().find(q, offset, pageSize))
                .onSuccess(result -> {
                    if (asked != generation) {
                        return;
                    }
                    List<SearchHit> shown = new ArrayList<>(offset == 0 ? List.of() : rows.get());
                    shown.addAll(result.hits());
                    rows.set(List.copyOf(shown));
                    kind.set(result.kind());
                    summary.set(summaryOf(result));
                    more.set(shown.size() < result.total());
                    loading.set(false);
                })
                .onFailure(error -> {
                    if (asked == generation) {
                        loading.set(false);
                    }
                    failed("search.failed.text", error);
                })
                .executeWith(executor);
    }

    private String summaryOf(SearchResult result) {
        if (result.total() == 0) {
            return i18n.get("search.found.none");
        }
        String by = i18n.get(switch (result.kind()) {
            case NONE -> "search.kind.NONE";
            case NAME -> "search.kind.NAME";
            case IIN -> "search.kind.IIN";
            case PERMIT -> "search.kind.PERMIT";
            case PASSPORT -> "search.kind.PASSPORT";
            case REFERENCE -> "search.kind.REFERENCE";
            case TICKET -> "search.kind.TICKET";
        });
        return result.totalIsAtLeast() ? i18n.get("search.found.many", result.total(), by)
                : i18n.get("search.found", result.total(), by);
    }

    /** Opens the record read-only: its data, documents and scans, printed forms, decision and history. */
    public void open(SearchHit hit) {
        if (hit == null) {
            return;
        }
        status.set("");
        BackgroundTask.wrap(() -> detail(hit))
                .onSuccess(d -> opened.set(Optional.of(d)))
                .onFailure(error -> failed("search.open.failed", error))
                .executeWith(executor);
    }

    /** Back to the results; a recipient typed for the record closed is forgotten. */
    public void close() {
        opened.set(Optional.empty());
        recipientName.set("");
        recipientDocument.set("");
    }

    RecordDetail detail(SearchHit hit) {
        StoredApplication app = store.drafts().find(hit.id()).orElseThrow();
        List<PrintedForm> printed = store.printedForms().list(hit.id());
        Optional<String> decision = RecordDetail.DECIDED.contains(app.status())
                ? store.records().decisionJson(hit.id()) : Optional.empty();
        LocalDate filed = app.application().filedAt() != null ? app.application().filedAt().toLocalDate()
                : LocalDate.now();
        return RecordDetail.of(hit, app, printed, decision, catalog.inForce(app.service(), filed)
                .or(() -> catalog.inForce(app.service(), LocalDate.now())), i18n);
    }

    /** A draft goes back to the wizard. */
    public void resume() {
        opened.get().filter(RecordDetail::canResume).ifPresent(d -> resume.accept(d.application().id()));
    }

    /** Prints the decision (permit, certificate or refusal), as the Handout page would. */
    public void printDecision() {
        opened.get().filter(RecordDetail::canPrintDecision).ifPresent(d -> decisions.print(d.application(),
                status::set, error -> failed("search.print.failed", error)));
    }

    /**
     * Marks the decision handed out to the recipient typed (name and identity document number, both needed: the
     * audit says who took it), then shows the results again (read anew).
     */
    public void handOut() {
        Optional<RecordDetail> d = opened.get().filter(RecordDetail::canHandOut);
        if (d.isEmpty()) {
            return;
        }
        if (isBlank(recipientName.get()) || isBlank(recipientDocument.get())) {
            status.set(i18n.get("handout.recipient.missing"));
            return;
        }
        decisions.handOut(d.get().application(), recipientName.get(), recipientDocument.get(), () -> {
            status.set(i18n.get("handout.handedOut.done"));
            recipientName.set("");
            recipientDocument.set("");
            // Back to the results, read again: the line now says handed out.
            close();
            search();
        }, status::set);
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** Prints a form that was printed for the record before (the stored copy, unchanged). */
    public void reprint(PrintedForm form) {
        if (form == null) {
            return;
        }
        BackgroundTask.wrap(() -> decisions.reprint(store.printedForms().content(form.id()), form.formId()))
                .onSuccess(status::set)
                .onFailure(error -> failed("search.print.failed", error))
                .executeWith(executor);
    }

    private void failed(String textKey, Throwable error) {
        LOG.error("Search page: {}", textKey, error);
        String text = error instanceof StoreException e && StoreException.KEY_LOCKED.equals(e.messageKey())
                ? i18n.get("search.locked") : i18n.get(textKey);
        dialogs.showError(i18n.get("search.title"), text);
    }
}
