package kz.qabyldau.app.ui.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.store.applications.StoredApplication;
import kz.qabyldau.forms.application.PresentedDocument;
import kz.qabyldau.forms.application.WarningOverride;
import kz.qabyldau.forms.verdict.FieldError;

/** The session behind the wizard, on a real application store: live verdict, autosave, timer, conflicts. */
class IntakeSessionTest {

    @TempDir
    Path folder;

    private IntakeFixture fixture;

    @BeforeEach
    void open() {
        fixture = new IntakeFixture(folder);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private StoredApplication stored(IntakeSession session) {
        return fixture.store.drafts().find(session.draftId().get()).orElseThrow();
    }

    private static List<String> errorFields(IntakeSession session) {
        return session.verdict().get().fieldErrors().stream().map(FieldError::field).toList();
    }

    @Test
    void aFieldSetIsInTheRebuiltApplicationAndNoLongerMissingInTheVerdict() {
        IntakeSession session = fixture.start("permit.issue");
        assertThat(errorFields(session)).contains("applicant.surname");

        session.setField("applicant.surname", "Каримов");

        assertThat(session.application().get().fields()).containsEntry("applicant.surname", "Каримов");
        assertThat(errorFields(session)).doesNotContain("applicant.surname");
    }

    @Test
    void aBlankValueClearsTheField() {
        IntakeSession session = fixture.start("permit.issue");
        session.setField("applicant.surname", "Каримов");

        session.setField("applicant.surname", "  ");

        assertThat(session.application().get().fields()).doesNotContainKey("applicant.surname");
    }

    @Test
    void everyChangeIsSavedAsTheNextVersionOfTheDraft() {
        IntakeSession session = fixture.start("permit.issue");
        long before = session.version().get();

        session.setField("applicant.surname", "Каримов");

        assertThat(session.version().get()).isEqualTo(before + 1);
        assertThat(stored(session).application().fields()).containsEntry("applicant.surname", "Каримов");
        assertThat(session.lastSaved().get()).isEqualTo(fixture.clock.instant());
    }

    @Test
    void savesWaitUntilTheClerkPausesAndThenSaveTheWholeBurstOnce() {
        IntakeFixture.ManualDebouncer debouncer = new IntakeFixture.ManualDebouncer();
        IntakeSessions sessions = fixture.sessions(debouncer);
        IntakeSession session = sessions.open(sessions.createDraft("permit.issue", "", "clerk"));
        long before = session.version().get();

        session.setField("applicant.surname", "К");
        session.setField("applicant.surname", "Ка");
        session.setField("applicant.surname", "Каримов");
        assertThat(stored(session).version()).isEqualTo(before);

        debouncer.quietPeriodEnds();

        assertThat(stored(session).version()).isEqualTo(before + 1);
        assertThat(stored(session).application().fields()).containsEntry("applicant.surname", "Каримов");
    }

    @Test
    void flushSavesAWaitingChangeAtOnceAndThenRunsWhatComesNext() {
        IntakeFixture.ManualDebouncer debouncer = new IntakeFixture.ManualDebouncer();
        IntakeSessions sessions = fixture.sessions(debouncer);
        IntakeSession session = sessions.open(sessions.createDraft("permit.issue", "", "clerk"));
        session.setField("applicant.surname", "Каримов");
        StringBuilder after = new StringBuilder();

        session.flush(() -> after.append("saved v").append(session.version().get()));

        assertThat(debouncer.waiting()).isFalse();
        assertThat(stored(session).application().fields()).containsEntry("applicant.surname", "Каримов");
        assertThat(after).hasToString("saved v" + stored(session).version());
    }

    @Test
    void theServiceTimerRunsFromTheStartAndIsStoredWithTheDraft() {
        IntakeSession session = fixture.start("permit.issue");

        fixture.clock.advance(Duration.ofMinutes(7).plusSeconds(30));
        session.tick();
        session.setField("applicant.surname", "Каримов");

        assertThat(session.elapsed().get()).isEqualTo(Duration.ofMinutes(7).plusSeconds(30));
        assertThat(stored(session).serviceTime()).isEqualTo(Duration.ofMinutes(7).plusSeconds(30));
    }

    @Test
    void aResumedDraftShowsWhatWasTypedAndItsTimerGoesOnFromTheStoredTime() {
        IntakeSession first = fixture.start("permit.issue");
        fixture.clock.advance(Duration.ofMinutes(4));
        first.setField("applicant.surname", "Каримов");

        fixture.clock.advance(Duration.ofHours(1)); // the draft lay untouched: that is not service time
        IntakeSession resumed = fixture.sessions().resume(first.draftId().get()).orElseThrow();
        fixture.clock.advance(Duration.ofMinutes(2));
        resumed.tick();

        assertThat(resumed.field("applicant.surname")).isEqualTo("Каримов");
        assertThat(resumed.ticket().get()).isEqualTo("A-17");
        assertThat(resumed.elapsed().get()).isEqualTo(Duration.ofMinutes(6));
    }

    @Test
    void aSaveOverANewerVersionFromAnotherWindowIsRefusedToldAndNeverRetried() {
        IntakeSession mine = fixture.start("permit.issue");
        IntakeSession otherWindow = fixture.sessions().open(stored(mine));
        otherWindow.setField("applicant.surname", "Иванов");

        mine.setField("applicant.surname", "Каримов");
        mine.setField("applicant.givenNames", "Алишер");

        assertThat(mine.conflicted().get()).isTrue();
        assertThat(stored(mine).application().fields()).containsEntry("applicant.surname", "Иванов")
                .doesNotContainKey("applicant.givenNames");
        assertThat(fixture.dialogs.shown()).hasSize(1);
        assertThat(fixture.dialogs.shown().get(0).title()).isEqualTo("Черновик изменён в другом месте");
        assertThat(fixture.dialogs.shown().get(0).message()).contains("Айгүл Сейітова")
                .endsWith("поэтому ничего не будет затёрто.");
    }

    @Test
    void theVerdictIsJudgedAtTheInjectedClocksNow() {
        IntakeSession session = fixture.start("permit.issue");

        // Registered Monday 2 March 2026: the decision is due two working days later (p.7).
        assertThat(session.verdict().get().registrationDay()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(session.verdict().get().date("decisionDue")).contains(LocalDate.of(2026, 3, 4));
    }

    @Test
    void aDocumentReplacesTheEntryOfTheSameType() {
        IntakeSession session = fixture.start("permit.issue");

        session.setDocument(PresentedDocument.issued("medical-028e", LocalDate.of(2025, 1, 10)));
        session.setDocument(PresentedDocument.issued("medical-028e", LocalDate.of(2026, 2, 20)));

        assertThat(session.application().get().documents()).singleElement()
                .extracting(PresentedDocument::issuedOn).isEqualTo(LocalDate.of(2026, 2, 20));
        assertThat(stored(session).application().documents()).hasSize(1);
    }

    @Test
    void anOverrideIsRecordedInTheApplicationAndSaved() {
        IntakeSession session = fixture.start("permit.issue");

        session.addOverride(new WarningOverride("PREPAYMENT_AMOUNT", "paid by the employer separately", "clerk"));

        assertThat(stored(session).application().overrides()).extracting(WarningOverride::warning)
                .containsExactly("PREPAYMENT_AMOUNT");
    }

    @Test
    void severalFieldsSetTogetherAreOneChangeAndOneSave() {
        IntakeSession session = fixture.start("permit.issue");
        long before = session.version().get();

        session.setFields(Map.of("applicant.surname", "Каримов", "applicant.givenNames", "Алишер"));

        assertThat(session.version().get()).isEqualTo(before + 1);
    }
}
