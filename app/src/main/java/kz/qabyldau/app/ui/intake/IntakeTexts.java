package kz.qabyldau.app.ui.intake;

import java.util.Map;

import kz.qabyldau.app.i18n.I18n;

/**
 * UI text keys for values the definitions and verdicts name by code: enum values, computed dates and figures. The
 * keys are listed here as literals so the bundle test can see every one is used.
 */
final class IntakeTexts {

    private static final Map<String, String> VALUES = Map.of(
            "single", "intake.value.single", "married", "intake.value.married",
            "divorced", "intake.value.divorced", "widowed", "intake.value.widowed",
            "lost", "intake.value.lost", "damaged", "intake.value.damaged",
            "name-changed", "intake.value.nameChanged", "document-changed", "intake.value.documentChanged",
            "employer-changed", "intake.value.employerChanged");

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
            "monthsTotal", "intake.figure.monthsTotal", "prepaymentExpected", "intake.figure.prepaymentExpected");

    private IntakeTexts() {
    }

    /** The label of an enum value; the code itself for a value the desk has no text for. */
    static String value(I18n i18n, String code) {
        String key = VALUES.get(code);
        return key == null ? code : i18n.get(key);
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
