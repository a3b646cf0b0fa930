package kz.qabyldau.app.ui.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.store.applications.StoredApplication;
import kz.qabyldau.app.ui.Fixtures;
import kz.qabyldau.app.ui.common.TaskExecutor;
import kz.qabyldau.forms.reference.ReferenceData;
import kz.qabyldau.forms.service.ServiceCatalog;
import kz.qabyldau.forms.service.ServiceDefinition;
import kz.qabyldau.forms.verdict.Verdicts;
import java.util.UUID;

/** The service picker: eight services by their definitions' names, a draft made on start, back after finishing. */
class NewApplicationViewModelTest {

    @TempDir
    Path folder;

    private IntakeFixture fixture;
    private NewApplicationViewModel model;

    @BeforeEach
    void open() {
        fixture = new IntakeFixture(folder);
        model = new NewApplicationViewModel(fixture.sessions(), fixture.i18n, fixture.dialogs,
                Fixtures::configuredOffice);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void theEightServicesAreOfferedPermitsFirstWithTheirNamesFromTheDefinitions() {
        assertThat(model.services()).extracting(ServiceChoice::service).containsExactly("permit.issue",
                "permit.extend", "permit.duplicate", "permit.termination", "qualification.issue",
                "qualification.extend", "qualification.reissue", "qualification.duplicate");
        assertThat(model.services().get(0).name().kk()).isEqualTo("Еңбекші көшіп келушіге рұқсат беру");
        assertThat(model.services().get(0).name().ru()).isEqualTo("Выдача разрешения трудовому иммигранту");
    }

    @Test
    void aServiceTakingEffectTomorrowIsOfferedFromTomorrowWithoutARestart() {
        // A catalog with a received definition of a new service effective Tuesday 3 March 2026.
        ServiceCatalog bundled = ServiceCatalog.loadBundled();
        ServiceDefinition duplicate = bundled.versions("permit.duplicate").get(0);
        ServiceDefinition received = new ServiceDefinition(duplicate.format(), "permit.newservice",
                duplicate.family(), "2026-03-03", LocalDate.of(2026, 3, 3), duplicate.source(), duplicate.name(),
                duplicate.note(), duplicate.sections(), duplicate.documents(), duplicate.refusalGrounds(),
                duplicate.rules(), duplicate.forms());
        List<ServiceDefinition> all = new ArrayList<>();
        bundled.services().forEach(service -> all.addAll(bundled.versions(service)));
        all.add(received);
        ReferenceData reference = IntakeFixture.REFERENCE;
        IntakeSessions sessions = new IntakeSessions(fixture.store.drafts(),
                new Verdicts(ServiceCatalog.of(all), reference, reference.calendar()), fixture.clock,
                TaskExecutor.callingThread(), Debouncer.immediate(), fixture.dialogs, fixture.i18n);
        NewApplicationViewModel picker = new NewApplicationViewModel(sessions, fixture.i18n, fixture.dialogs,
                Fixtures::configuredOffice);

        assertThat(picker.services()).extracting(ServiceChoice::service).doesNotContain("permit.newservice");
        fixture.clock.advance(Duration.ofDays(1));
        assertThat(picker.services()).extracting(ServiceChoice::service).contains("permit.newservice");
    }

    @Test
    void startingMakesADraftWithTheTicketAndTheClerkAndOpensIt() {
        model.selectedProperty().set(model.services().get(1));
        model.ticketProperty().set(" A-17 ");

        model.start();

        IntakeSession session = model.sessionProperty().get();
        StoredApplication stored = fixture.store.drafts().find(session.draftId().get()).orElseThrow();
        assertThat(stored.service()).isEqualTo("permit.extend");
        assertThat(stored.ticket()).isEqualTo("A-17");
        assertThat(stored.clerk()).isEqualTo("Айгүл Сейітова");
        assertThat(session.ticket().get()).isEqualTo("A-17");
    }

    @Test
    void theProviderComesFromTheOfficesSettings() {
        model.selectedProperty().set(model.services().get(0));

        model.start();

        assertThat(model.sessionProperty().get().field("provider.name")).isEqualTo("Астана қаласының әкімдігі");
    }

    @Test
    void aFinishedApplicationBringsThePickerBackForTheNextApplicant() {
        model.selectedProperty().set(model.services().get(0));
        model.ticketProperty().set("A-17");
        model.start();

        model.sessionProperty().get().finish();

        assertThat(model.sessionProperty().get()).isNull();
        assertThat(model.ticketProperty().get()).isEmpty();
    }

    @Test
    void aStoredDraftIsResumed() {
        model.selectedProperty().set(model.services().get(0));
        model.start();
        IntakeSession first = model.sessionProperty().get();
        first.setField("applicant.surname", "Каримов");
        model.close();

        model.resume(first.draftId().get());

        assertThat(model.sessionProperty().get().field("applicant.surname")).isEqualTo("Каримов");
    }

    @Test
    void aDraftThatNoLongerExistsIsExplained() {
        model.resume(UUID.randomUUID());

        assertThat(model.sessionProperty().get()).isNull();
        assertThat(fixture.dialogs.shown()).extracting(s -> s.title()).containsExactly("Не удалось открыть черновик");
    }
}
