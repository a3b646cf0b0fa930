package kz.qabyldau.app.ui.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.sync.DeskSync;
import kz.qabyldau.app.ui.common.QueuedTaskExecutor;
import kz.qabyldau.app.ui.intake.finish.DeskFixture;

/** The outbox page says "loading", never "nothing is waiting", until it has read the outbox (issue #16). */
class OutboxLoadingTest {

    @TempDir
    Path folder;

    private DeskFixture desk;
    private DeskSync sync;
    private final QueuedTaskExecutor executor = new QueuedTaskExecutor();
    private OutboxViewModel model;

    @BeforeEach
    void open() {
        desk = new DeskFixture(folder);
        // No central service configured: the sync is offline, the outbox is the store's own.
        sync = DeskSync.office(desk.database, desk.store, desk.office, folder, false);
        model = new OutboxViewModel(sync, desk.i18n, executor);
    }

    @AfterEach
    void close() {
        sync.close();
        desk.close();
    }

    @Test
    void whileTheOutboxIsReadItIsLoadingNotEmptyAndAfterwardsEmptyIsTheTruth() {
        assertThat(model.loadingProperty().get()).isFalse();

        model.refresh();

        assertThat(model.loadingProperty().get()).isTrue();
        assertThat(model.rows()).isEmpty();
        executor.runAll();
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.rows()).isEmpty();
    }

    @Test
    void twoReadsAskedTogetherStayLoadingUntilBothAreAnswered() {
        model.refresh();
        model.refresh();

        // Each refresh reads the entries, then the refused law updates (issue #11): four reads.
        assertThat(executor.pending()).isEqualTo(4);
        executor.runOne();
        assertThat(model.loadingProperty().get()).isTrue();
        executor.runAll();
        assertThat(model.loadingProperty().get()).isFalse();
    }

    @Test
    void anOutboxThatCannotBeReadEndsTheLoadingInsteadOfSpinningForever() {
        model.refresh();
        desk.database.close();

        executor.runAll();

        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.rows()).isEmpty();
    }
}
