package kz.qabyldau.app.ui.intake;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.i18n.LawReferences;
import kz.qabyldau.forms.service.DocumentRequirement;
import kz.qabyldau.forms.service.FieldDefinition;
import kz.qabyldau.forms.service.RuleSpec;
import kz.qabyldau.forms.service.ServiceDefinition;
import kz.qabyldau.forms.service.ValidityRule;

/**
 * What F1 tells about the open step (issue #12): the rules the law core applies to what the step asks, each in the
 * clerk's language with the paragraph it comes from. A section step shows the definition's rules that read one of
 * its fields; the documents step each document's validity rules with its App. 2 item; the finish step the rules
 * that read no field of any section (the decision's due date, a fixed validity). The numbers (months, days) are the
 * definition's, so an amendment changes the help with the law. No JavaFX.
 */
public final class StepRules {

    private final I18n i18n;
    private final LawReferences references;

    public StepRules(I18n i18n) {
        this.i18n = Objects.requireNonNull(i18n);
        this.references = new LawReferences(i18n);
    }

    /** The lines for {@code step} of {@code definition}, in the interface language; empty when none apply. */
    public List<String> of(ServiceDefinition definition, WizardStep step) {
        return switch (step.kind()) {
            case SECTION -> rulesReading(definition, step.fieldIds());
            case DOCUMENTS -> documents(definition);
            case FINISH -> definition.rules().stream().filter(r -> sectionOf(definition, r).isEmpty())
                    .map(r -> line(definition, r)).toList();
            case EARLIER_PERMIT -> List.of();
        };
    }

    private List<String> rulesReading(ServiceDefinition definition, Set<String> fields) {
        return definition.rules().stream().filter(r -> reads(r).stream().anyMatch(fields::contains))
                .map(r -> line(definition, r)).toList();
    }

    /** The fields of the definition's sections a rule reads (none: it is about the whole application). */
    private static Set<String> sectionOf(ServiceDefinition definition, RuleSpec rule) {
        Set<String> inSections = new LinkedHashSet<>(reads(rule));
        inSections.retainAll(definition.fields().map(FieldDefinition::id).toList());
        return inSections;
    }

    /** The fields a rule kind reads: its named fields, and those the law core reads for it by their fixed ids. */
    static Set<String> reads(RuleSpec r) {
        Set<String> fields = new LinkedHashSet<>();
        Stream.of(r.field(), r.upToField(), r.startsAfterField(), r.periodFromField(), r.periodToField(),
                r.birthDateField(), r.birthYearField(), r.sexField()).filter(Objects::nonNull).forEach(fields::add);
        switch (r.rule()) {
            case PERMIT_PERIOD -> fields.addAll(List.of("request.startDate", "request.months", "permit.validTo"));
            case TERM_MONTHS -> fields.add("request.months");
            case TOTAL_MONTHS -> fields.addAll(List.of("request.months", "permit.monthsSoFar"));
            case EXTENSION_WINDOW -> fields.add("permit.validTo");
            case NEW_PERMIT_WINDOW -> fields.addAll(List.of("permit.monthsSoFar", "permit.validTo"));
            case CITIZENSHIP -> fields.add("applicant.citizenship");
            case PREPAYMENT_AMOUNT -> fields.addAll(List.of("prepayment.amount", "prepayment.paidOn",
                    "request.months"));
            default -> {
                // The rule names its fields itself (consent, deadlines, identity, still in force) or reads none.
            }
        }
        return fields;
    }

    private String line(ServiceDefinition definition, RuleSpec r) {
        String text = switch (r.rule()) {
            case DECISION_DUE -> i18n.get("help.rule.decisionDue", r.workingDays());
            case PERMIT_PERIOD -> i18n.get("currentPermit".equals(r.startsAfter())
                    ? "help.rule.permitPeriod.extension" : "help.rule.permitPeriod");
            case TERM_MONTHS -> i18n.get("help.rule.termMonths", r.min(), r.max());
            case TOTAL_MONTHS -> i18n.get("help.rule.totalMonths", r.max());
            case EXTENSION_WINDOW -> i18n.get("help.rule.extensionWindow", r.earliestDays(), r.latestDays());
            case NEW_PERMIT_WINDOW -> i18n.get("help.rule.newPermitWindow", r.afterTotalMonths(), r.days());
            case CITIZENSHIP -> i18n.get("help.rule.citizenship");
            case PREPAYMENT_AMOUNT -> i18n.get("help.rule.prepaymentAmount");
            case CONSENT -> i18n.get("help.rule.consent", label(definition, r.field()));
            case DEADLINE_AFTER -> i18n.get("help.rule.deadlineAfter", r.workingDays(), label(definition, r.field()));
            case IDENTITY_MATCHES -> i18n.get("help.rule.identityMatches", label(definition, r.field()));
            case STILL_IN_FORCE -> i18n.get("help.rule.stillInForce", label(definition, r.field()));
            case CERTIFICATE_VALIDITY -> r.months() != null ? i18n.get("help.rule.certificateMonths", r.months())
                    : i18n.get("help.rule.certificateUpTo", r.maxYears(), label(definition, r.upToField()));
        };
        return cited(text, r.paragraph());
    }

    private List<String> documents(ServiceDefinition definition) {
        List<String> lines = new ArrayList<>();
        String lang = i18n.language().code();
        for (DocumentRequirement d : definition.documents()) {
            if (d.printedAtIntake()) {
                continue;
            }
            List<String> checks = d.validity().stream().map(v -> validity(definition, v)).toList();
            String what = checks.isEmpty() ? i18n.get("help.document.presented") : String.join("; ", checks);
            lines.add(cited(d.name().in(lang) + ": " + what, d.item()));
        }
        return lines;
    }

    private String validity(ServiceDefinition definition, ValidityRule v) {
        String text = switch (v.rule()) {
            case ISSUED_WITHIN -> i18n.get("help.document.issuedWithin", v.months());
            case BORDER_CROSSING_WITHIN -> i18n.get("help.document.borderCrossingWithin", v.months());
            case NOT_EXPIRED -> i18n.get("help.document.notExpired");
            case COVERS_REQUESTED_PERIOD -> i18n.get("help.document.coversRequestedPeriod");
        };
        return v.warns() ? text + " (" + i18n.get("help.document.warningOnly") + ")" : text;
    }

    private String label(ServiceDefinition definition, String field) {
        return definition.field(field).map(f -> f.label().in(i18n.language().code())).orElse("");
    }

    private String cited(String text, String reference) {
        String where = references.of(reference);
        return where.isEmpty() ? text : text + " — " + where;
    }
}
