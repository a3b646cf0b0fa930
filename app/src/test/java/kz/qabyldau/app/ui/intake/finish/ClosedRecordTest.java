package kz.qabyldau.app.ui.intake.finish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.store.applications.ApplicationStatus;
import kz.qabyldau.app.ui.common.RecordingDialogs;
import kz.qabyldau.app.ui.intake.IntakeSession;
import kz.qabyldau.forms.application.PresentedDocument;
import kz.qabyldau.forms.application.WarningOverride;

/**
 * Issue #12: once accepted or refused, the application is a closed record (no edits, no saves, the timer stands),
 * and refusing intake is never one stray key away from an unconfirmed receipt.
 */
class ClosedRecordTest {

    @TempDir
    Path folder;

    private DeskFixture desk;

    @BeforeEach
    void open() {
        desk = new DeskFixture(folder);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void anAcceptedApplicationTakesNoMoreChangesAndSavesNothing() {
        IntakeSession session = desk.startWith("permit-issue-accepted");
        FinishViewModel finish = desk.finish(session, false);
        finish.accept();
        long version = session.version().get();
        var application = session.application().get();

        assertThat(session.frozen().get()).isTrue();
        session.setField("applicant.surname", "ИЗМЕНЕНО");
        session.setDocument(PresentedDocument.issued("medical-028e", LocalDate.of(2025, 2, 20)));
        session.addOverride(new WarningOverride("ANY", "причина", "clerk"));
        session.fieldLeft();
        session.flush();

        assertThat(session.application().get()).isSameAs(application);
        assertThat(session.version().get()).isEqualTo(version);
        assertThat(session.conflicted().get()).isFalse();
        assertThat(desk.dialogs.shown()).isEmpty();
        assertThat(desk.store.drafts().find(session.draftId().get()).orElseThrow().status())
                .isEqualTo(ApplicationStatus.QUEUED);
        assertThat(finish.canAcceptProperty().get()).isFalse();
        assertThat(finish.canRefuseProperty().get()).isFalse();
    }

    @Test
    void theServiceTimerStopsAtTheOutcome() {
        MovableClock clock = new MovableClock();
        try (DeskFixture moving = new DeskFixture(folder.resolve("moving"), clock)) {
            IntakeSession session = moving.startWith("permit-issue-accepted");
            clock.advance(Duration.ofMinutes(7));
            moving.finish(session, false).accept();
            Duration atOutcome = session.elapsed().get();

            clock.advance(Duration.ofMinutes(30));
            session.tick();

            assertThat(atOutcome).isEqualTo(Duration.ofMinutes(7));
            assertThat(session.elapsed().get()).isEqualTo(atOutcome);
        }
    }

    @Test
    void p17_refusingIntakeAsksFirstAndShowsWhatTheReceiptWillSay() {
        IntakeSession session = refusable();
        FinishViewModel finish = desk.finish(session, false);
        String reason = session.verdict().get().receipt().get(0).message().in("ru");

        finish.refuse();

        assertThat(desk.dialogs.shown()).singleElement().satisfies(asked -> {
            assertThat(asked.kind()).isEqualTo("confirm");
            assertThat(asked.title()).isEqualTo("Отказать в приёме?");
            assertThat(asked.message()).contains("2 экземпляра, на русском языке").contains("• " + reason);
        });
        assertThat(finish.stateProperty().get()).isEqualTo(FinishViewModel.State.READY);
        assertThat(session.frozen().get()).isFalse();
        assertThat(desk.store.drafts().find(session.draftId().get()).orElseThrow().status())
                .isEqualTo(ApplicationStatus.DRAFT);
        assertThat(desk.store.printedForms().list(session.draftId().get())).isEmpty();
    }

    @Test
    void p17_aConfirmedRefusalClosesTheRecord() {
        IntakeSession session = refusable();
        FinishViewModel finish = desk.finish(session, false);
        desk.dialogs.answerConfirmations(true);

        finish.refuse();

        assertThat(finish.stateProperty().get()).isEqualTo(FinishViewModel.State.REFUSED);
        assertThat(session.frozen().get()).isTrue();
        assertThat(desk.store.drafts().find(session.draftId().get()).orElseThrow().status())
                .isEqualTo(ApplicationStatus.INTAKE_REFUSED);
        finish.nextApplicant();
        assertThat(session.finished().get()).isTrue();
    }

    @Test
    void theConfirmationNamesThePrintLanguageChosen() {
        IntakeSession session = refusable();
        FinishViewModel finish = desk.finish(session, false);
        finish.printLanguageProperty().set("kk");

        finish.refuse();

        assertThat(desk.dialogs.shown()).extracting(RecordingDialogs.Shown::message)
                .singleElement().asString().contains("на казахском языке");
    }

    /** Monday morning of the fixture, moved on by the test. */
    private static final class MovableClock extends Clock {
        private Instant now = DeskFixture.MONDAY_MORNING;

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Almaty");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private IntakeSession refusable() {
        IntakeSession session = desk.startWith("permit-issue-accepted");
        session.setDocument(PresentedDocument.issued("medical-028e", LocalDate.of(2025, 2, 20)));
        return session;
    }
}
