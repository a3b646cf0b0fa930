package kz.qabyldau.app.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.config.LaunchOptions;
import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.i18n.Language;
import kz.qabyldau.app.store.StoreException;
import kz.qabyldau.app.ui.Fixtures;
import kz.qabyldau.app.ui.common.RecordingDialogs;
import kz.qabyldau.app.ui.common.TaskExecutor;
import kz.qabyldau.app.ui.common.WorkMode;

class StartupViewModelTest {

    private static final Path LOG = Path.of("/home/clerk/.local/share/qabyldau/logs/qabyldau.log");
    private static final Path DATABASE = Path.of("/home/clerk/.local/share/qabyldau/qabyldau.db");

    private final I18n i18n = new I18n(Language.KK);
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final List<OpenedWorkstation> ready = new ArrayList<>();
    private final List<String> ended = new ArrayList<>();

    private StartupViewModel startup(WorkstationOpener opener) {
        return new StartupViewModel(opener, LaunchOptions.defaults(), i18n, TaskExecutor.callingThread(), dialogs,
                FailureTexts.explainer(i18n, () -> LOG));
    }

    @TempDir
    Path dataDir;

    @AfterEach
    void closeWhatOpened() throws Exception {
        for (OpenedWorkstation o : ready) {
            o.resources().close();
        }
    }

    private OpenedWorkstation opened() {
        return SmallWorkstation.open(dataDir, Fixtures.configuredOffice(), WorkMode.OFFICE, LOG);
    }

    @Test
    void openedWorkstationIsHandedOnInTheSavedLanguage() {
        StartupViewModel startup = startup(options -> opened());

        startup.start(ready::add, () -> ended.add("ended"));

        assertThat(ready).hasSize(1);
        assertThat(i18n.language()).isEqualTo(Language.RU);
        assertThat(startup.phaseProperty().get()).isEqualTo(StartupViewModel.Phase.READY);
        assertThat(ended).isEmpty();
        assertThat(dialogs.shown()).isEmpty();
    }

    @Test
    void databaseLockedByAnotherCopyIsExplainedInEveryLanguageAndEndsTheProgram() {
        StartupViewModel startup = startup(options -> {
            throw new StoreException(StoreException.LOCKED, DATABASE, "lock held", null);
        });

        startup.start(ready::add, () -> ended.add("ended"));

        assertThat(ready).isEmpty();
        assertThat(ended).containsExactly("ended");
        assertThat(startup.phaseProperty().get()).isEqualTo(StartupViewModel.Phase.FAILED);
        assertThat(dialogs.shown()).singleElement().satisfies(shown -> {
            assertThat(shown.title()).contains("Qabyldau іске қосылмады", "Qabyldau не удалось запустить");
            assertThat(shown.message())
                    .contains("another running copy of Qabyldau")
                    .contains(DATABASE.toString())
                    .doesNotContain("Exception", "\tat ");
        });
    }

    @Test
    void damagedDatabaseIsExplainedAndNotTouched() {
        StartupViewModel startup = startup(options -> {
            throw new StoreException(StoreException.CORRUPT, DATABASE, "file is not a database", null);
        });

        startup.start(ready::add, () -> ended.add("ended"));

        assertThat(dialogs.shown()).singleElement()
                .satisfies(shown -> assertThat(shown.message()).contains("damaged", "left untouched"));
        assertThat(ended).containsExactly("ended");
    }

    @Test
    void unexpectedFailureNamesTheLogFileNotTheException() {
        StartupViewModel startup = startup(options -> {
            throw new IllegalStateException("boom: internal detail");
        });

        startup.start(ready::add, () -> ended.add("ended"));

        assertThat(dialogs.shown()).singleElement().satisfies(shown -> assertThat(shown.message())
                .contains("Qabyldau өз деректерін аша алмады", "Qabyldau не смог открыть свои данные")
                .contains(LOG.toString())
                .doesNotContain("boom", "IllegalStateException"));
    }
}
