package kz.qabyldau.app.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import javafx.beans.property.ReadOnlyBooleanWrapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.i18n.Language;
import kz.qabyldau.app.settings.OfficeSettings;
import kz.qabyldau.app.ui.Fixtures;
import kz.qabyldau.app.ui.InMemorySettingsStore;
import kz.qabyldau.app.ui.common.RecordingDialogs;
import kz.qabyldau.app.ui.common.TaskExecutor;
import kz.qabyldau.app.ui.common.WorkMode;
import kz.qabyldau.app.ui.settings.InterfaceLanguage;
import kz.qabyldau.app.ui.settings.SavedSettings;
import kz.qabyldau.app.ui.status.Connectivity;
import kz.qabyldau.app.ui.status.WaitingCount;
import javafx.beans.property.SimpleStringProperty;

class ShellViewModelTest {

    private final I18n i18n = new I18n(Language.EN);
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final InMemorySettingsStore store = new InMemorySettingsStore(OfficeSettings.unconfigured());
    private final SavedSettings saved = new SavedSettings(store, TaskExecutor.callingThread(), store.load());
    private final ReadOnlyBooleanWrapper online = new ReadOnlyBooleanWrapper(false);

    private ShellViewModel model(WorkMode mode, WaitingCount waiting) {
        return new ShellViewModel(i18n, TaskExecutor.callingThread(), saved,
                new InterfaceLanguage(i18n, saved, dialogs), mode, waiting, online::getReadOnlyProperty);
    }

    private ShellViewModel model(WorkMode mode) {
        return model(mode, WaitingCount.noOutboxYet());
    }

    @Test
    void headerSaysWhenNoOfficeIsConfigured() {
        ShellViewModel model = model(WorkMode.TRAINING_NOT_CONFIGURED);

        assertThat(model.officeTitleProperty().get()).isEqualTo("Office not configured");
        // Training is worked by the built-in trainee, named as such (the banner says training mode).
        assertThat(model.clerkLineProperty().get()).isEqualTo("Clerk: trainee (training mode)");
        i18n.languageProperty().set(Language.RU);
        assertThat(model.clerkLineProperty().get()).isEqualTo("Сотрудник: стажёр (учебный режим)");
        i18n.languageProperty().set(Language.KK);
        assertThat(model.clerkLineProperty().get()).isEqualTo("Қызметкер: тағылымдамашы (оқу режимі)");
        assertThat(model(WorkMode.TRAINING_REQUESTED).clerkLineProperty().get())
                .isEqualTo("Қызметкер: тағылымдамашы (оқу режимі)");
    }

    @Test
    void aClerksShortcutToAnAdministratorsPageLeavesThePageAsItIs() {
        ShellViewModel model = model(WorkMode.OFFICE);
        model.allowOnly(d -> d != Destination.SETTINGS);
        model.navigate(Destination.DRAFTS);

        model.navigate(Destination.SETTINGS);

        assertThat(model.destinationProperty().get()).isEqualTo(Destination.DRAFTS);
        assertThat(model.mayOpen(Destination.SETTINGS)).isFalse();
    }

    @Test
    void headerNamesTheSignedInOperatorNotTheSettingsName() {
        saved.save(Fixtures.configuredOffice(), () -> { }, e -> { });
        SimpleStringProperty operator = new SimpleStringProperty("");
        ShellViewModel model = new ShellViewModel(i18n, TaskExecutor.callingThread(), saved,
                new InterfaceLanguage(i18n, saved, dialogs), WorkMode.OFFICE, WaitingCount.noOutboxYet(),
                online::getReadOnlyProperty, operator);
        assertThat(model.clerkLineProperty().get()).isEqualTo("Clerk not set");

        operator.set("Нұрлан Исаев");

        assertThat(model.clerkLineProperty().get()).isEqualTo("Clerk: Нұрлан Исаев");
    }

    @Test
    void headerShowsTheOfficeAndClerkOnceSaved() {
        ShellViewModel model = model(WorkMode.TRAINING_NOT_CONFIGURED);

        saved.save(Fixtures.configuredOffice(), () -> { }, e -> { });

        assertThat(model.officeTitleProperty().get()).isEqualTo("ХҚКО №2 Астана");
        assertThat(model.clerkLineProperty().get()).isEqualTo("Clerk: Айгүл Сейітова");
    }

    @Test
    void waitingCountComesFromTheOutbox() {
        AtomicInteger outbox = new AtomicInteger(3);
        ShellViewModel model = model(WorkMode.OFFICE, outbox::get);

        model.refreshWaitingCount();
        assertThat(model.waitingProperty().get()).isEqualTo(3);
        assertThat(model.waitingTextProperty().get()).isEqualTo("Waiting to be sent: 3");

        outbox.set(5);
        model.refreshWaitingCount();
        assertThat(model.waitingProperty().get()).isEqualTo(5);
    }

    @Test
    void failedCountKeepsTheLastKnownFigure() {
        AtomicInteger calls = new AtomicInteger();
        ShellViewModel model = model(WorkMode.OFFICE, () -> {
            if (calls.incrementAndGet() > 1) {
                throw new IllegalStateException("database busy (test)");
            }
            return 2;
        });

        model.refreshWaitingCount();
        model.refreshWaitingCount();

        assertThat(model.waitingProperty().get()).isEqualTo(2);
    }

    @Test
    void connectionIndicatorFollowsConnectivity() {
        ShellViewModel model = model(WorkMode.OFFICE);
        assertThat(model.connectionTextProperty().get()).isEqualTo("Offline");

        online.set(true);

        assertThat(model.onlineProperty().get()).isTrue();
        assertThat(model.connectionTextProperty().get()).isEqualTo("Online");
    }

    @Test
    void withoutASyncWorkerTheWorkstationSaysOffline() {
        assertThat(Connectivity.noSyncYet().onlineProperty().get()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"KK, ОҚУ РЕЖИМІ", "RU, УЧЕБНЫЙ РЕЖИМ", "EN, TRAINING MODE"})
    void trainingBannerIsInTheInterfaceLanguage(Language language, String title) {
        ShellViewModel model = model(WorkMode.TRAINING_NOT_CONFIGURED);

        i18n.languageProperty().set(language);

        assertThat(model.isTraining()).isTrue();
        assertThat(model.trainingTitleProperty().get()).isEqualTo(title);
        assertThat(model.trainingTextProperty().get()).isNotBlank();
    }

    @ParameterizedTest
    @CsvSource({"KK, оқу режимінде", "RU, в учебном режиме"})
    void startedForTrainingTheBannerSpeaksTheClerksLanguageNotTheCommandLine(Language language, String says) {
        ShellViewModel model = model(WorkMode.TRAINING_REQUESTED);

        i18n.languageProperty().set(language);

        // Issue #12: the Kazakh banner showed the raw "--training" option in its sentence.
        assertThat(model.trainingTextProperty().get()).contains(says).doesNotContain("--training");
    }

    @Test
    void aRealOfficeHasNoTrainingBanner() {
        ShellViewModel model = model(WorkMode.OFFICE);

        assertThat(model.isTraining()).isFalse();
        assertThat(model.trainingTextProperty().get()).isEmpty();
    }

    @Test
    void navigationOpensTheChosenPage() {
        ShellViewModel model = model(WorkMode.OFFICE);
        assertThat(model.destinationProperty().get()).isEqualTo(Destination.NEW_APPLICATION);

        model.navigate(Destination.SETTINGS);

        assertThat(model.destinationProperty().get()).isEqualTo(Destination.SETTINGS);
    }

    @Test
    void languageSwitchRelabelsTheHeaderAndIsRemembered() {
        ShellViewModel model = model(WorkMode.TRAINING_NOT_CONFIGURED);

        model.switchLanguage(Language.KK);

        assertThat(model.officeTitleProperty().get()).isEqualTo("Бөлім бапталмаған");
        assertThat(model.connectionTextProperty().get()).isEqualTo("Байланыс жоқ");
        assertThat(store.load().language()).isEqualTo("kk");
    }

    @Test
    void languageThatCannotBeRememberedStillSwitchesAndSaysSo() {
        ShellViewModel model = model(WorkMode.TRAINING_NOT_CONFIGURED);
        store.failSaves();

        model.switchLanguage(Language.RU);

        assertThat(i18n.language()).isEqualTo(Language.RU);
        assertThat(dialogs.shown()).singleElement()
                .satisfies(shown -> assertThat(shown.message()).startsWith("Язык переключён, но не запомнен"));
    }

    @Test
    void shortcutsNumberThePagesInNavigationOrder() {
        assertThat(Destination.NEW_APPLICATION.shortcutDigit()).isEqualTo(1);
        assertThat(Destination.SETTINGS.shortcutDigit()).isEqualTo(6);
    }
}
