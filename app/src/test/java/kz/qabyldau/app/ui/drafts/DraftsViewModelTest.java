package kz.qabyldau.app.ui.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.store.applications.ApplicationStatus;
import kz.qabyldau.app.store.applications.DraftSummary;
import kz.qabyldau.app.ui.common.TaskExecutor;
import kz.qabyldau.app.ui.intake.IntakeSession;
import kz.qabyldau.app.ui.intake.finish.DeskFixture;

/** The drafts page: the office's drafts, searched, resumed, deleted only after the clerk confirms. */
class DraftsViewModelTest {

    @TempDir
    Path folder;

    private DeskFixture desk;
    private final List<UUID> resumed = new ArrayList<>();
    private DraftsViewModel model;

    @BeforeEach
    void open() {
        desk = new DeskFixture(folder);
        model = new DraftsViewModel(desk.store.drafts(), TaskExecutor.callingThread(), desk.dialogs, desk.i18n,
                () -> desk.office, resumed::add);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private IntakeSession draftOf(String surname, String passport) {
        IntakeSession s = desk.start("permit.issue");
        s.setField("applicant.surname", surname);
        s.setField("applicant.document.number", passport);
        return s;
    }

    @Test
    void theListShowsTheDraftsAndTheSearchFindsByNameOrPassport() {
        draftOf("Каримов", "FA1234567");
        draftOf("Rahimov", "AB7654321");
        model.refresh();
        assertThat(model.rowsProperty().get()).hasSize(2);

        model.queryProperty().set("карим");
        assertThat(model.rowsProperty().get()).extracting(DraftSummary::applicantName).containsExactly("Каримов");
        model.queryProperty().set("AB765");
        assertThat(model.rowsProperty().get()).extracting(DraftSummary::passportNumber)
                .containsExactly("AB7654321");
    }

    @Test
    void resumeOpensTheChosenDraft() {
        IntakeSession s = draftOf("Каримов", "FA1234567");
        model.refresh();

        model.resume(model.rowsProperty().get().get(0));

        assertThat(resumed).containsExactly(s.draftId().get());
    }

    @Test
    void deleteAsksFirstAndNothingHappensWhenTheClerkSaysNo() {
        IntakeSession s = draftOf("Каримов", "FA1234567");
        model.refresh();

        model.delete(model.rowsProperty().get().get(0));

        assertThat(desk.dialogs.shown()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo("confirm");
            assertThat(d.message()).contains("Каримов");
        });
        assertThat(desk.store.drafts().find(s.draftId().get()).orElseThrow().status())
                .isEqualTo(ApplicationStatus.DRAFT);
        assertThat(model.rowsProperty().get()).hasSize(1);
    }

    @Test
    void aConfirmedDeleteKeepsTheDraftAsDeletedAndRecordsIt() {
        IntakeSession s = draftOf("Каримов", "FA1234567");
        model.refresh();
        desk.dialogs.answerConfirmations(true);

        model.delete(model.rowsProperty().get().get(0));

        assertThat(desk.store.drafts().find(s.draftId().get()).orElseThrow().status())
                .isEqualTo(ApplicationStatus.DELETED);
        assertThat(model.rowsProperty().get()).isEmpty();
        String audit = desk.database.read(c -> {
            try (var st = c.prepareStatement("SELECT clerk || ' ' || action || ' ' || details FROM audit_log "
                    + "WHERE subject = ?")) {
                st.setString(1, s.draftId().get().toString());
                try (var rs = st.executeQuery()) {
                    return rs.next() ? rs.getString(1) : "";
                }
            }
        });
        assertThat(audit).contains("Айгүл Сейітова", "draft.deleted", "deleted by the clerk from the drafts list");
    }
}
