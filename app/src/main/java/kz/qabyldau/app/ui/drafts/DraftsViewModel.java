package kz.qabyldau.app.ui.drafts;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

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

/**
 * The office's drafts: search by name, passport or IIN, resume one in the wizard, delete one after the clerk
 * confirms (the store keeps it as DELETED with an audit entry).
 */
public final class DraftsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(DraftsViewModel.class);

    private final Drafts drafts;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final I18n i18n;
    private final Supplier<OfficeSettings> settings;
    private final Consumer<UUID> resume;
    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ReadOnlyObjectWrapper<List<DraftSummary>> rows =
            new ReadOnlyObjectWrapper<>(this, "rows", List.of());
    private long generation;

    /**
     * @param resume opens a draft in the wizard (and shows the wizard's page)
     */
    public DraftsViewModel(Drafts drafts, TaskExecutor executor, DialogService dialogs, I18n i18n,
                           Supplier<OfficeSettings> settings, Consumer<UUID> resume) {
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

    /** The drafts matching the query, last changed first. */
    public ReadOnlyObjectProperty<List<DraftSummary>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** Reads the list again (the page is shown, the query changed, a draft was deleted). */
    public void refresh() {
        String q = query.get();
        long asked = ++generation;
        BackgroundTask.wrap(() -> drafts.list(q))
                .onSuccess(list -> {
                    // An older search finishing late must not replace the answer to the newer one.
                    if (asked == generation) {
                        rows.set(List.copyOf(list));
                    }
                })
                .onFailure(error -> {
                    LOG.error("Drafts could not be listed", error);
                    dialogs.showError(i18n.get("drafts.failed.title"), i18n.get("drafts.failed.text"));
                })
                .executeWith(executor);
    }

    public void resume(DraftSummary draft) {
        if (draft != null) {
            resume.accept(draft.id());
        }
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
        String clerk = Objects.toString(settings.get().clerkName(), "");
        BackgroundTask.wrap(() -> drafts.delete(draft.id(), clerk, i18n.in(kz.qabyldau.app.i18n.Language.EN,
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
