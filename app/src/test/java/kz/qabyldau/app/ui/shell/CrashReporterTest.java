package kz.qabyldau.app.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.i18n.Language;
import kz.qabyldau.app.store.StoreException;
import kz.qabyldau.app.ui.common.RecordingDialogs;

class CrashReporterTest {

    private static final Path LOG = Path.of("/home/clerk/.local/share/qabyldau/logs/qabyldau.log");

    private final I18n i18n = new I18n(Language.RU);
    private final RecordingDialogs dialogs = new RecordingDialogs();

    @Test
    void uncaughtExceptionGivesAShortMessageInTheClerksLanguageWithTheLogFile() {
        CrashReporter reporter = new CrashReporter(i18n, dialogs, Runnable::run, () -> LOG);

        reporter.accept(new NullPointerException("field was null"));

        assertThat(dialogs.shown()).singleElement().satisfies(shown -> {
            assertThat(shown.title()).isEqualTo("Произошла ошибка");
            assertThat(shown.message()).startsWith("В работе Qabyldau произошла ошибка.")
                    .endsWith(LOG.toString())
                    .doesNotContain("NullPointerException", "field was null", "\tat ");
        });
    }

    @Test
    void storageFailureAnywhereInTheCauseChainSpeaksForItself() {
        CrashReporter reporter = new CrashReporter(i18n, dialogs, Runnable::run, () -> LOG);
        Path database = Path.of("/home/clerk/.local/share/qabyldau/qabyldau.db");

        reporter.accept(new IllegalStateException("wrapped",
                new StoreException(StoreException.WRITE_FAILED, database, "disk full", null)));

        assertThat(dialogs.shown()).singleElement().satisfies(shown -> assertThat(shown.message())
                .contains(database.toString()).doesNotContain("wrapped", "disk full"));
    }

    @Test
    void messageIsShownOnTheUiThread() {
        List<Runnable> uiThread = new ArrayList<>();
        CrashReporter reporter = new CrashReporter(i18n, dialogs, uiThread::add, () -> LOG);

        reporter.accept(new IllegalStateException());

        assertThat(dialogs.shown()).isEmpty();
        uiThread.forEach(Runnable::run);
        assertThat(dialogs.shown()).hasSize(1);
    }

    @Test
    void aFloodOfErrorsShowsOneMessageAtATime() {
        List<Runnable> uiThread = new ArrayList<>();
        CrashReporter reporter = new CrashReporter(i18n, dialogs, uiThread::add, () -> LOG);

        for (int i = 0; i < 5; i++) {
            reporter.accept(new IllegalStateException("again"));
        }
        uiThread.forEach(Runnable::run);
        reporter.accept(new IllegalStateException("later"));
        uiThread.get(uiThread.size() - 1).run();

        assertThat(uiThread).hasSize(2);
        assertThat(dialogs.shown()).hasSize(2);
    }
}
