package kz.qabyldau.app.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.i18n.Language;
import kz.qabyldau.app.store.StoreException;
import kz.qabyldau.app.ui.common.RecordingDialogs;
import kz.qabyldau.app.ui.common.TaskExecutor;
import java.util.function.Supplier;

class IntegrityWatchTest {

    private static final Path LOG = Path.of("/home/clerk/.local/share/qabyldau/logs/qabyldau.log");

    private final I18n i18n = new I18n(Language.RU);
    private final RecordingDialogs dialogs = new RecordingDialogs();

    private IntegrityWatch watch(Supplier<List<String>> check) {
        return new IntegrityWatch(check, TaskExecutor.callingThread(), dialogs, i18n, () -> LOG);
    }

    @Test
    void soundDatabaseIsCheckedSilently() {
        watch(List::of).start();

        assertThat(dialogs.shown()).isEmpty();
    }

    @Test
    void damagedDatabaseIsToldToTheClerkWithTheLogFileAndNoStackTrace() {
        watch(() -> List.of("*** in database main ***", "Page 42: btreeInitPage() returns error code 11")).start();

        assertThat(dialogs.shown()).singleElement().satisfies(shown -> {
            assertThat(shown.kind()).isEqualTo("error");
            assertThat(shown.message()).contains(LOG.toString()).doesNotContain("btreeInitPage", "Exception");
        });
    }

    @Test
    void checkThatFailsIsToldAsDamageToo() {
        Path db = Path.of("/home/clerk/.local/share/qabyldau/qabyldau.db");
        watch(() -> {
            throw new StoreException(StoreException.READ_FAILED, db, "disk I/O error", null);
        }).start();

        assertThat(dialogs.shown()).hasSize(1);
    }
}
