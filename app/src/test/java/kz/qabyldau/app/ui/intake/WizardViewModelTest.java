package kz.qabyldau.app.ui.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.forms.service.Section;
import kz.qabyldau.forms.application.PresentedDocument;

/** The wizard's steps come from the service definition; missing values are pointed out once passed. */
class WizardViewModelTest {

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

    @Test
    void theStepsAreTheDefinitionsSectionsInOrder() {
        IntakeSession session = fixture.start("permit.issue");

        WizardViewModel wizard = new WizardViewModel(session, true, false, false);

        assertThat(wizard.steps()).extracting(WizardStep::section).extracting(Section::id)
                .containsExactlyElementsOf(session.serviceDefinition().get().sections().stream().map(Section::id)
                        .toList());
    }

    @Test
    void anExtensionStartsWithTheSearchForTheEarlierPermit() {
        WizardViewModel wizard = new WizardViewModel(fixture.start("permit.extend"), true, false, false);

        assertThat(wizard.steps().get(0).kind()).isEqualTo(WizardStep.Kind.EARLIER_PERMIT);
    }

    @Test
    void withoutTheOfficesRecordsThereIsNoSearchStep() {
        WizardViewModel wizard = new WizardViewModel(fixture.start("permit.duplicate"), false, false, false);

        assertThat(wizard.steps()).extracting(WizardStep::kind).doesNotContain(WizardStep.Kind.EARLIER_PERMIT);
    }

    @Test
    void pluggedInDocumentsAndFinishStepsComeLast() {
        WizardViewModel wizard = new WizardViewModel(fixture.start("qualification.issue"), true, true, true);

        assertThat(wizard.steps()).extracting(WizardStep::kind).endsWith(WizardStep.Kind.DOCUMENTS,
                WizardStep.Kind.FINISH);
        assertThat(wizard.steps().get(0).kind()).isEqualTo(WizardStep.Kind.SECTION);
    }

    @Test
    void nextAndPreviousStopAtTheEnds() {
        WizardViewModel wizard = new WizardViewModel(fixture.start("permit.termination"), false, false, false);

        wizard.previous();
        assertThat(wizard.currentProperty().get()).isZero();
        for (int i = 0; i < 20; i++) {
            wizard.next();
        }
        assertThat(wizard.currentProperty().get()).isEqualTo(wizard.steps().size() - 1);
        assertThat(wizard.hasNext()).isFalse();
    }

    @Test
    void leavingAStepMarksItsFieldsPassed() {
        WizardViewModel wizard = new WizardViewModel(fixture.start("permit.issue"), false, false, false);
        assertThat(wizard.passed("provider.name")).isFalse();

        wizard.goTo(3);

        assertThat(wizard.passed("provider.name")).isTrue();
        assertThat(wizard.passed("applicant.surname")).isFalse();
    }

    @Test
    void eachStepCountsItsOwnFieldErrors() {
        IntakeSession session = fixture.start("permit.issue");
        WizardViewModel wizard = new WizardViewModel(session, false, false, false);
        int provider = wizard.errorCount(0);

        session.setField("provider.name", "Астана қаласының әкімдігі");

        assertThat(provider).isEqualTo(1);
        assertThat(wizard.errorCount(0)).isZero();
    }

    @Test
    void theDocumentsAreJudgedOnlyOnceTheDocumentsStepIsReached() {
        WizardViewModel wizard = new WizardViewModel(fixture.start("permit.issue"), false, true, true);
        int documents = wizard.steps().size() - 2;
        assertThat(wizard.documentsReachedProperty().get()).isFalse();

        wizard.goTo(documents - 1);
        assertThat(wizard.documentsReachedProperty().get()).isFalse();
        wizard.goTo(documents);
        wizard.goTo(0);

        assertThat(wizard.documentsReachedProperty().get()).as("stays reached").isTrue();
        assertThat(new WizardViewModel(fixture.start("permit.issue"), false, false, false)
                .documentsReachedProperty().get()).as("no documents step").isTrue();
    }

    @Test
    void aNewApplicationOpensAtTheFirstStep() {
        WizardViewModel wizard = new WizardViewModel(fixture.start("permit.extend"), true, true, true);

        assertThat(wizard.currentProperty().get()).isZero();
    }

    @Test
    void aResumedDraftOpensWhereTheClerkStopped() {
        IntakeSession session = fixture.start("permit.issue");
        Section third = session.serviceDefinition().get().sections().get(2);
        session.setField(third.fields().get(0).id(), "1");

        WizardViewModel wizard = new WizardViewModel(session, false, true, true);

        assertThat(wizard.currentProperty().get()).isEqualTo(2);
        assertThat(wizard.currentStep().section()).isEqualTo(third);
        String firstStepField = session.serviceDefinition().get().sections().get(0).fields().get(0).id();
        assertThat(wizard.passed(firstStepField)).as("the steps before were passed").isTrue();
        assertThat(wizard.documentsReachedProperty().get()).isFalse();
    }

    @Test
    void aDraftWithDocumentsOpensAtTheDocumentsStep() {
        IntakeSession session = fixture.start("permit.issue");
        String type = session.serviceDefinition().get().documents().get(0).type();
        session.setDocument(PresentedDocument.issued(type, null));

        WizardViewModel wizard = new WizardViewModel(session, false, true, true);

        assertThat(wizard.currentStep().kind()).isEqualTo(WizardStep.Kind.DOCUMENTS);
        assertThat(wizard.documentsReachedProperty().get()).isTrue();
    }
}
