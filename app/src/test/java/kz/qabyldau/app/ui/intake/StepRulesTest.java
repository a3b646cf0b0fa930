package kz.qabyldau.app.ui.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.i18n.Language;
import kz.qabyldau.forms.service.Section;
import kz.qabyldau.forms.service.ServiceCatalog;
import kz.qabyldau.forms.service.ServiceDefinition;

/** F1 in the wizard (issue #12): the open step's rules, in the clerk's language, each with its paragraph. */
class StepRulesTest {

    private static final ServiceCatalog CATALOG = ServiceCatalog.loadBundled();

    private static ServiceDefinition permitIssue() {
        return CATALOG.versions("permit.issue").get(0);
    }

    private static WizardStep section(ServiceDefinition definition, String id) {
        Section s = definition.sections().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
        return new WizardStep(WizardStep.Kind.SECTION, s);
    }

    @Test
    void theRequestStepTellsTheTermWithItsParagraphInRussian() {
        ServiceDefinition permit = permitIssue();

        List<String> lines = new StepRules(new I18n(Language.RU)).of(permit, section(permit, "request"));

        assertThat(lines).contains("Запрашиваемый срок — от 1 до 12 месяцев — п. 19");
        assertThat(lines).noneMatch(l -> l.contains("App.") || l.contains("termMonths"));
    }

    @Test
    void theApplicantStepTellsTheCitizenshipGroundInKazakh() {
        ServiceDefinition permit = permitIssue();

        List<String> lines = new StepRules(new I18n(Language.KK)).of(permit, section(permit, "applicant"));

        assertThat(lines).anyMatch(l -> l.startsWith("Азаматтығы рұқсат алуға құқық беруі тиіс")
                && l.endsWith("2-қосымша, 4-негіз"));
        // The IIN against the birth date typed, named by the field's label in the definition.
        assertThat(lines).anyMatch(l -> l.contains("ЖСН") && l.endsWith("2-қосымша, 1-негіз"));
    }

    @Test
    void theDocumentsStepTellsEachDocumentsChecksWithItsItem() {
        ServiceDefinition permit = permitIssue();

        List<String> lines = new StepRules(new I18n(Language.RU)).of(permit,
                new WizardStep(WizardStep.Kind.DOCUMENTS, null));

        assertThat(lines).contains("Медицинская справка формы 028/У: выдан не более 12 месяцев назад — прил. 2, п. 1.4",
                "Паспорт с отметкой о пересечении границы: не истёк на день регистрации; граница пересечена не более"
                        + " 12 месяцев назад — прил. 2, п. 1.3");
        assertThat(lines).anyMatch(l -> l.startsWith("Договор обязательного медицинского страхования")
                && l.contains("(предупреждение, не отказ)"));
        // The application form is printed by the desk itself: nothing to check.
        assertThat(lines).noneMatch(l -> l.startsWith("Заявление (приложение 1)"));
    }

    @Test
    void theFinishStepTellsWhenTheDecisionIsDue() {
        ServiceDefinition permit = permitIssue();

        List<String> lines = new StepRules(new I18n(Language.EN)).of(permit,
                new WizardStep(WizardStep.Kind.FINISH, null));

        assertThat(lines).containsExactly("The decision is due 2 working days after registration — p. 7");
    }

    @Test
    void everyRuleOfEveryServiceIsToldWithItsNumbers() {
        StepRules rules = new StepRules(new I18n(Language.RU));
        for (String service : CATALOG.services()) {
            for (ServiceDefinition definition : CATALOG.versions(service)) {
                List<String> told = new ArrayList<>();
                for (Section s : definition.sections()) {
                    told.addAll(rules.of(definition, new WizardStep(WizardStep.Kind.SECTION, s)));
                }
                told.addAll(rules.of(definition, new WizardStep(WizardStep.Kind.FINISH, null)));
                // A rule reading fields of two steps is told on both; none is left out, none has a hole in its text.
                assertThat(told.size()).as(service).isGreaterThanOrEqualTo(definition.rules().size());
                assertThat(told).as(service).noneMatch(l -> l.contains("{") || l.contains("null"));
            }
        }
    }
}
