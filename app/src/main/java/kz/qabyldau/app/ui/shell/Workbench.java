package kz.qabyldau.app.ui.shell;

import java.time.Clock;
import java.util.Optional;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.ui.common.DialogService;
import kz.qabyldau.app.ui.common.EmptyStateView;
import kz.qabyldau.app.ui.common.TaskExecutor;
import kz.qabyldau.app.ui.common.View;
import kz.qabyldau.app.ui.drafts.DraftsView;
import kz.qabyldau.app.ui.handout.HandoutView;
import kz.qabyldau.app.ui.intake.Debouncer;
import kz.qabyldau.app.ui.intake.IntakeSessions;
import kz.qabyldau.app.ui.intake.IntakeStepFactory;
import kz.qabyldau.app.ui.intake.NewApplicationView;
import kz.qabyldau.app.ui.intake.NewApplicationViewModel;
import kz.qabyldau.app.ui.intake.PlaceNames;
import kz.qabyldau.app.ui.outbox.OutboxView;
import kz.qabyldau.app.ui.search.SearchView;
import kz.qabyldau.app.ui.settings.InterfaceLanguage;
import kz.qabyldau.app.ui.settings.SavedSettings;
import kz.qabyldau.app.ui.settings.SettingsView;
import kz.qabyldau.app.ui.settings.SettingsViewModel;
import kz.qabyldau.forms.reference.ReferenceData;
import kz.qabyldau.forms.service.ServiceCatalog;
import kz.qabyldau.forms.verdict.Verdicts;

/**
 * Puts the main window together from an opened workstation: the shared settings, the view
 * models and a page for every destination. The one place that knows every feature package.
 */
public final class Workbench {

    /** A draft is saved once the clerk pauses this long: at most the field being typed can be lost. */
    private static final long SAVE_AFTER_MILLIS = 300;

    private final ShellViewModel shell;
    private final MainWindowView window;

    public Workbench(OpenedWorkstation opened, I18n i18n, TaskExecutor executor, DialogService dialogs) {
        SavedSettings saved = new SavedSettings(opened.settingsStore(), executor, opened.settings());
        InterfaceLanguage language = new InterfaceLanguage(i18n, saved, dialogs);
        shell = new ShellViewModel(i18n, executor, saved, language, opened.mode(), opened.waitingCount(),
                opened.connectivity());
        window = new MainWindowView(i18n, shell,
                destination -> page(destination, opened, i18n, executor, saved, language, dialogs));
        shell.refreshWaitingCount();
    }

    public ShellViewModel shell() {
        return shell;
    }

    public MainWindowView window() {
        return window;
    }

    private static View page(Destination destination, OpenedWorkstation opened, I18n i18n, TaskExecutor executor,
                             SavedSettings saved, InterfaceLanguage language, DialogService dialogs) {
        return switch (destination) {
            case NEW_APPLICATION -> newApplication(opened, i18n, executor, saved, dialogs);
            case DRAFTS -> new DraftsView(i18n);
            case OUTBOX -> new OutboxView(i18n);
            case HANDOUT -> new HandoutView(i18n);
            case SEARCH -> new SearchView(i18n);
            case SETTINGS -> new SettingsView(i18n, new SettingsViewModel(i18n, saved, language, dialogs,
                    opened.mode(), opened.regions()));
        };
    }

    /** Intake: sessions saved into the work database's drafts, judged by the bundled law data. */
    private static View newApplication(OpenedWorkstation opened, I18n i18n, TaskExecutor executor, SavedSettings saved,
                                       DialogService dialogs) {
        if (opened.applications() == null) {
            return new EmptyStateView(i18n, "intake.title", "intake.unavailable.title", "intake.unavailable.text");
        }
        ReferenceData reference = ReferenceData.loadBundled();
        Verdicts verdicts = new Verdicts(ServiceCatalog.loadBundled(), reference, reference.calendar());
        Clock clock = Clock.systemDefaultZone();
        IntakeSessions sessions = new IntakeSessions(opened.applications().drafts(), verdicts, clock, executor,
                Debouncer.fx(SAVE_AFTER_MILLIS), dialogs, i18n);
        NewApplicationViewModel model = new NewApplicationViewModel(sessions, i18n, dialogs, saved::current);
        // The earlier-permit search joins once the store offers the office's records (Records).
        return new NewApplicationView(model, i18n, new PlaceNames(reference), IntakeStepFactory.none(),
                session -> Optional.empty(), clock);
    }
}
