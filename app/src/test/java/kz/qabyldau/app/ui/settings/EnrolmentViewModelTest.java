package kz.qabyldau.app.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.i18n.Language;
import kz.qabyldau.app.sync.SyncFailure;
import kz.qabyldau.app.ui.Fixtures;
import kz.qabyldau.app.ui.InMemorySettingsStore;
import kz.qabyldau.app.ui.common.RecordingDialogs;
import kz.qabyldau.app.ui.common.TaskExecutor;
import kz.qabyldau.app.ui.common.WorkMode;

/** Issue #11: the administrator enrols the workstation in Settings with a one-time code; nobody else can. */
class EnrolmentViewModelTest {

    private final I18n i18n = new I18n(Language.EN);
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<String> codesSent = new ArrayList<>();
    private boolean administrator = true;
    private WorkstationEnroller enroller = (central, code) -> {
        codesSent.add(central + " " + code);
        return "AST-03";
    };

    private SettingsViewModel model(WorkMode mode) {
        InMemorySettingsStore store = new InMemorySettingsStore(Fixtures.configuredOffice());
        SavedSettings saved = new SavedSettings(store, TaskExecutor.callingThread(), store.load());
        return new SettingsViewModel(i18n, saved, new InterfaceLanguage(i18n, saved, dialogs), dialogs, mode,
                Fixtures.REGIONS, TaskExecutor.callingThread(), () -> administrator, (c, code) -> enroller.enrol(c,
                code));
    }

    @Test
    void anAdministratorEnrolsWithTheCodeAtTheSavedAddressAndTheCodeIsCleared() {
        SettingsViewModel model = model(WorkMode.OFFICE);
        assertThat(model.enrolmentOffered()).isTrue();
        assertThat(model.canEnrolProperty().get()).as("no code typed").isFalse();

        model.enrolmentCodeProperty().set(" 7K2M-Q9RT-XW4H-P3NB ");
        model.enrol();

        assertThat(codesSent).containsExactly("https://central.example.kz/api 7K2M-Q9RT-XW4H-P3NB");
        assertThat(model.enrolmentCodeProperty().get()).isEmpty();
        assertThat(model.enrolmentMessageProperty().get()).contains("enrolled for office AST-03");
        i18n.languageProperty().set(Language.KK);
        assertThat(model.enrolmentMessageProperty().get()).isEqualTo(i18n.get("settings.enrol.done", "AST-03"));
    }

    @Test
    void aClerkCannotEnrolWhateverThePageShows() {
        administrator = false;
        SettingsViewModel model = model(WorkMode.OFFICE);
        model.enrolmentCodeProperty().set("7K2M-Q9RT-XW4H-P3NB");

        model.enrol();

        assertThat(codesSent).isEmpty();
        assertThat(model.enrolmentMessageProperty().get()).isEqualTo(i18n.get("settings.enrol.notAllowed"));
    }

    @Test
    void aRefusedCodeAndAnUnreachableServiceAreSaidInTheClerksLanguage() {
        i18n.languageProperty().set(Language.RU);
        SettingsViewModel model = model(WorkMode.OFFICE);
        enroller = (central, code) -> {
            throw new SyncFailure(SyncFailure.Kind.REJECTED, "ENROLMENT_REFUSED", 401, "HTTP 401", null);
        };
        model.enrolmentCodeProperty().set("7K2M-Q9RT-XW4H-P3NB");
        model.enrol();
        assertThat(model.enrolmentMessageProperty().get()).isEqualTo(i18n.get("settings.enrol.refused"));
        assertThat(model.enrolmentCodeProperty().get()).as("kept to correct a typo").isNotEmpty();

        enroller = (central, code) -> {
            throw new SyncFailure(SyncFailure.Kind.OFFLINE, "", 0, "cannot connect", null);
        };
        model.enrol();
        assertThat(model.enrolmentMessageProperty().get()).isEqualTo(i18n.get("settings.enrol.offline"));
        assertThat(model.enrollingProperty().get()).isFalse();
    }

    @Test
    void aCentralServiceSpeakingANewerProtocolSaysUpdateNeededInKazakhAndRussian() {
        enroller = (central, code) -> {
            throw new SyncFailure(SyncFailure.Kind.REJECTED, "UNSUPPORTED_PROTOCOL", 400, "HTTP 400", null);
        };
        SettingsViewModel model = model(WorkMode.OFFICE);
        model.enrolmentCodeProperty().set("7K2M-Q9RT-XW4H-P3NB");

        model.enrol();

        i18n.languageProperty().set(Language.KK);
        assertThat(model.enrolmentMessageProperty().get()).isEqualTo(i18n.get("settings.enrol.updateNeeded"))
                .startsWith("Бағдарламаны жаңарту қажет");
        i18n.languageProperty().set(Language.RU);
        assertThat(model.enrolmentMessageProperty().get()).isEqualTo(i18n.get("settings.enrol.updateNeeded"))
                .startsWith("Нужно обновить программу");
        assertThat(model.enrolmentCodeProperty().get()).as("the code is not used up: kept for after the update")
                .isEqualTo("7K2M-Q9RT-XW4H-P3NB");
        assertThat(model.enrolmentFailedProperty().get()).as("shown as a problem").isTrue();

        enroller = (central, code) -> "AST-03";
        model.enrol();
        assertThat(model.enrolmentFailedProperty().get()).as("the update done, enrolled").isFalse();
        assertThat(model.enrollingProperty().get()).isFalse();
    }

    @Test
    void trainingEnrolsItselfAndOffersNoField() {
        SettingsViewModel model = model(WorkMode.TRAINING_REQUESTED);
        model.enrolmentCodeProperty().set("7K2M-Q9RT-XW4H-P3NB");

        model.enrol();

        assertThat(model.enrolmentOffered()).isFalse();
        assertThat(codesSent).isEmpty();
        assertThat(model.enrolmentMessageProperty().get()).isEqualTo(i18n.get("settings.enrol.training"));
    }
}
