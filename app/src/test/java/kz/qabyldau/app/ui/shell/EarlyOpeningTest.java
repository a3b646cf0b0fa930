package kz.qabyldau.app.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

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

/** The workstation opened while the toolkit starts reaches the window, or is closed; a failure is told the same. */
class EarlyOpeningTest {

    private static final Path LOG = Path.of("/home/clerk/.local/share/qabyldau/logs/qabyldau.log");
    private static final LaunchOptions OPTIONS = new LaunchOptions(Optional.of(Path.of("/srv/desk")), false);

    @TempDir
    Path dataDir;

    private final AtomicInteger closed = new AtomicInteger();

    /** A small workstation that counts how often it is closed. */
    private OpenedWorkstation opened() {
        OpenedWorkstation real = SmallWorkstation.open(dataDir, Fixtures.configuredOffice(), WorkMode.OFFICE, LOG);
        return new OpenedWorkstation(real.office(), real.desk(), real.logFile(), () -> {
            closed.incrementAndGet();
            real.resources().close();
        }, real.later(), real.session());
    }

    @Test
    void theWindowTakesWhatOpenedWhileTheToolkitStartedAndClosingAfterwardsLeavesItToTheWindow() throws Exception {
        CountDownLatch mayOpen = new CountDownLatch(1);
        EarlyOpening early = EarlyOpening.begin(options -> {
            assertThat(mayOpen.await(10, TimeUnit.SECONDS)).isTrue();
            return opened();
        }, OPTIONS);
        I18n i18n = new I18n(Language.KK);
        List<OpenedWorkstation> ready = new ArrayList<>();
        StartupViewModel startup = new StartupViewModel(early.opener(), OPTIONS, i18n,
                TaskExecutor.callingThread(), new RecordingDialogs(), FailureTexts.explainer(i18n, () -> LOG));

        mayOpen.countDown();
        startup.start(ready::add, () -> { });
        early.closeUnlessTaken();

        assertThat(ready).hasSize(1);
        assertThat(i18n.language()).isEqualTo(Language.RU);
        assertThat(closed).hasValue(0);
        ready.get(0).resources().close();
        assertThat(closed).hasValue(1);
    }

    @Test
    void whatNoWindowTookIsClosedOnceItHasOpened() throws Exception {
        CountDownLatch mayOpen = new CountDownLatch(1);
        EarlyOpening early = EarlyOpening.begin(options -> {
            assertThat(mayOpen.await(10, TimeUnit.SECONDS)).isTrue();
            return opened();
        }, OPTIONS);
        Thread window = new Thread(mayOpen::countDown);

        window.start();
        early.closeUnlessTaken();

        assertThat(closed).hasValue(1);
        assertThatThrownBy(() -> early.opener().open(OPTIONS)).isInstanceOf(IllegalStateException.class);
        assertThat(closed).hasValue(1);
    }

    @Test
    void aFailureToOpenReachesTheWindowAsItsOwnOpenerWouldThrowIt() {
        StoreException locked = new StoreException(StoreException.LOCKED, dataDir.resolve("qabyldau.db"),
                "lock held", null);
        EarlyOpening early = EarlyOpening.begin(options -> {
            throw locked;
        }, OPTIONS);

        assertThatThrownBy(() -> early.opener().open(OPTIONS)).isSameAs(locked);
        early.closeUnlessTaken();
        assertThat(closed).hasValue(0);
    }

    @Test
    void theWorkstationIsGivenOnceAndOnlyForTheOptionsItWasOpenedWith() throws Exception {
        EarlyOpening early = EarlyOpening.begin(options -> opened(), OPTIONS);

        assertThatThrownBy(() -> early.opener().open(LaunchOptions.defaults()))
                .isInstanceOf(IllegalArgumentException.class);
        OpenedWorkstation taken = early.opener().open(OPTIONS);
        assertThatThrownBy(() -> early.opener().open(OPTIONS)).isInstanceOf(IllegalStateException.class);
        early.closeUnlessTaken();
        assertThat(closed).hasValue(0);
        taken.resources().close();
    }
}
