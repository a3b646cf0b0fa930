package kz.qabyldau.app.ui.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.store.applications.ApplicationStatus;
import kz.qabyldau.app.store.applications.StoredApplication;
import kz.qabyldau.app.ui.common.TaskExecutor;
import kz.qabyldau.forms.application.Application;

/** An extension or duplicate starts from the earlier permit: the holder's data is copied, the new request is not. */
class EarlierPermitSearchTest {

    @TempDir
    Path folder;

    private IntakeFixture fixture;
    private final List<String> asked = new ArrayList<>();

    @BeforeEach
    void open() {
        fixture = new IntakeFixture(folder);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    /** An issued permit of this office, as the store keeps it. */
    private static StoredApplication issuedPermit() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("applicant.surname", "Каримов");
        fields.put("applicant.givenNames", "Алишер");
        fields.put("applicant.document.number", "FA1234567");
        fields.put("applicant.birthDate", "1990-03-12");
        fields.put("employer.iin", "850101300124");
        fields.put("household.region", "710000000");
        fields.put("request.months", 6);
        fields.put("request.profession", "строитель");
        fields.put("consent.personalData", true);
        fields.put("prepayment.amount", 103800);
        fields.put("provider.name", "Астана қаласының әкімдігі");
        fields.put("permit.number", "OLDER-1");
        fields.put("agreement.unknown", "x");
        UUID id = UUID.randomUUID();
        Application application = new Application(Application.FORMAT, id.toString(), "permit.issue", null, "ru",
                fields, List.of(), List.of());
        Instant at = IntakeFixture.MONDAY_MORNING;
        return new StoredApplication(id, "permit.issue", ApplicationStatus.ISSUED, application, "A-3", "clerk", at, at,
                4, Duration.ofMinutes(12), "ws", true, "clerk", Optional.empty(), Optional.of(at), Optional.of("clerk"),
                Optional.of("srv-1"), Optional.of("KZ-2025-000123"));
    }

    @Test
    void p19_theEarlierPermitsPeriodAndMonthsComeFromItsVerdict() {
        StoredApplication earlier = issuedPermit();
        String verdict = "{\"format\": \"qabyldau.verdict/1\", \"dates\": {\"permitFrom\": \"2026-03-04\","
                + " \"permitTo\": \"2026-09-03\"}}";
        StoredApplication withVerdict = new StoredApplication(earlier.id(), earlier.service(), earlier.status(),
                earlier.application(), "A-3", "clerk", earlier.startedAt(), earlier.updatedAt(), 4,
                Duration.ofMinutes(12), "ws", true, "clerk", Optional.of(verdict), earlier.finishedAt(),
                earlier.finishedBy(), earlier.serverReference(), earlier.permitNumber());
        IntakeSession extension = fixture.start("permit.extend");

        search().copyInto(withVerdict, extension);

        assertThat(extension.application().get().fields()).containsEntry("permit.validFrom", "2026-03-04")
                .containsEntry("permit.validTo", "2026-09-03").containsEntry("permit.monthsSoFar", 6);
    }

    private EarlierPermitSearch search() {
        return new EarlierPermitSearch(query -> {
            asked.add(query);
            return List.of(issuedPermit());
        }, TaskExecutor.callingThread(), fixture.dialogs, fixture.i18n);
    }

    @Test
    void theHoldersDataAndTheIssuedNumberAreCopiedIntoAnExtension() {
        IntakeSession extension = fixture.start("permit.extend");

        search().copyInto(issuedPermit(), extension);

        assertThat(extension.application().get().fields())
                .containsEntry("applicant.surname", "Каримов")
                .containsEntry("applicant.document.number", "FA1234567")
                .containsEntry("employer.iin", "850101300124")
                .containsEntry("household.region", "710000000")
                .containsEntry("permit.number", "KZ-2025-000123");
    }

    @Test
    void theEarlierRequestConsentPrepaymentAndProviderAreNotCopied() {
        IntakeSession extension = fixture.start("permit.extend");

        search().copyInto(issuedPermit(), extension);

        assertThat(extension.application().get().fields()).doesNotContainKeys("request.months",
                "request.profession", "consent.personalData", "prepayment.amount", "provider.name");
    }

    @Test
    void onlyFieldsTheNewServiceDeclaresAreCopied() {
        IntakeSession duplicate = fixture.start("permit.duplicate");

        search().copyInto(issuedPermit(), duplicate);

        // The duplicate (App. 5) has no employer or household section.
        assertThat(duplicate.application().get().fields()).doesNotContainKeys("employer.iin", "household.region",
                "agreement.unknown").containsEntry("permit.number", "KZ-2025-000123");
    }

    @Test
    void theSearchAsksTheStoreWithTheTrimmedTextAndListsTheResults() {
        EarlierPermitSearch search = search();
        search.queryProperty().set("  FA1234567 ");

        search.search();

        assertThat(asked).containsExactly("FA1234567");
        assertThat(search.results()).hasSize(1);
        assertThat(search.searchedProperty().get()).isTrue();
    }

    @Test
    void anEmptyQueryAsksNothing() {
        EarlierPermitSearch search = search();

        search.search();

        assertThat(asked).isEmpty();
        assertThat(search.searchedProperty().get()).isFalse();
    }

    @Test
    void onlyServicesContinuingAPermitOrCertificateSearch() {
        assertThat(EarlierPermitSearch.appliesTo(fixture.start("permit.extend").serviceDefinition().get())).isTrue();
        assertThat(EarlierPermitSearch.appliesTo(fixture.start("qualification.reissue").serviceDefinition().get()))
                .isTrue();
        assertThat(EarlierPermitSearch.appliesTo(fixture.start("permit.issue").serviceDefinition().get())).isFalse();
    }
}
