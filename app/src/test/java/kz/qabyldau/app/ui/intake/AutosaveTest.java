package kz.qabyldau.app.ui.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.store.applications.StoredApplication;

/**
 * Issue #5, drafts: "at most the field being typed can be lost". A clerk who never pauses for the 300 ms quiet
 * period must still have the fields already left, and every ~2 s of continuous typing, in the store. The quiet
 * period never ends in these tests ({@link IntakeFixture.ManualDebouncer}); only the clock moves.
 */
class AutosaveTest {

    private static final Duration MAX_WAIT = Duration.ofSeconds(2);

    @TempDir
    Path folder;

    private IntakeFixture fixture;
    private IntakeFixture.ManualDebouncer quiet;
    private IntakeSession session;

    @BeforeEach
    void open() {
        fixture = new IntakeFixture(folder);
        quiet = new IntakeFixture.ManualDebouncer();
        IntakeSessions sessions = fixture.sessions(Debouncer.withMaxWait(quiet, MAX_WAIT, fixture.clock));
        session = sessions.open(sessions.createDraft("permit.issue", "", "clerk"));
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private StoredApplication stored() {
        return fixture.store.drafts().find(session.draftId().get()).orElseThrow();
    }

    /** Types {@code text} into field {@code id} a letter at a time, {@code gap} apart, never pausing long. */
    private void type(String id, String text, Duration gap) {
        for (int i = 1; i <= text.length(); i++) {
            fixture.clock.advance(gap);
            session.setField(id, text.substring(0, i));
        }
    }

    @Test
    void leavingAFieldSavesItWithoutWaitingForThePause() {
        WizardViewModel wizard = new WizardViewModel(session, false, false, false);
        type("applicant.surname", "Каримов", Duration.ofMillis(100));

        wizard.passField("applicant.surname");

        assertThat(stored().application().fields()).containsEntry("applicant.surname", "Каримов");
        assertThat(quiet.waiting()).isFalse();
    }

    @Test
    void typingAcrossFieldsWithoutPausingLosesAtMostTheFieldBeingTyped() {
        WizardViewModel wizard = new WizardViewModel(session, false, false, false);
        type("applicant.surname", "Каримов", Duration.ofMillis(100));
        wizard.passField("applicant.surname");
        type("applicant.givenNames", "Алишер", Duration.ofMillis(100));
        wizard.passField("applicant.givenNames");
        type("applicant.patronymic", "Ра", Duration.ofMillis(100));

        // A kill now: the store holds both fields left, only the one being typed is not complete.
        assertThat(stored().application().fields())
                .containsEntry("applicant.surname", "Каримов")
                .containsEntry("applicant.givenNames", "Алишер");
    }

    @Test
    void continuousTypingStillSavesOnceTheMaxWaitHasPassed() {
        long before = stored().version();

        type("applicant.surname", "Каримов", Duration.ofMillis(250)); // 1.5 s after the first letter: no save yet
        assertThat(stored().version()).isEqualTo(before);
        type("applicant.givenNames", "Ал", Duration.ofMillis(250)); // 2.0 s after the first letter

        assertThat(stored().version()).isEqualTo(before + 1);
        assertThat(stored().application().fields())
                .containsEntry("applicant.surname", "Каримов")
                .containsEntry("applicant.givenNames", "Ал");
    }

    @Test
    void afterAMaxWaitSaveTheNextBurstWaitsAgain() {
        type("applicant.surname", "Каримов", Duration.ofMillis(400)); // saved once, 2.0 s after the first letter
        long afterFirst = stored().version();

        type("applicant.givenNames", "А", Duration.ofMillis(100));

        assertThat(stored().version()).isEqualTo(afterFirst);
        assertThat(quiet.waiting()).isTrue();
    }

    @Test
    void aChangeAfterAPauseRestartsTheMaxWait() {
        type("applicant.surname", "Кар", Duration.ofMillis(500)); // 1.5 s
        quiet.quietPeriodEnds(); // the clerk paused: saved
        long afterPause = stored().version();

        type("applicant.givenNames", "Ал", Duration.ofMillis(500)); // 1.0 s since the pause ended

        assertThat(stored().version()).isEqualTo(afterPause);
    }
}
