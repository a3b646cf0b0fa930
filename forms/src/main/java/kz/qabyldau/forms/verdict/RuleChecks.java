package kz.qabyldau.forms.verdict;

import kz.qabyldau.forms.identity.IdentifierException;
import kz.qabyldau.forms.identity.Iin;
import kz.qabyldau.forms.identity.Sex;
import kz.qabyldau.forms.service.FieldDefinition;
import kz.qabyldau.forms.service.LocalizedText;
import kz.qabyldau.forms.service.RuleSpec;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import static kz.qabyldau.forms.service.RuleSpec.needed;

/**
 * Applies the definition's rules in their order: computes the named dates and raises the warnings. Every number
 * (days, months, working days) comes from the rule's data; this class only knows what each kind of rule means.
 * A rule whose input field is missing or invalid is skipped: the field error already tells the clerk.
 */
final class RuleChecks {

    private RuleChecks() {
    }

    static void apply(Judgement j, RuleSpec r) {
        switch (r.rule()) {
            case DECISION_DUE -> j.dates.put(needed(r.name(), r.rule(), "name"),
                    j.calendar.addWorkingDays(j.registrationDay, needed(r.workingDays(), r.rule(), "workingDays")));
            case PERMIT_PERIOD -> permitPeriod(j, r);
            case TERM_MONTHS -> j.values.integer("request.months").ifPresent(months -> {
                if (months < needed(r.min(), r.rule(), "min") || months > needed(r.max(), r.rule(), "max")) {
                    j.warn(r, r.warning(), months, r.min(), r.max());
                }
            });
            case TOTAL_MONTHS -> totalMonths(j, r);
            case EXTENSION_WINDOW -> extensionWindow(j, r);
            case NEW_PERMIT_WINDOW -> newPermitWindow(j, r);
            case CITIZENSHIP -> citizenship(j, r);
            case PREPAYMENT_AMOUNT -> prepayment(j, r);
            case CONSENT -> {
                String field = needed(r.field(), r.rule(), "field");
                // Only a recorded "no" warns: a missing answer is a required-field error already.
                if (j.values.bool(field).filter(Boolean.FALSE::equals).isPresent()) {
                    j.warn(r, r.warning());
                }
            }
            case DEADLINE_AFTER -> deadlineAfter(j, r);
            case CERTIFICATE_VALIDITY -> certificateValidity(j, r);
            case IDENTITY_MATCHES -> identityMatches(j, r);
            case STILL_IN_FORCE -> j.values.date(r.field()).filter(end -> end.isBefore(j.registrationDay))
                    .ifPresent(end -> j.warn(r, r.warning(), end, j.registrationDay));
            default -> throw new IllegalStateException("unhandled rule " + r.rule());
        }
    }

    /** p.19: the permit runs for the months asked, from the requested start or after the current permit. */
    private static void permitPeriod(Judgement j, RuleSpec r) {
        Optional<Integer> months = j.values.integer("request.months");
        Optional<LocalDate> from;
        if ("currentPermit".equals(r.startsAfter())) {
            from = j.values.date("permit.validTo").map(d -> d.plusDays(1));
        } else {
            // Without a requested start the permit can start at the latest on the day the decision is due.
            from = j.values.date("request.startDate").or(() -> Optional.ofNullable(j.dates.get("decisionDue")));
        }
        // A period never starts before the filing day: an extension of a permit that has already expired (p.25) or a
        // start asked for in the past has no period that could be granted, so none is shown.
        if (months.isPresent() && from.isPresent() && !startsTooEarly(j, r, from.get())) {
            j.dates.put("permitFrom", from.get());
            j.dates.put("permitTo", from.get().plusMonths(months.get()).minusDays(1));
        }
    }

    private static boolean startsTooEarly(Judgement j, RuleSpec r, LocalDate from) {
        if ("currentPermit".equals(r.startsAfter())) {
            // The permit ended before the registration day: there is nothing left to extend.
            return from.minusDays(1).isBefore(j.registrationDay);
        }
        return from.isBefore(j.asOf.toLocalDate());
    }

    /**
     * p.19: with extensions the permit never exceeds 12 months in total. When the permit's first and last days are
     * known, its months follow from them; a typed figure that disagrees warns, and the cap is checked against the
     * larger of the two so that a mistyped figure never hides an excess.
     */
    private static void totalMonths(Judgement j, RuleSpec r) {
        Optional<Integer> typed = j.values.integer("permit.monthsSoFar");
        Optional<Integer> months = j.values.integer("request.months");
        Optional<Integer> derived = Optional.empty();
        if (r.periodFromField() != null) {
            Optional<LocalDate> from = j.values.date(r.periodFromField());
            Optional<LocalDate> to = j.values.date(r.periodToField());
            if (from.isPresent() && to.isPresent() && !to.get().isBefore(from.get())) {
                derived = Optional.of(monthsSpanned(from.get(), to.get()));
                j.figures.put("monthsFromDates", BigDecimal.valueOf(derived.get()));
                if (typed.isPresent() && !typed.get().equals(derived.get())) {
                    j.warn(r, r.warningMismatch(), typed.get(), from.get(), to.get(), derived.get());
                }
            }
        }
        Optional<Integer> soFar = typed.isPresent() && derived.isPresent()
                ? Optional.of(Math.max(typed.get(), derived.get())) : typed;
        if (soFar.isEmpty() || months.isEmpty()) {
            return;
        }
        int total = soFar.get() + months.get();
        j.figures.put("monthsTotal", BigDecimal.valueOf(total));
        if (total > needed(r.max(), r.rule(), "max")) {
            j.warn(r, r.warning(), soFar.get(), months.get(), total, r.max());
        }
    }

    /** The whole months a permit from {@code from} to {@code to} runs (p.19: to = from + N months − 1 day). */
    static int monthsSpanned(LocalDate from, LocalDate to) {
        int n = 1;
        while (from.plusMonths(n).minusDays(1).isBefore(to)) {
            n++;
        }
        return n;
    }

    /** p.24–25: an extension is filed between 30 and 5 calendar days before the current permit expires. */
    private static void extensionWindow(Judgement j, RuleSpec r) {
        j.values.date("permit.validTo").ifPresent(expiry -> {
            LocalDate from = expiry.minusDays(needed(r.earliestDays(), r.rule(), "earliestDays"));
            LocalDate to = expiry.minusDays(needed(r.latestDays(), r.rule(), "latestDays"));
            j.dates.put("extensionWindowFrom", from);
            j.dates.put("extensionWindowTo", to);
            if (j.registrationDay.isBefore(from)) {
                j.warn(r, r.warningEarly(), j.registrationDay, from, r.earliestDays(), expiry);
            } else if (j.registrationDay.isAfter(expiry) && r.warningExpired() != null) {
                // p.25: past the window nothing is extended; past the expiry there is nothing left to extend.
                j.warn(r.warningExpired(), r.ground(), "p.25", expiry, j.registrationDay);
            } else if (j.registrationDay.isAfter(to)) {
                // p.24 sets the window; p.25 is what a late filing costs: the permit is not extended.
                j.warn(r.warningLate(), r.ground(), "p.25", j.registrationDay, to, r.latestDays(), expiry);
            }
        });
    }

    /** p.26: after 12 months of permits, the new permit is asked for within 4 calendar days before expiry. */
    private static void newPermitWindow(Judgement j, RuleSpec r) {
        Optional<Integer> soFar = j.values.integer("permit.monthsSoFar");
        Optional<LocalDate> expiry = j.values.date("permit.validTo");
        if (soFar.isEmpty() || expiry.isEmpty() || soFar.get() < needed(r.afterTotalMonths(), r.rule(),
                "afterTotalMonths")) {
            return;
        }
        LocalDate from = expiry.get().minusDays(needed(r.days(), r.rule(), "days"));
        j.dates.put("newPermitWindowFrom", from);
        j.dates.put("newPermitWindowTo", expiry.get());
        if (j.registrationDay.isBefore(from) || j.registrationDay.isAfter(expiry.get())) {
            j.warn(r, r.warning(), soFar.get(), from, expiry.get(), r.days(), j.registrationDay);
        }
    }

    /** Ground 4: a visa-free state's citizen may get a permit; an EAEU citizen needs none. */
    private static void citizenship(Judgement j, RuleSpec r) {
        j.values.text("applicant.citizenship").ifPresent(code -> {
            Object name = j.facts.countryName(code).map(Object.class::cast).orElse(code);
            switch (j.facts.citizenship(code).orElseThrow()) {
                case EAEU -> j.warn(r, "CITIZENSHIP_EAEU", name);
                case NOT_ELIGIBLE -> j.warn(r, "CITIZENSHIP_NOT_ELIGIBLE", name);
                default -> {
                }
            }
        });
    }

    /**
     * Ground 7: the prepayment equals months × rate (in MCI) × MCI of the payment date. The expected amount is a
     * figure as soon as the months are known (the desk offers it in the amount field, issue #13); the payment date
     * not typed yet counts as the registration day.
     */
    private static void prepayment(Judgement j, RuleSpec r) {
        Optional<BigDecimal> paid = j.values.number("prepayment.amount");
        Optional<Integer> months = j.values.integer("request.months");
        if (months.isEmpty()) {
            return;
        }
        LocalDate day = j.values.date("prepayment.paidOn").orElse(j.registrationDay);
        Optional<LawFacts.PrepaymentRate> rate = j.facts.prepayment(day);
        if (rate.isEmpty()) {
            if (paid.isPresent()) {
                j.warn(r, "PREPAYMENT_RATE_UNKNOWN", day);
            }
            return;
        }
        BigDecimal expected = rate.get().perMonth().multiply(BigDecimal.valueOf(months.get()));
        j.figures.put("prepaymentExpected", expected);
        if (paid.isEmpty()) {
            return;
        }
        if (paid.get().compareTo(expected) != 0) {
            j.warn(r, r.warning(), paid.get(), months.get(), rate.get().rateMci(), rate.get().mci(), expected);
        }
    }

    /** p.28, p.22, p.22-1: something must be filed within N working days after an event. */
    private static void deadlineAfter(Judgement j, RuleSpec r) {
        j.values.date(needed(r.field(), r.rule(), "field")).ifPresent(event -> {
            LocalDate due = j.calendar.addWorkingDays(event, needed(r.workingDays(), r.rule(), "workingDays"));
            j.dates.put(needed(r.name(), r.rule(), "name"), due);
            if (j.registrationDay.isAfter(due)) {
                j.warn(r, r.warning(), event, due, r.workingDays(), j.registrationDay);
            }
        });
    }

    /**
     * App. 2, ground 1 (unreliable data): the IIN's first six digits are the birth date and its seventh the century
     * and sex; they must agree with the birth date (or year) and sex typed for the same person.
     */
    private static void identityMatches(Judgement j, RuleSpec r) {
        Optional<Iin> iin = j.values.text(r.field()).flatMap(RuleChecks::iin);
        if (iin.isEmpty()) {
            return;
        }
        LocalizedText iinLabel = label(j, r.field());
        if (r.birthDateField() != null) {
            j.values.date(r.birthDateField()).filter(typed -> !typed.equals(iin.get().birthDate())).ifPresent(typed ->
                    j.warn(r, r.warning(), iinLabel, iin.get().birthDate(), label(j, r.birthDateField()), typed));
        }
        if (r.birthYearField() != null) {
            j.values.integer(r.birthYearField()).filter(year -> year != iin.get().birthDate().getYear())
                    .ifPresent(year -> j.warn(r, r.warning(), iinLabel, iin.get().birthDate().getYear(),
                            label(j, r.birthYearField()), year));
        }
        if (r.sexField() != null) {
            String encoded = iin.get().sex() == Sex.MALE ? "M" : "F";
            j.values.text(r.sexField()).filter(sex -> !sex.equals(encoded)).ifPresent(sex ->
                    j.warn(r, "IIN_SEX_MISMATCH", iinLabel, label(j, r.sexField())));
        }
    }

    private static Optional<Iin> iin(String text) {
        try {
            return Optional.of(Iin.parse(text));
        } catch (IdentifierException e) {
            // A BIN or an invalid number: the field's own check reports it.
            return Optional.empty();
        }
    }

    private static LocalizedText label(Judgement j, String field) {
        return j.definition.field(field).map(FieldDefinition::label).orElse(new LocalizedText(field, field, field));
    }

    /** Qualification certificate validity: up to 3 months (issue); to the contract's end but ≤ 3 years (p.16). */
    private static void certificateValidity(Judgement j, RuleSpec r) {
        Optional<LocalDate> from = r.startsAfterField() == null
                ? Optional.ofNullable(j.dates.get("serviceTermDue"))
                : j.values.date(r.startsAfterField()).map(d -> d.plusDays(1));
        if (from.isEmpty()) {
            return;
        }
        if (r.startsAfterField() != null && from.get().minusDays(1).isBefore(j.registrationDay)) {
            // p.23: the certificate ended with its term; an ended certificate is not extended (the intake refusal
            // says so through the earlier certificate's validity rule), and no period before filing is computed.
            return;
        }
        LocalDate to;
        if (r.months() != null) {
            to = from.get().plusMonths(r.months()).minusDays(1);
        } else {
            LocalDate cap = from.get().plusYears(needed(r.maxYears(), r.rule(), "maxYears")).minusDays(1);
            Optional<LocalDate> contractEnd = j.values.date(needed(r.upToField(), r.rule(), "upToField"));
            if (contractEnd.isEmpty()) {
                return;
            }
            to = contractEnd.get().isBefore(cap) ? contractEnd.get() : cap;
            if (contractEnd.get().isBefore(from.get())) {
                j.warn(r, "CONTRACT_ENDS_BEFORE_EXTENSION", contractEnd.get(), from.get());
                return;
            }
        }
        j.dates.put("certificateValidFrom", from.get());
        j.dates.put("certificateValidTo", to);
    }
}
