package kz.qabyldau.app.ui.shell;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.ui.common.DialogService;
import kz.qabyldau.app.ui.common.TaskExecutor;
import kz.qabyldau.app.ui.common.View;
import kz.qabyldau.app.ui.drafts.DraftsView;
import kz.qabyldau.app.ui.handout.HandoutView;
import kz.qabyldau.app.ui.intake.NewApplicationView;
import kz.qabyldau.app.ui.outbox.OutboxView;
import kz.qabyldau.app.ui.search.SearchView;
import kz.qabyldau.app.ui.settings.InterfaceLanguage;
import kz.qabyldau.app.ui.settings.SavedSettings;
import kz.qabyldau.app.ui.settings.SettingsView;
import kz.qabyldau.app.ui.settings.SettingsViewModel;

/**
 * Puts the main window together from an opened workstation: the shared settings, the view
 * models and a page for every destination. The one place that knows every feature package.
 */
public final class Workbench {

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
            case NEW_APPLICATION -> new NewApplicationView(i18n);
            case DRAFTS -> new DraftsView(i18n);
            case OUTBOX -> OutboxView.page(opened.connectivity(), i18n, executor, dialogs);
            case HANDOUT -> HandoutView.page(opened.connectivity(), i18n, executor, dialogs, saved);
            case SEARCH -> new SearchView(i18n);
            case SETTINGS -> new SettingsView(i18n, new SettingsViewModel(i18n, saved, language, dialogs,
                    opened.mode(), opened.regions()));
        };
    }
}
