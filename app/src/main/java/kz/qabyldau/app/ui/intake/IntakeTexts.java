package kz.qabyldau.app.ui.intake;

import java.util.Locale;
import java.util.Map;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.forms.service.FieldDefinition;

/**
 * UI text keys for values the verdicts name by code: computed dates and figures. The keys are listed here as
 * literals so the bundle test can see every one is used. Enum values are named by the service definitions
 * themselves ({@code valueLabels}), the one source the forms print from too.
 */
final class IntakeTexts {

    private static final Map<String, String> DATES = Map.ofEntries(
            Map.entry("decisionDue", "intake.dateName.decisionDue"),
            Map.entry("permitFrom", "intake.dateName.permitFrom"),
            Map.entry("permitTo", "intake.dateName.permitTo"),
            Map.entry("extensionWindowFrom", "intake.dateName.extensionWindowFrom"),
            Map.entry("extensionWindowTo", "intake.dateName.extensionWindowTo"),
            Map.entry("newPermitWindowFrom", "intake.dateName.newPermitWindowFrom"),
            Map.entry("newPermitWindowTo", "intake.dateName.newPermitWindowTo"),
            Map.entry("terminationNoticeDue", "intake.dateName.terminationNoticeDue"),
            Map.entry("serviceTermDue", "intake.dateName.serviceTermDue"),
            Map.entry("certificateValidFrom", "intake.dateName.certificateValidFrom"),
            Map.entry("certificateValidTo", "intake.dateName.certificateValidTo"),
            Map.entry("applyBy", "intake.dateName.applyBy"));

    private static final Map<String, String> FIGURES = Map.of(
            "monthsTotal", "intake.figure.monthsTotal", "prepaymentExpected", "intake.figure.prepaymentExpected",
            "monthsFromDates", "intake.figure.monthsFromDates");

    private IntakeTexts() {
    }

    /** The label of an enum value from its definition, capitalised for a list; the code itself if it has none. */
    static String value(I18n i18n, FieldDefinition field, String code) {
        return field.valueLabel(code, i18n.language().code())
                .map(label -> label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1)).orElse(code);
    }

    static String dateName(I18n i18n, String name) {
        String key = DATES.get(name);
        return key == null ? name : i18n.get(key);
    }

    static String figureName(I18n i18n, String name) {
        String key = FIGURES.get(name);
        return key == null ? name : i18n.get(key);
    }
}
