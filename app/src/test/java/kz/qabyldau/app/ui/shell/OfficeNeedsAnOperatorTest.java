package kz.qabyldau.app.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.i18n.Language;
import kz.qabyldau.app.print.PrintEnvironment;
import kz.qabyldau.app.ui.Fixtures;
import kz.qabyldau.app.ui.common.RecordingDialogs;
import kz.qabyldau.app.ui.common.TaskExecutor;
import kz.qabyldau.app.ui.common.WorkMode;

/**
 * Nobody lands in a real office's database without an operator: the first-start set-up or a sign-in cannot be
 * skipped by building the desk directly.
 */
class OfficeNeedsAnOperatorTest {

    private static final Path LOG = Path.of("qabyldau.log");

    @TempDir
    Path dataDir;

    @Test
    void theDeskOfAnOfficeWithoutItsFirstAdministratorIsRefused() throws Exception {
        OpenedWorkstation office = SmallWorkstation.open(dataDir, Fixtures.configuredOffice(), WorkMode.OFFICE, LOG);
        try {
            assertThat(office.session().firstAdministratorNeeded()).isTrue();
            assertThatThrownBy(() -> new Workbench(office, new I18n(Language.RU), TaskExecutor.callingThread(),
                    new RecordingDialogs(), PrintEnvironment.saveOnly()))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("signed-in operator");
            assertThat(office.session().current()).isEmpty();
        } finally {
            office.resources().close();
        }
    }
}
