package kz.qabyldau.app.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.i18n.Language;
import kz.qabyldau.app.settings.OfficeSettings;
import kz.qabyldau.app.ui.Fixtures;
import kz.qabyldau.app.ui.InMemorySettingsStore;
import kz.qabyldau.app.ui.common.RecordingDialogs;
import kz.qabyldau.app.ui.common.TaskExecutor;
import kz.qabyldau.app.ui.common.WorkMode;

class SettingsViewModelTest {

    private final I18n i18n = new I18n(Language.EN);
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private InMemorySettingsStore store = new InMemorySettingsStore(OfficeSettings.unconfigured());
    private SavedSettings saved;

    private SettingsViewModel model(WorkMode mode) {
        saved = new SavedSettings(store, TaskExecutor.callingThread(), store.load());
        return new SettingsViewModel(i18n, saved, new InterfaceLanguage(i18n, saved, dialogs), dialogs, mode,
                Fixtures.REGIONS);
    }

    private static void fillOffice(SettingsViewModel model) {
        model.officeNameProperty().set("  ХҚКО №2 Астана ");
        model.regionProperty().set(Fixtures.ASTANA);
        model.providerNameProperty().set("Астана қаласының әкімдігі");
        model.clerkNameProperty().set("Айгүл Сейітова");
        model.centralUrlProperty().set("https://central.example.kz/api ");
    }

    @Test
    void saveWritesTheTrimmedFieldsWithTheCurrentLanguage() {
        SettingsViewModel model = model(WorkMode.TRAINING_NOT_CONFIGURED);
        i18n.languageProperty().set(Language.RU);
        fillOffice(model);

        model.save();

        assertThat(store.saves()).containsExactly(new OfficeSettings("ХҚКО №2 Астана", "710000000",
                "Астана қаласының әкімдігі", "Айгүл Сейітова", "ru", "https://central.example.kz/api"));
        assertThat(saved.current().isOfficeConfigured()).isTrue();
    }

    @Test
    void fieldsShowTheSavedSettingsIncludingTheRegion() {
        store = new InMemorySettingsStore(Fixtures.configuredOffice());
        SettingsViewModel model = model(WorkMode.OFFICE);

        assertThat(model.officeNameProperty().get()).isEqualTo("ХҚКО №2 Астана");
        assertThat(model.regionProperty().get()).isEqualTo(Fixtures.ASTANA);
        assertThat(model.centralUrlProperty().get()).isEqualTo("https://central.example.kz/api");
    }

    @Test
    void regionsAreSortedByNameInTheInterfaceLanguage() {
        RegionOption west = new RegionOption("270000000", Map.of(Language.KK, "Батыс Қазақстан облысы",
                Language.RU, "Западно-Казахстанская область", Language.EN, "West Kazakhstan Region"));
        RegionOption karaganda = new RegionOption("350000000", Map.of(Language.KK, "Қарағанды облысы",
                Language.RU, "Карагандинская область", Language.EN, "Karaganda Region"));
        saved = new SavedSettings(store, TaskExecutor.callingThread(), store.load());
        SettingsViewModel model = new SettingsViewModel(i18n, saved, new InterfaceLanguage(i18n, saved, dialogs),
                dialogs, WorkMode.TRAINING_NOT_CONFIGURED, List.of(karaganda, west));

        i18n.languageProperty().set(Language.KK);
        assertThat(model.regions()).containsExactly(west, karaganda);
        i18n.languageProperty().set(Language.EN);
        assertThat(model.regions()).containsExactly(karaganda, west);
    }

    @Test
    void unchangedSettingsCannotBeSaved() {
        SettingsViewModel model = model(WorkMode.TRAINING_NOT_CONFIGURED);

        assertThat(model.canSaveProperty().get()).isFalse();
        model.save();
        assertThat(store.saves()).isEmpty();
    }

    @Test
    void plainHttpToAnotherComputerIsRejectedAndCannotBeSaved() {
        SettingsViewModel model = model(WorkMode.TRAINING_NOT_CONFIGURED);
        fillOffice(model);

        model.centralUrlProperty().set("http://central.example.kz");

        assertThat(model.centralUrlErrorProperty().get()).startsWith("Use https://");
        assertThat(model.canSaveProperty().get()).isFalse();
        model.save();
        assertThat(store.saves()).isEmpty();
    }

    @Test
    void validationMessageFollowsTheInterfaceLanguage() {
        SettingsViewModel model = model(WorkMode.TRAINING_NOT_CONFIGURED);
        model.centralUrlProperty().set("central.example.kz");

        i18n.languageProperty().set(Language.KK);
        assertThat(model.centralUrlErrorProperty().get()).startsWith("Толық мекенжайды енгізіңіз");
        i18n.languageProperty().set(Language.RU);
        assertThat(model.centralUrlErrorProperty().get()).startsWith("Введите полный адрес");
    }

    @Test
    void correctingTheAddressClearsTheMessage() {
        SettingsViewModel model = model(WorkMode.TRAINING_NOT_CONFIGURED);
        model.centralUrlProperty().set("central.example.kz");

        model.centralUrlProperty().set("https://central.example.kz");

        assertThat(model.centralUrlErrorProperty().get()).isEmpty();
        assertThat(model.canSaveProperty().get()).isTrue();
    }

    @Test
    void successfulSaveSaysSoUntilTheNextEdit() {
        SettingsViewModel model = model(WorkMode.TRAINING_NOT_CONFIGURED);
        model.clerkNameProperty().set("Айгүл Сейітова");

        model.save();
        assertThat(model.statusMessageProperty().get()).isEqualTo("Settings saved.");
        assertThat(model.changedProperty().get()).isFalse();

        model.clerkNameProperty().set("Айгүл Сейітова-Омарова");
        assertThat(model.statusMessageProperty().get()).isEmpty();
    }

    @Test
    void failedSaveTellsTheClerkInTheirLanguageAndKeepsTheEdits() {
        SettingsViewModel model = model(WorkMode.TRAINING_NOT_CONFIGURED);
        i18n.languageProperty().set(Language.KK);
        store.failSaves();
        model.clerkNameProperty().set("Айгүл Сейітова");

        model.save();

        assertThat(dialogs.shown()).singleElement().satisfies(shown -> {
            assertThat(shown.title()).isEqualTo("Қате");
            assertThat(shown.message()).isEqualTo("Баптауларды сақтау мүмкін болмады. Толығырақ журнал файлында.");
        });
        assertThat(model.clerkNameProperty().get()).isEqualTo("Айгүл Сейітова");
        assertThat(saved.current()).isEqualTo(OfficeSettings.unconfigured());
        assertThat(model.savingProperty().get()).isFalse();
    }

    @Test
    void resetThrowsTheEditsAway() {
        store = new InMemorySettingsStore(Fixtures.configuredOffice());
        SettingsViewModel model = model(WorkMode.OFFICE);
        model.officeNameProperty().set("Something else");

        model.resetToSaved();

        assertThat(model.officeNameProperty().get()).isEqualTo("ХҚКО №2 Астана");
        assertThat(model.changedProperty().get()).isFalse();
    }

    @Test
    void trainingOnAFreshWorkstationListsWhatARealOfficeStillNeeds() {
        SettingsViewModel model = model(WorkMode.TRAINING_NOT_CONFIGURED);
        model.officeNameProperty().set("ХҚКО №2 Астана");
        model.save();

        assertThat(model.trainingExplanationProperty().get())
                .contains("fill in: region, provider (local executive body), central service address.")
                .contains("restart");
    }

    @Test
    void trainingExplanationAsksForARestartOnceTheOfficeIsConfigured() {
        SettingsViewModel model = model(WorkMode.TRAINING_NOT_CONFIGURED);
        fillOffice(model);

        model.save();

        assertThat(model.trainingExplanationProperty().get())
                .isEqualTo("The office is configured. Restart Qabyldau to leave training mode and work for "
                        + "the office.");
    }

    @Test
    void trainingRequestedOnTheCommandLineSaysHowToLeaveIt() {
        SettingsViewModel model = model(WorkMode.TRAINING_REQUESTED);

        assertThat(model.trainingExplanationProperty().get()).contains("without --training");
    }

    @Test
    void aRealOfficeHasNoTrainingExplanation() {
        store = new InMemorySettingsStore(Fixtures.configuredOffice());
        SettingsViewModel model = model(WorkMode.OFFICE);

        assertThat(model.trainingExplanationProperty().get()).isEmpty();
    }

    @Test
    void switchingTheLanguageAppliesAtOnceAndIsRemembered() {
        SettingsViewModel model = model(WorkMode.TRAINING_NOT_CONFIGURED);

        model.switchLanguage(Language.RU);

        assertThat(i18n.language()).isEqualTo(Language.RU);
        assertThat(store.load().language()).isEqualTo("ru");
    }

    @Test
    void theOfficeCodeAndTokenAreSavedTrimmedWithTheOffice() {
        SettingsViewModel model = model(WorkMode.TRAINING_NOT_CONFIGURED);
        fillOffice(model);
        model.officeCodeProperty().set(" AST-03 ");
        model.tokenProperty().set(" s3cr3t ");

        model.save();

        assertThat(store.saves()).singleElement().satisfies(s -> {
            assertThat(s.officeCode()).isEqualTo("AST-03");
            assertThat(s.token()).isEqualTo("s3cr3t");
        });
    }

    @Test
    void anOfficeCodeTheCentralServiceCannotTakeIsPointedOutAndCannotBeSaved() {
        SettingsViewModel model = model(WorkMode.TRAINING_NOT_CONFIGURED);
        fillOffice(model);

        model.officeCodeProperty().set("АСТ 03");

        assertThat(model.officeCodeErrorProperty().get()).contains("AST-03");
        assertThat(model.canSaveProperty().get()).isFalse();
        model.officeCodeProperty().set("AST-03");
        assertThat(model.officeCodeErrorProperty().get()).isEmpty();
        assertThat(model.canSaveProperty().get()).isTrue();
    }

    @Test
    void switchingTheLanguageKeepsTheOfficeCodeAndToken() {
        store = new InMemorySettingsStore(Fixtures.configuredOffice().withIdentity("AST-03", "s3cr3t"));
        model(WorkMode.OFFICE).switchLanguage(Language.RU);

        assertThat(saved.current().token()).isEqualTo("s3cr3t");
        assertThat(saved.current().officeCode()).isEqualTo("AST-03");
    }
}
