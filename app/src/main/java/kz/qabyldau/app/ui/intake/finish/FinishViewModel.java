package kz.qabyldau.app.ui.intake.finish;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.print.PaperDelivery;
import kz.qabyldau.app.settings.OfficeSettings;
import kz.qabyldau.app.store.applications.AcceptedApplication;
import kz.qabyldau.app.store.AuditActions;
import kz.qabyldau.app.store.applications.ApplicationStore;
import kz.qabyldau.app.store.applications.ApplicationStoreException;
import kz.qabyldau.app.ui.common.BackgroundTask;
import kz.qabyldau.app.ui.common.DialogService;
import kz.qabyldau.app.ui.common.PaperStatus;
import kz.qabyldau.app.ui.common.TaskExecutor;
import kz.qabyldau.app.ui.intake.IntakeSession;
import kz.qabyldau.forms.application.Application;
import kz.qabyldau.forms.application.WarningOverride;
import kz.qabyldau.forms.print.FormPrintException;
import kz.qabyldau.forms.service.ServiceDefinition;
import kz.qabyldau.forms.verdict.Outcome;
import kz.qabyldau.forms.verdict.ReceiptLine;
import kz.qabyldau.forms.verdict.Verdict;
import kz.qabyldau.forms.verdict.Warning;

/**
 * The finish step of one {@link IntakeSession}: accept (only when the verdict allows it and every warning carries
 * the clerk's reason) or refuse intake (only when the verdict refuses), then the paper: the application form for
 * signatures or the receipt of refusal in two copies, stored with the record and sent to the printer.
 *
 * <p>Accepting twice — a double click, Enter held down — makes one application: the first call moves the state
 * away from {@link State#READY} at once, so later calls do nothing, and the store's accept is idempotent as well.
 */
public final class FinishViewModel {

    /** Where the step is. */
    public enum State {
        /** The clerk may still change the application; accept or refuse when the verdict allows. */
        READY,
        /** Saving, freezing, printing. */
        WORKING,
        /** Accepted: status QUEUED, in the outbox. */
        ACCEPTED,
        /** Intake refused: status INTAKE_REFUSED, receipt printed. */
        REFUSED
    }

    private static final Logger LOG = LoggerFactory.getLogger(FinishViewModel.class);

    private final IntakeSession session;
    private final ApplicationStore store;
    private final IntakeForms forms;
    private final PaperDelivery paper;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final I18n i18n;
    private final Supplier<OfficeSettings> settings;
    private final boolean training;

    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.READY);
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper(this, "result", "");
    private final ReadOnlyStringWrapper printStatus = new ReadOnlyStringWrapper(this, "printStatus", "");
    private final StringProperty printLanguage = new SimpleStringProperty(this, "printLanguage");
    private final BooleanBinding canAccept;
    private final BooleanBinding canRefuse;
    private byte[] lastPdf;
    private String lastForm;

    /**
     * @param training whether this run is training (the paper carries the "ҮЛГІ / ОБРАЗЕЦ" mark)
     */
    public FinishViewModel(IntakeSession session, ApplicationStore store, IntakeForms forms, PaperDelivery paper,
                           TaskExecutor executor, DialogService dialogs, I18n i18n, Supplier<OfficeSettings> settings,
                           boolean training) {
        this.session = Objects.requireNonNull(session);
        this.store = Objects.requireNonNull(store);
        this.forms = Objects.requireNonNull(forms);
        this.paper = Objects.requireNonNull(paper);
        this.executor = Objects.requireNonNull(executor);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.i18n = Objects.requireNonNull(i18n);
        this.settings = Objects.requireNonNull(settings);
        this.training = training;
        printLanguage.set("ru".equals(i18n.language().code()) ? "ru" : "kk");
        canAccept = Bindings.createBooleanBinding(() -> state.get() == State.READY && !session.conflicted().get()
                && session.verdict().get() != null && session.verdict().get().readyToSend(),
                state, session.verdict(), session.conflicted());
        canRefuse = Bindings.createBooleanBinding(() -> state.get() == State.READY && !session.conflicted().get()
                && session.verdict().get() != null && session.verdict().get().outcome() == Outcome.REFUSE_INTAKE,
                state, session.verdict(), session.conflicted());
        // A save that failed (conflict) never runs what waited for it: the step is usable again.
        session.conflicted().addListener((o, a, b) -> {
            if (b && state.get() == State.WORKING) {
                state.set(State.READY);
            }
        });
    }

    public IntakeSession session() {
        return session;
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** What was done, for the clerk ('' before). */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Where the paper went, or why it did not ('' before printing). */
    public ReadOnlyStringProperty printStatusProperty() {
        return printStatus.getReadOnlyProperty();
    }

    /** The language of the printed form: {@code kk} or {@code ru}. */
    public StringProperty printLanguageProperty() {
        return printLanguage;
    }

    public BooleanBinding canAcceptProperty() {
        return canAccept;
    }

    public BooleanBinding canRefuseProperty() {
        return canRefuse;
    }

    /** The verdict's warnings now (each needs a reason before accepting). */
    public List<Warning> warnings() {
        Verdict v = session.verdict().get();
        return v == null ? List.of() : v.warnings();
    }

    /** The reason recorded for a warning, or ''. */
    public String overrideReason(String warning) {
        return session.application().get().overrides().stream().filter(o -> o.warning().equals(warning))
                .map(WarningOverride::reason).findFirst().orElse("");
    }

    /**
     * Records the clerk's reason to send despite {@code warning}; a blank reason removes the override recorded
     * before, so clearing the reason blocks Accept again (a cleared field must not leave a reason behind).
     */
    public void override(String warning, String reason) {
        if (reason == null || reason.isBlank()) {
            session.removeOverride(warning);
            return;
        }
        if (reason.strip().equals(overrideReason(warning))) {
            return;
        }
        session.addOverride(new WarningOverride(warning, reason.strip(), clerk()));
    }

    /**
     * Accepts: saves what is typed, freezes the application with its outbox entry (one transaction), prints the
     * application form. Does nothing unless {@link #canAcceptProperty()} holds.
     */
    public void accept() {
        session.rejudge();
        if (!canAccept.get()) {
            return;
        }
        state.set(State.WORKING);
        session.flush(() -> {
            Finishing f = finishing();
            BackgroundTask.wrap(() -> {
                AcceptedApplication accepted = store.intake().accept(f.id(), f.version(), f.verdict(), f.clerk());
                return paper(f.id(), IntakeForms.applicationForm(f.definition()), f.lang(), accepted.outboxSeq(),
                        () -> forms.render(IntakeForms.applicationForm(f.definition()).orElseThrow(), f.lang(),
                                withFiledAt(f.application(), f.verdict()), List.of(), f.office(), training,
                                f.verdict().asOf().toLocalDate()));
            }).onSuccess(done -> {
                session.freeze();
                state.set(State.ACCEPTED);
                result.set(i18n.get("finish.accepted", done.outboxSeq()));
                delivered(done);
            }).onFailure(this::failed).executeWith(executor);
        });
    }

    /**
     * Refuses intake (p.17): records INTAKE_REFUSED with the verdict, prints the receipt with the verdict's reasons
     * in two copies. Does nothing unless {@link #canRefuseProperty()} holds and the clerk confirms: the dialog
     * lists the reasons the receipt will print, and nothing happens unconfirmed (a stray Enter refuses nobody).
     */
    public void refuse() {
        session.rejudge();
        if (!canRefuse.get() || !refusalConfirmed()) {
            return;
        }
        state.set(State.WORKING);
        session.flush(() -> {
            Finishing f = finishing();
            BackgroundTask.wrap(() -> {
                store.intake().refuseIntake(f.id(), f.version(), f.verdict(), f.clerk());
                List<String> lines = f.verdict().receipt().stream().map(ReceiptLine::message)
                        .map(m -> m.in(f.lang())).toList();
                return paper(f.id(), IntakeForms.receiptForm(f.definition()), f.lang(), 0,
                        () -> forms.render(IntakeForms.receiptForm(f.definition()).orElseThrow(), f.lang(),
                                f.application(), lines, f.office(), training, f.verdict().asOf().toLocalDate()));
            }).onSuccess(done -> {
                session.freeze();
                state.set(State.REFUSED);
                result.set(i18n.get("finish.refused"));
                delivered(done);
            }).onFailure(this::failed).executeWith(executor);
        });
    }

    private boolean refusalConfirmed() {
        Verdict v = session.verdict().get();
        String lang = printLanguage.get();
        StringBuilder reasons = new StringBuilder();
        for (ReceiptLine line : v.receipt()) {
            reasons.append("\n• ").append(line.message().in(lang));
        }
        String language = i18n.get("ru".equals(lang) ? "finish.lang.ru" : "finish.lang.kk");
        return dialogs.confirm(i18n.get("finish.refuse.confirm.title"),
                i18n.get("finish.refuse.confirm.text", language, reasons.toString()),
                i18n.get("finish.refuse.confirm.yes"), i18n.get("finish.refuse.confirm.no"));
    }

    /** What accepting or refusing works from, read on the FX thread once the draft is saved. */
    private record Finishing(UUID id, long version, Verdict verdict, Application application,
                             ServiceDefinition definition, String lang, String clerk, OfficeSettings office) {
    }

    private Finishing finishing() {
        return new Finishing(session.draftId().get(), session.version().get(), session.verdict().get(),
                session.application().get(), session.serviceDefinition().get(), printLanguage.get(), clerk(),
                settings.get());
    }

    /** Sends the last printed form to the printer again (a jammed sheet). */
    public void printAgain() {
        if (lastPdf != null) {
            print(lastPdf, lastForm);
        }
    }

    /** Saves the last printed form in the printed forms' folder and opens it in the viewer (to print elsewhere). */
    public void openInViewer() {
        if (lastPdf == null) {
            return;
        }
        byte[] pdf = lastPdf;
        String form = lastForm;
        BackgroundTask.wrap(() -> paper.show(pdf, form))
                .onSuccess(shown -> printStatus.set(PaperStatus.of(i18n, shown)))
                .onFailure(e -> {
                    LOG.error("Could not open the printed form", e);
                    printStatus.set(i18n.get("finish.viewer.failed"));
                }).executeWith(executor);
    }

    /** Done with this applicant: the page returns to the service picker. */
    public void nextApplicant() {
        if (state.get() == State.ACCEPTED || state.get() == State.REFUSED) {
            session.finish();
        }
    }

    /** What finishing produced: the outbox entry, the form printed and its PDF, or why there is none. */
    private record Done(long outboxSeq, String form, byte[] pdf, String problem) {
    }

    /**
     * Renders and stores the form (after the store recorded the outcome). A form that cannot be rendered does not
     * undo the outcome: it is reported, and the record stays.
     */
    private Done paper(UUID id, Optional<String> form, String lang, long outboxSeq, Supplier<byte[]> render) {
        if (form.isEmpty()) {
            return new Done(outboxSeq, null, null, i18n.get("finish.print.noForm"));
        }
        try {
            byte[] pdf = render.get();
            store.printedForms().save(id, form.get(), lang, pdf);
            return new Done(outboxSeq, form.get(), pdf, "");
        } catch (FormPrintException e) {
            LOG.error("Form {} of {} could not be rendered", form.get(), id, e);
            return new Done(outboxSeq, form.get(), null, i18n.get("finish.print.renderFailed", e.getMessage()));
        }
    }

    private void delivered(Done done) {
        if (done.pdf() == null) {
            printStatus.set(done.problem());
            return;
        }
        lastPdf = done.pdf();
        lastForm = done.form();
        print(done.pdf(), done.form());
    }

    /** Prints, else saves and opens the form (the desk's one printing policy), and says where it went. */
    private void print(byte[] pdf, String form) {
        printStatus.set(i18n.get("finish.print.sending"));
        String clerk = clerk();
        String subject = session.draftId().get() == null ? "" : session.draftId().get().toString();
        BackgroundTask.wrap(() -> {
            // Recorded before the paper goes out: a printer that fails after printing still printed it.
            store.audit().record(clerk, AuditActions.PRINTED, subject, form + " " + printLanguage.get());
            return paper.deliver(pdf, form);
        })
                .onSuccess(delivery -> printStatus.set(PaperStatus.of(i18n, delivery)))
                .onFailure(e -> {
                    LOG.error("Printing {} failed", form, e);
                    printStatus.set(i18n.get("finish.print.notPrinted", e.getMessage(), ""));
                }).executeWith(executor);
    }

    private void failed(Exception error) {
        state.set(State.READY);
        if (error instanceof ApplicationStoreException refused) {
            LOG.warn("Finishing {} refused by the store: {}", session.draftId().get(), refused.getMessage());
            result.set(refused.localizedMessage(i18n.language().locale()));
        } else {
            LOG.error("Finishing {} failed", session.draftId().get(), error);
            result.set(i18n.get("finish.failed"));
        }
    }

    /** The application as it is frozen: filed at the verdict's moment (the form prints that date). */
    private static Application withFiledAt(Application a, Verdict verdict) {
        return a.filedAt() != null ? a : new Application(a.format(), a.id(), a.service(), verdict.asOf(),
                a.language(), a.fields(), a.documents(), a.overrides());
    }

    private String clerk() {
        String name = settings.get().clerkName();
        return name == null ? "" : name;
    }
}
