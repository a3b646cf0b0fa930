package kz.qabyldau.forms.verdict;

import kz.qabyldau.forms.application.WarningOverride;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The judgement of one application at one moment.
 *
 * @param definitionVersion the version of the service definition applied (the one in force on the filing day)
 * @param asOf              the filing moment judged
 * @param registrationDay   the working day the application counts as received (p.14)
 * @param receipt           the lines of the receipt of refusal; non-empty exactly when the outcome is
 *                          {@link Outcome#REFUSE_INTAKE}
 * @param dates             computed dates by name ({@code decisionDue}, {@code permitFrom} …)
 * @param figures           computed numbers by name ({@code monthsTotal}, {@code prepaymentExpected} …)
 */
public record Verdict(String service, String definitionVersion, LocalDateTime asOf, LocalDate registrationDay,
                      Outcome outcome, List<ReceiptLine> receipt, List<FieldError> fieldErrors,
                      List<Warning> warnings, SortedMap<String, LocalDate> dates,
                      SortedMap<String, BigDecimal> figures) {

    public Verdict {
        receipt = List.copyOf(receipt);
        fieldErrors = List.copyOf(fieldErrors);
        warnings = List.copyOf(warnings);
        dates = Collections.unmodifiableSortedMap(new TreeMap<>(dates));
        figures = Collections.unmodifiableSortedMap(new TreeMap<>(figures));
    }

    /** The outcome that follows from the lists: a refusal first, then form errors, else accept. */
    static Outcome outcomeOf(List<ReceiptLine> receipt, List<FieldError> fieldErrors) {
        if (!receipt.isEmpty()) {
            return Outcome.REFUSE_INTAKE;
        }
        return fieldErrors.isEmpty() ? Outcome.ACCEPT : Outcome.CORRECT_FIELDS;
    }

    public Optional<LocalDate> date(String name) {
        return Optional.ofNullable(dates.get(name));
    }

    public Optional<Warning> warning(String code) {
        return warnings.stream().filter(w -> w.code().equals(code)).findFirst();
    }

    /** Whether the application may be sent now: accepted and every warning overridden with a reason. */
    public boolean readyToSend() {
        return outcome == Outcome.ACCEPT && warnings.stream().allMatch(Warning::overridden);
    }

    /**
     * This verdict with the clerk's override of one warning. Only warnings can be overridden: a refusal of intake
     * has no override, so this method rejects an override that names no warning of this verdict.
     *
     * @throws IllegalArgumentException when the verdict has no warning with that code
     */
    public Verdict override(WarningOverride decision) {
        if (warning(decision.warning()).isEmpty()) {
            throw new IllegalArgumentException("no warning " + decision.warning() + " to override"
                    + (outcome == Outcome.REFUSE_INTAKE ? "; a refusal of intake cannot be overridden" : ""));
        }
        List<Warning> updated = new ArrayList<>();
        for (Warning w : warnings) {
            updated.add(w.code().equals(decision.warning()) ? w.overriddenBy(decision) : w);
        }
        return new Verdict(service, definitionVersion, asOf, registrationDay, outcome, receipt, fieldErrors, updated,
                dates, figures);
    }
}
