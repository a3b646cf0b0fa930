package kz.qabyldau.app.ui.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.store.applications.DraftSummary;
import kz.qabyldau.app.ui.common.QueuedTaskExecutor;
import kz.qabyldau.app.ui.intake.finish.DeskFixture;

/** The drafts page reads a page at a time and says "loading", never "no drafts", until it knows (issue #16). */
class DraftsPagingTest {

    @TempDir
    Path folder;

    private DeskFixture desk;
    private final QueuedTaskExecutor executor = new QueuedTaskExecutor();
    private DraftsViewModel model;

    @BeforeEach
    void open() {
        desk = new DeskFixture(folder);
        model = new DraftsViewModel(desk.store.drafts(), executor, desk.dialogs, desk.i18n, () -> desk.office,
                id -> { }, 2);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private void drafts(String... surnames) {
        for (String surname : surnames) {
            desk.start("permit.issue").setField("applicant.surname", surname);
        }
    }

    private List<String> names() {
        return model.rowsProperty().get().stream().map(DraftSummary::applicantName).toList();
    }

    @Test
    void whileTheFirstPageIsReadTheListIsLoadingNotEmpty() {
        drafts("Каримов");

        model.refresh();

        assertThat(model.loadingProperty().get()).isTrue();
        assertThat(model.rowsProperty().get()).isEmpty();
        executor.runAll();
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(names()).containsExactly("Каримов");
    }

    @Test
    void anEmptyListIsKnownEmptyOnlyAfterItWasRead() {
        model.refresh();
        assertThat(model.loadingProperty().get()).isTrue();

        executor.runAll();

        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.rowsProperty().get()).isEmpty();
        assertThat(model.moreProperty().get()).isFalse();
    }

    @Test
    void pagesAreReadOneAtATimeUntilAllAreShown() {
        drafts("Бірінші", "Екінші", "Үшінші", "Төртінші", "Бесінші");

        model.refresh();
        executor.runAll();
        List<String> first = names();
        assertThat(first).hasSize(2);
        assertThat(model.moreProperty().get()).isTrue();

        model.loadMore();
        executor.runAll();
        assertThat(names()).hasSize(4).startsWith(first.toArray(String[]::new)).doesNotHaveDuplicates();
        assertThat(model.moreProperty().get()).isTrue();

        model.loadMore();
        executor.runAll();
        assertThat(names()).containsExactlyInAnyOrder("Бірінші", "Екінші", "Үшінші", "Төртінші", "Бесінші");
        assertThat(model.moreProperty().get()).isFalse();
    }

    @Test
    void aRefreshKeepsTheRowsShownUntilTheAnswerComes() {
        drafts("Каримов", "Rahimov", "Сейітов");
        model.refresh();
        executor.runAll();
        model.loadMore();
        executor.runAll();
        List<String> before = new ArrayList<>(names());

        model.refresh();

        assertThat(model.loadingProperty().get()).isTrue();
        assertThat(names()).isEqualTo(before);
        executor.runAll();
        assertThat(names()).hasSize(2);
    }

    @Test
    void aNewQueryWinsOverAnOlderPageStillBeingRead() {
        drafts("Каримов", "Rahimov", "Сейітов");
        model.refresh();
        executor.runAll();

        model.loadMore();
        model.queryProperty().set("карим");
        executor.runAll();

        assertThat(names()).containsExactly("Каримов");
        assertThat(model.loadingProperty().get()).isFalse();
    }

    @Test
    void loadMoreDoesNothingWhenAllAreShown() {
        drafts("Каримов");
        model.refresh();
        executor.runAll();

        model.loadMore();

        assertThat(executor.pending()).isZero();
    }
}
