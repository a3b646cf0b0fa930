package kz.qabyldau.app.ui.drafts;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.settings.OfficeSettings;
import kz.qabyldau.app.store.applications.ApplicationStoreException;
import kz.qabyldau.app.store.applications.DraftSummary;
import kz.qabyldau.app.store.applications.Drafts;
import kz.qabyldau.app.ui.common.BackgroundTask;
import kz.qabyldau.app.ui.common.DialogService;
import kz.qabyldau.app.ui.common.TaskExecutor;
import kz.qabyldau.app.i18n.Language;

/**
 * The office's drafts: search by name, passport or IIN, resume one in the wizard, delete one after the clerk
 * confirms (the store keeps it as DELETED with an audit entry). Read a page at a time, newest first, so that
 * 100,000 drafts show their first screen as fast as ten; while a page is read {@link #loadingProperty()} says
 * so, and the list is never shown empty only because it has not been read yet (issue #16).
 */
public final class DraftsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(DraftsViewModel.class);
    /** More than a screen holds; a page of this size reads in milliseconds from any number of drafts. */
    static final int PAGE_SIZE = 200;

    private final Drafts drafts;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final I18n i18n;
    private final Supplier<OfficeSettings> settings;
    private final Consumer<UUID> resume;
    /** The last query whose answer was recorded as a search (read and written on the worker thread only). */
    private volatile String lastRecordedQuery = "";
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ReadOnlyObjectWrapper<List<DraftSummary>> rows =
            new ReadOnlyObjectWrapper<>(this, "rows", List.of());
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final ReadOnlyBooleanWrapper more = new ReadOnlyBooleanWrapper(this, "more", false);
    private final int pageSize;
    private long generation;

    /**
     * @param resume opens a draft in the wizard (and shows the wizard's page)
     */
    public DraftsViewModel(Drafts drafts, TaskExecutor executor, DialogService dialogs, I18n i18n,
                           Supplier<OfficeSettings> settings, Consumer<UUID> resume) {
        this(drafts, executor, dialogs, i18n, settings, resume, PAGE_SIZE);
    }

    /** @param pageSize how many drafts one read brings (tests: a few) */
    DraftsViewModel(Drafts drafts, TaskExecutor executor, DialogService dialogs, I18n i18n,
                    Supplier<OfficeSettings> settings, Consumer<UUID> resume, int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("pageSize " + pageSize);
        }
        this.pageSize = pageSize;
        this.drafts = Objects.requireNonNull(drafts);
        this.executor = Objects.requireNonNull(executor);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.i18n = Objects.requireNonNull(i18n);
        this.settings = Objects.requireNonNull(settings);
        this.resume = Objects.requireNonNull(resume);
        query.addListener((o, a, b) -> refresh());
    }

    /** Name, passport number or IIN, in part; blank lists all. */
    public StringProperty queryProperty() {
        return query;
    }

    /** The drafts matching the query read so far, last changed first. */
    public ReadOnlyObjectProperty<List<DraftSummary>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** True while a page is being read: the page says "loading", not "no drafts". */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True when more drafts match than have been read ({@link #loadMore()}). */
    public ReadOnlyBooleanProperty moreProperty() {
        return more.getReadOnlyProperty();
    }

    /**
     * Reads the first page again (the page is shown, the query changed, a draft was deleted). The rows shown stay
     * until the answer comes, so the list never flashes empty.
     */
    public void refresh() {
        read(0);
    }

    /** Reads the next page and adds it below the rows shown; nothing when all are shown or a read is under way. */
    public void loadMore() {
        if (more.get() && !loading.get()) {
            read(rows.get().size());
        }
    }

    private void read(int offset) {
        String q = query.get();
        long asked = ++generation;
        loading.set(true);
        // One row beyond the page tells whether there is a next one without counting them all.
        String clerk = clerk();
        BackgroundTask.wrap(() -> {
            List<DraftSummary> page = drafts.list(q, offset, pageSize + 1);
            // Each list of names shown for a new query is a search of personal data (the first page only, and not
            // again for the same query re-read after a delete).
            if (offset == 0 && !q.isBlank() && !q.equals(lastRecordedQuery)) {
                drafts.recordSearch(clerk, q.strip());
                lastRecordedQuery = q;
            }
            return page;
        })
                .onSuccess(page -> {
                    // An older search finishing late must not replace the answer to the newer one.
                    if (asked != generation) {
                        return;
                    }
                    List<DraftSummary> shown = new ArrayList<>(offset == 0 ? List.of() : rows.get());
                    shown.addAll(page.subList(0, Math.min(page.size(), pageSize)));
                    rows.set(List.copyOf(shown));
                    more.set(page.size() > pageSize);
                    loading.set(false);
                })
                .onFailure(error -> {
                    if (asked == generation) {
                        loading.set(false);
                    }
                    LOG.error("Drafts could not be listed", error);
                    dialogs.showError(i18n.get("drafts.failed.title"), i18n.get("drafts.failed.text"));
                })
                .executeWith(executor);
    }

    /** Opens the draft in the wizard; the opening is recorded in the audit log first. */
    public void resume(DraftSummary draft) {
        if (draft == null) {
            return;
        }
        String clerk = clerk();
        BackgroundTask.wrap(() -> {
            drafts.recordOpened(draft.id(), clerk);
            return draft.id();
        }).onSuccess(resume::accept).onFailure(error -> {
            LOG.error("Opening draft {} could not be recorded", draft.id(), error);
            dialogs.showError(i18n.get("drafts.failed.title"), i18n.get("drafts.failed.text"));
        }).executeWith(executor);
    }

    private String clerk() {
        return Objects.toString(settings.get().clerkName(), "");
    }

    /** Asks the clerk, then deletes the draft (kept as DELETED, recorded in the audit log). */
    public void delete(DraftSummary draft) {
        if (draft == null) {
            return;
        }
        String who = draft.applicantName().isBlank() ? i18n.get("drafts.noName") : draft.applicantName();
        if (!dialogs.confirm(i18n.get("drafts.delete.title"), i18n.get("drafts.delete.text", who),
                i18n.get("drafts.delete.yes"), i18n.get("drafts.delete.no"))) {
            return;
        }
        String clerk = clerk();
        BackgroundTask.wrap(() -> drafts.delete(draft.id(), clerk, i18n.in(Language.EN,
                        "drafts.delete.reason")))
                .onSuccess(done -> refresh())
                .onFailure(error -> {
                    if (error instanceof ApplicationStoreException refused) {
                        dialogs.showError(i18n.get("drafts.delete.title"),
                                refused.localizedMessage(i18n.language().locale()));
                    } else {
                        LOG.error("Draft {} could not be deleted", draft.id(), error);
                        dialogs.showError(i18n.get("drafts.failed.title"), i18n.get("drafts.failed.text"));
                    }
                    refresh();
                })
                .executeWith(executor);
    }
}
