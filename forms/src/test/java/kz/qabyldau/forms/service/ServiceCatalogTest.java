package kz.qabyldau.forms.service;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServiceCatalogTest {

    private static final ServiceCatalog CATALOG = ServiceCatalog.loadBundled();

    @Test
    void bundledCatalogHasTheEightServices() {
        assertThat(CATALOG.services()).containsExactlyInAnyOrder(
                "permit.issue", "permit.extend", "permit.duplicate", "permit.termination",
                "qualification.issue", "qualification.extend", "qualification.reissue", "qualification.duplicate");
    }

    @ParameterizedTest
    @ValueSource(strings = {"permit.issue", "permit.extend", "permit.duplicate", "permit.termination",
            "qualification.issue", "qualification.extend", "qualification.reissue", "qualification.duplicate"})
    void everyServiceIsNamedInThreeLanguagesAndHasDeadlineRules(String service) {
        ServiceDefinition d = CATALOG.versions(service).get(0);
        assertThat(d.name().kk()).isNotBlank();
        assertThat(d.name().ru()).isNotBlank();
        assertThat(d.name().en()).isNotBlank();
        assertThat(d.rules()).isNotEmpty();
        assertThat(d.forms()).isNotEmpty();
        assertThat(d.refusalGrounds().intake().text().kk()).isNotBlank();
    }

    @Test
    void app2_permitGroundsAreNineAndCertificateGroundsThree() {
        assertThat(CATALOG.versions("permit.issue").get(0).refusalGrounds().provider()).hasSize(9);
        assertThat(CATALOG.versions("qualification.issue").get(0).refusalGrounds().provider()).hasSize(3);
    }

    @Test
    void app2_issueNeedsTheSixPermitDocumentsAndMedicalCertificateRule() {
        ServiceDefinition issue = CATALOG.versions("permit.issue").get(0);
        assertThat(issue.documents()).extracting(DocumentRequirement::type).containsExactly(
                "application-app1", "prepayment-receipt", "passport", "medical-028e", "medical-insurance",
                "intent-agreement-app3");
        assertThat(issue.document("medical-028e").orElseThrow().validity())
                .containsExactly(new ValidityRule(ValidityKind.ISSUED_WITHIN, 12, null, null, null));
    }

    @Test
    void app2_extensionNeedsLabourContractInsteadOfMedicalCertificate() {
        ServiceDefinition extend = CATALOG.versions("permit.extend").get(0);
        assertThat(extend.document("labour-contract")).isPresent();
        assertThat(extend.document("medical-028e")).isEmpty();
        assertThat(extend.document("intent-agreement-app3")).isEmpty();
    }

    @Test
    void inForcePicksTheLatestVersionOnOrBeforeTheDay() {
        ServiceDefinition first = CATALOG.versions("permit.issue").get(0);
        assertThat(CATALOG.inForce("permit.issue", first.effectiveFrom())).contains(first);
        assertThat(CATALOG.inForce("permit.issue", first.effectiveFrom().minusDays(1))).isEmpty();
        assertThat(CATALOG.inForce("permit.unknown", LocalDate.of(2026, 3, 2))).isEmpty();
    }

    @Test
    void aDefinitionWithAnUnknownRuleIsRejectedNamingTheFile() {
        assertThatThrownBy(() -> ServiceCatalog.read("/qabyldau/test-services/broken/unknown-rule.json"))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("unknown-rule.json")
                .hasMessageContaining("unknown rule 'extensionWindowz'");
    }

    @Test
    void aRuleMissingOneOfItsNumbersIsRejectedWhenLoaded() {
        assertThatThrownBy(() -> ServiceCatalog.read("/qabyldau/test-services/broken/window-without-latest-days.json"))
                .isInstanceOf(DefinitionException.class)
                .hasMessageContaining("window-without-latest-days.json")
                .hasMessageContaining("rule extensionWindow needs 'latestDays'");
    }
}
