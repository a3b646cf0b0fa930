package kz.qabyldau.app.ui.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.sync.DeskSync;
import kz.qabyldau.app.ui.common.QueuedTaskExecutor;
import kz.qabyldau.app.ui.intake.finish.DeskFixture;

/** The handout page says "loading", never "no decisions to hand out", until it has read them (issue #16). */
class HandoutLoadingTest {

    @TempDir
    Path folder;

    private DeskFixture desk;
    private DeskSync sync;
    private final QueuedTaskExecutor executor = new QueuedTaskExecutor();
    private HandoutViewModel model;

    @BeforeEach
    void open() {
        desk = new DeskFixture(folder);
        // No central service configured: the sync is offline, the decisions are the store's own.
        sync = DeskSync.office(desk.database, desk.store, desk.office, folder, false);
        model = new HandoutViewModel(sync, executor, () -> desk.office, desk.i18n, (pdf, form) -> {
            throw new AssertionError("nothing is printed here");
        }, desk.clock);
    }

    @AfterEach
    void close() {
        sync.close();
        desk.close();
    }

    @Test
    void whileTheListIsReadItIsLoadingNotEmptyAndAfterwardsEmptyIsTheTruth() {
        List<String> done = new ArrayList<>();
        assertThat(model.loadingProperty().get()).isFalse();

        model.search("", () -> done.add("done"));

        assertThat(model.loadingProperty().get()).isTrue();
        assertThat(model.items()).isEmpty();
        executor.runAll();
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.items()).isEmpty();
        assertThat(done).containsExactly("done");
    }

    @Test
    void aSecondSearchKeepsTheListLoadingUntilItIsAnsweredToo() {
        model.search("", () -> { });
        model.search("Каримов", () -> { });

        executor.runOne();
        assertThat(model.loadingProperty().get()).isTrue();
        executor.runAll();
        assertThat(model.loadingProperty().get()).isFalse();
    }

    @Test
    void aListThatCannotBeReadEndsTheLoadingInsteadOfSpinningForever() {
        model.search("", () -> { });
        desk.database.close();

        executor.runAll();

        assertThat(model.loadingProperty().get()).isFalse();
    }
}
