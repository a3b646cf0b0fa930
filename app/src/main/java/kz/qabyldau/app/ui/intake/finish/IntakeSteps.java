package kz.qabyldau.app.ui.intake.finish;

import java.util.Objects;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.print.PaperDelivery;
import kz.qabyldau.app.settings.OfficeSettings;
import kz.qabyldau.app.store.AuditActions;
import kz.qabyldau.app.store.applications.StoredApplication;
import kz.qabyldau.app.store.applications.ApplicationStore;
import kz.qabyldau.app.ui.common.DialogService;
import kz.qabyldau.app.ui.common.TaskExecutor;
import kz.qabyldau.app.ui.common.View;
import kz.qabyldau.app.ui.intake.IntakeSession;
import kz.qabyldau.app.ui.intake.IntakeStepFactory;
import kz.qabyldau.app.ui.intake.ReturningEmployer;
import kz.qabyldau.app.ui.intake.documents.DocumentsView;
import kz.qabyldau.app.ui.intake.documents.DocumentsViewModel;

/** The documents and finish steps of the wizard, on the workstation's application store and printer. */
public final class IntakeSteps implements IntakeStepFactory {

    private final ApplicationStore store;
    private final IntakeForms forms;
    private final PaperDelivery paper;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final I18n i18n;
    private final Supplier<OfficeSettings> settings;
    private final boolean training;

    public IntakeSteps(ApplicationStore store, IntakeForms forms, PaperDelivery paper, TaskExecutor executor,
                       DialogService dialogs, I18n i18n, Supplier<OfficeSettings> settings, boolean training) {
        this.store = Objects.requireNonNull(store);
        this.forms = Objects.requireNonNull(forms);
        this.paper = Objects.requireNonNull(paper);
        this.executor = Objects.requireNonNull(executor);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.i18n = Objects.requireNonNull(i18n);
        this.settings = Objects.requireNonNull(settings);
        this.training = training;
    }

    @Override
    public Optional<View> documents(IntakeSession session) {
        if (session.serviceDefinition().get().documents().stream().allMatch(d -> d.printedAtIntake())) {
            return Optional.empty();
        }
        return Optional.of(new DocumentsView(new DocumentsViewModel(session, store.scans(), executor, i18n), i18n));
    }

    /** Looked up in the office's records by the store (decrypted with the signed-in operator's key), audited. */
    @Override
    public Optional<ReturningEmployer> returningEmployer(IntakeSession session) {
        if (!ReturningEmployer.appliesTo(session.serviceDefinition().get())) {
            return Optional.empty();
        }
        return Optional.of(new ReturningEmployer(session, (iin, except) -> {
            String clerk = settings.get().clerkName();
            store.audit().record(clerk.isBlank() ? "clerk" : clerk, AuditActions.SEARCHED, "",
                    "returning employer: " + iin);
            return store.returningEmployers().latest(iin, except);
        }, executor, i18n));
    }

    /**
     * The earlier-permit search of an extension or duplicate (blocking: run it on the worker thread): the office's
     * records by permit number, passport or IIN, recorded in the audit log as a search under the signed-in operator.
     */
    public List<StoredApplication> earlierPermits(String number) {
        String clerk = settings.get().clerkName();
        store.audit().record(clerk.isBlank() ? "clerk" : clerk, AuditActions.SEARCHED, "", "earlier permit: " + number);
        return store.records().findByPermitNumberPassportOrIin(number);
    }

    @Override
    public Optional<View> finish(IntakeSession session) {
        return Optional.of(new FinishView(new FinishViewModel(session, store, forms, paper, executor, dialogs, i18n,
                settings, training), i18n));
    }
}
