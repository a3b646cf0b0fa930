package kz.qabyldau.app.ui.shell;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;

import javafx.beans.binding.Bindings;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.reports.CentralReports;
import kz.qabyldau.app.reports.ReportAccess;
import kz.qabyldau.app.reports.ReportExport;
import kz.qabyldau.app.reports.ReportPdf;
import kz.qabyldau.app.reports.ReportRole;
import kz.qabyldau.app.reports.ReportService;
import kz.qabyldau.app.settings.OfficeSettings;
import kz.qabyldau.app.ui.operators.OperatorSession;
import kz.qabyldau.app.ui.operators.OperatorsView;
import kz.qabyldau.app.ui.operators.OperatorsViewModel;
import kz.qabyldau.app.ui.operators.TrainingHasNoOperators;
import kz.qabyldau.app.sync.LawInForce;
import kz.qabyldau.app.sync.SyncWorker;
import kz.qabyldau.app.ui.common.DialogService;
import kz.qabyldau.app.ui.common.KeyboardMap;
import kz.qabyldau.app.ui.common.TaskExecutor;
import kz.qabyldau.app.ui.common.Tables;
import kz.qabyldau.app.ui.common.View;
import kz.qabyldau.app.print.PaperDelivery;
import kz.qabyldau.app.print.PrintEnvironment;
import kz.qabyldau.app.ui.audit.Applicants;
import kz.qabyldau.app.ui.audit.AuditView;
import kz.qabyldau.app.ui.audit.AuditViewModel;
import kz.qabyldau.app.ui.common.BackgroundTask;
import kz.qabyldau.app.ui.drafts.DraftsView;
import kz.qabyldau.app.ui.drafts.DraftsViewModel;
import kz.qabyldau.app.ui.intake.finish.IntakeForms;
import kz.qabyldau.app.ui.intake.finish.IntakeSteps;
import kz.qabyldau.app.ui.handout.HandoutView;
import kz.qabyldau.app.ui.handout.HandoutViewModel;
import kz.qabyldau.app.ui.intake.Debouncer;
import kz.qabyldau.app.ui.intake.EarlierPermitSearch;
import kz.qabyldau.app.ui.intake.IntakeSessions;
import kz.qabyldau.app.ui.intake.NewApplicationView;
import kz.qabyldau.app.ui.intake.NewApplicationViewModel;
import kz.qabyldau.app.ui.intake.PlaceNames;
import kz.qabyldau.app.ui.outbox.OutboxView;
import kz.qabyldau.app.ui.reports.ReportTexts;
import kz.qabyldau.app.ui.reports.ReportsView;
import kz.qabyldau.app.ui.reports.ReportsViewModel;
import kz.qabyldau.app.ui.reports.TodayView;
import kz.qabyldau.app.ui.reports.TodayViewModel;
import kz.qabyldau.app.ui.search.SearchView;
import kz.qabyldau.app.ui.search.SearchViewModel;
import kz.qabyldau.app.ui.common.PaperStatus;
import kz.qabyldau.app.store.applications.StoredApplication;
import kz.qabyldau.app.ui.settings.InterfaceLanguage;
import kz.qabyldau.app.ui.settings.PrinterSettingsView;
import kz.qabyldau.app.ui.settings.PrinterSettingsViewModel;
import kz.qabyldau.app.ui.settings.SavedSettings;
import kz.qabyldau.app.ui.settings.SettingsView;
import kz.qabyldau.app.ui.settings.SettingsViewModel;
import kz.qabyldau.forms.reference.ReferenceData;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts the main window together from an opened workstation: the shared settings, the view
 * models and a page for every destination. The one place that knows every feature package.
 */
public final class Workbench {

    private static final Logger LOG = LoggerFactory.getLogger(Workbench.class);

    /** A draft is saved once the clerk pauses this long: at most the field being typed can be lost. */
    private static final long SAVE_AFTER_MILLIS = 300;
    /** Continuous typing without a pause still saves this often (issue #5: at most the field being typed is lost). */
    private static final Duration SAVE_AT_LEAST_EVERY = Duration.ofSeconds(2);

    private static final Set<Destination> ADMINISTRATORS_ONLY =
            EnumSet.of(Destination.SETTINGS, Destination.AUDIT, Destination.REPORTS,
                    Destination.OPERATORS);

    private final ShellViewModel shell;
    private final MainWindowView window;
    private final OpenedWorkstation opened;
    private final I18n i18n;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final SavedSettings saved;
    private final PrintEnvironment printing;
    private final PaperDelivery paper;
    private final OperatorSession session;
    private final ReportService reports;
    private final CentralReports centralReports;
    private Intake intake;
    /** Set once the desk takes keys: an intake desk built from then on warms up its print engine at once. */
    private boolean warmUpWanted;

    /** @param printing this computer's printers and PDF viewer (tests: a computer without either) */
    public Workbench(OpenedWorkstation opened, I18n i18n, TaskExecutor executor, DialogService dialogs,
                     PrintEnvironment printing) {
        if (!opened.session().training() && opened.session().current().isEmpty()) {
            // The desk of a real office opens only for a signed-in operator: the first-start set-up or a sign-in
            // comes first.
            throw new IllegalStateException("a real office's desk opens only for a signed-in operator");
        }
        this.opened = opened;
        this.printing = printing;
        // Training papers are kept apart from an office's real ones (issue #12).
        paper = new PaperDelivery(printing, opened.printerChoices(), opened.desk().sync().sync().dataRoot()
                .resolve(opened.mode().isTraining() ? "printed-training" : "printed"), Clock.systemDefaultZone());
        this.i18n = i18n;
        this.executor = executor;
        this.dialogs = dialogs;
        saved = new SavedSettings(opened.settingsStore(), executor, opened.settings());
        InterfaceLanguage language = new InterfaceLanguage(i18n, saved, dialogs);
        session = opened.session();
        // The office's reports are an administrator's: the service checks the role of whoever is signed in.
        ReportAccess reportAccess = ReportAccess.of(() ->
                session.isAdministrator() ? ReportRole.ADMINISTRATOR : ReportRole.OPERATOR);
        reports = new ReportService(opened.desk().sync().sync().database(), reportAccess, ZoneId.systemDefault());
        // The office's figures from the central service, through the sync's client (signed with its key) while the
        // workstation syncs.
        centralReports = CentralReports.through(reportAccess, () -> opened.desk().sync().sync().worker()
                .map(SyncWorker::client));
        shell = new ShellViewModel(i18n, executor, saved, language, opened.mode(), opened.waitingCount(),
                opened.connectivity(), Bindings.createStringBinding(() -> asOperator().clerkName(),
                        saved.currentProperty(), session.currentProperty()));
        // Settings, the audit trail and the office's reports are an administrator's; the page factory and the view
        // models check again.
        shell.allowOnly(d -> !ADMINISTRATORS_ONLY.contains(d) || session.isAdministrator());
        window = new MainWindowView(i18n, shell, destination -> page(destination, language));
        window.onHelp(() -> dialogs.showInformation(i18n.get("help.title"), KeyboardMap.text(i18n)));
        shell.refreshWaitingCount();
        tellRestoredDrafts();
    }

    public ShellViewModel shell() {
        return shell;
    }

    public MainWindowView window() {
        return window;
    }

    /**
     * Warms up what the desk does not need for its first keystroke, in the background: the print engine (PDFBox,
     * the fonts, the form texts), so the clerk's first print is a warm one. Called once the desk takes keys, so
     * it never competes with building the window (ADR 0091, ADR 0092).
     */
    public void warmUp() {
        warmUpWanted = true;
        if (intake != null) {
            intake.warmUp();
        }
    }

    /** Saves the application being taken, if any, at once (the window is closing). */
    public void saveOpenWork() {
        if (intake != null && intake.model.sessionProperty().get() != null) {
            intake.model.sessionProperty().get().flush();
        }
    }

    /**
     * The settings as the desk's pages use them: in a real office the clerk is the signed-in operator (drafts,
     * records and forms such as App. 4 name them); in training the name typed in Settings, if any.
     */
    private OfficeSettings asOperator() {
        return session.training() ? saved.current() : saved.current().withClerkName(session.clerkName());
    }

    private View page(Destination destination, InterfaceLanguage language) {
        if (ADMINISTRATORS_ONLY.contains(destination)) {
            session.requireAdministrator("open " + destination);
        }
        return switch (destination) {
            case NEW_APPLICATION -> intake().view();
            case DRAFTS -> drafts();
            case OUTBOX -> OutboxView.page(opened.desk().sync(), i18n, executor, dialogs, opened.law().catalog());
            case HANDOUT -> new HandoutView(new HandoutViewModel(opened.desk().sync().sync(), executor,
                    this::asOperator, i18n, paper::deliver, Clock.systemDefaultZone()), i18n, dialogs,
                    opened.law().catalog());
            case SEARCH -> search();
            case TODAY -> new TodayView(new TodayViewModel(reports, executor, reportTexts(),
                    () -> asOperator().clerkName(), opened.applications().workstationId(), reportOutput(),
                    Clock.systemDefaultZone()),
                    i18n);
            case SETTINGS -> new SettingsView(i18n, new SettingsViewModel(i18n, saved, language, dialogs,
                    opened.mode(), opened.regions(), executor, session::isAdministrator,
                    opened.desk().sync().sync()::enrol), new PrinterSettingsView(i18n,
                    new PrinterSettingsViewModel(i18n, printing.printers(), opened.printerChoices(), executor)));
            case AUDIT -> new AuditView(new AuditViewModel(session, opened.applications().audit(),
                    Applicants.of(opened.applications()), executor, dialogs, i18n, opened.desk().sync().sync()
                    .dataRoot().resolve(opened.mode().isTraining() ? "exports-training" : "exports"),
                    Clock.systemDefaultZone(), id -> Tables.serviceName(opened.law().catalog(), i18n, id)), i18n);
            case OPERATORS -> session.training() ? new TrainingHasNoOperators(i18n)
                    : new OperatorsView(new OperatorsViewModel(session, executor, dialogs, i18n,
                    ZoneId.systemDefault()), i18n);
            case REPORTS -> new ReportsView(new ReportsViewModel(reports, centralReports, executor, reportTexts(),
                    reportOutput(), Clock.systemDefaultZone()), i18n);
        };
    }

    /** CSV into the private exports folder (training's apart), paper as the forms go; both audited. */
    private ReportsViewModel.Output reportOutput() {
        Path folder = opened.desk().sync().sync().dataRoot()
                .resolve(opened.mode().isTraining() ? "exports-training" : "exports");
        return new ReportsViewModel.Output(new ReportExport(folder, opened.applications().audit()), new ReportPdf(),
                paper::deliver, opened.mode().isTraining(), () -> asOperator().clerkName());
    }

    private ReportTexts reportTexts() {
        return new ReportTexts(i18n, opened.law().catalog(), ZoneId.systemDefault());
    }

    /** The intake desk, shared by the "New application" and "Drafts" pages, built when first opened. */
    private Intake intake() {
        if (intake == null) {
            intake = new Intake();
        }
        return intake;
    }

    private View drafts() {
        DraftsViewModel model = new DraftsViewModel(opened.applications().drafts(), executor, dialogs, i18n,
                this::asOperator, id -> {
                    intake().model.resume(id);
                    shell.navigate(Destination.NEW_APPLICATION);
                });
        return new DraftsView(model, i18n, intake().verdicts.catalog());
    }

    /** The Search page: what it prints or hands out goes through the Handout page's view model. */
    private View search() {
        HandoutViewModel handout = new HandoutViewModel(opened.desk().sync().sync(), executor, this::asOperator, i18n,
                paper::deliver, Clock.systemDefaultZone());
        SearchViewModel.Decisions decisions = new SearchViewModel.Decisions() {
            @Override
            public void print(StoredApplication application, Consumer<String> done,
                              Consumer<Exception> failed) {
                handout.print(item(application), false, done, failed);
            }

            @Override
            public void handOut(StoredApplication application, String recipientName, String recipientDocument,
                                Runnable done, Consumer<String> refused) {
                handout.handOut(item(application), recipientName, recipientDocument, done, refused);
            }

            @Override
            public String reprint(byte[] pdf, String formId) throws Exception {
                PaperDelivery.Delivery delivery = paper.deliver(pdf, formId);
                return delivery.printer().isPresent() ? i18n.get("handout.printed") : PaperStatus.of(i18n, delivery);
            }

            private HandoutViewModel.Item item(StoredApplication application) {
                return new HandoutViewModel.Item("", Optional.of(application), Optional.empty());
            }
        };
        SearchViewModel model = new SearchViewModel(opened.applications(), executor, dialogs, i18n,
                intake().verdicts.catalog(), decisions, id -> {
                    intake().model.resume(id);
                    shell.navigate(Destination.NEW_APPLICATION);
                });
        return new SearchView(model, i18n, intake().verdicts.catalog());
    }

    /**
     * After an unclean exit (killed, power cut) the store restored the drafts that were open: the clerk is told
     * how many and may open the drafts list at once.
     */
    private void tellRestoredDrafts() {
        BackgroundTask.wrap(() -> opened.applications().drafts().openAtLastExit())
                .onSuccess(count -> {
                    if (count > 0) {
                        if (dialogs.confirm(i18n.get("drafts.restored.title"), i18n.get("drafts.restored.text",
                                count), i18n.get("drafts.restored.open"), i18n.get("drafts.restored.later"))) {
                            shell.navigate(Destination.DRAFTS);
                        }
                        // Back to the work (the ticket, or the drafts' search), not to the header's first button.
                        window.focusPage();
                    }
                })
                .onFailure(error -> LOG.warn("Could not count the drafts restored at start", error))
                .executeWith(executor);
    }

    /**
     * Intake: sessions saved into the work database's drafts, judged by the law in force on the filing day (the
     * bundled law data, with reference data received by sync from its effective date).
     */
    private final class Intake {
        private final LawInForce verdicts;
        private final NewApplicationViewModel model;
        private final NewApplicationView view;
        private final IntakeForms forms;

        Intake() {
            ReferenceData reference = ReferenceData.loadBundled();
            verdicts = opened.law();
            Clock clock = Clock.systemDefaultZone();
            IntakeSessions sessions = new IntakeSessions(opened.applications().drafts(), verdicts, clock, executor,
                    Debouncer.withMaxWait(Debouncer.fx(SAVE_AFTER_MILLIS), SAVE_AT_LEAST_EVERY, clock), dialogs, i18n);
            model = new NewApplicationViewModel(sessions, i18n, dialogs, Workbench.this::asOperator);
            forms = new IntakeForms(verdicts.formTexts());
            if (warmUpWanted) {
                warmUp();
            }
            IntakeSteps steps = new IntakeSteps(opened.applications(), forms, paper, executor, dialogs, i18n,
                    Workbench.this::asOperator, opened.mode().isTraining());
            view = new NewApplicationView(model, i18n, new PlaceNames(reference), steps,
                    // Audited under the signed-in operator, as the returning-employer lookup is.
                    session -> Optional.of(new EarlierPermitSearch(steps::earlierPermits, executor, dialogs, i18n)),
                    clock);
        }

        View view() {
            return view;
        }

        void warmUp() {
            BackgroundTask.wrap(forms::warmUp)
                    .onFailure(error -> LOG.warn("The print engine could not be warmed up", error))
                    .executeWith(executor);
        }
    }
}
