package kz.qabyldau.forms.service;

import java.util.Objects;

/**
 * One rule of a definition with its numbers. Only the parameters its {@link RuleKind} reads are set; see
 * {@code docs/service-definitions.md} for which kind reads which.
 *
 * @param paragraph where the law says it (shown with warnings so the clerk can look it up)
 * @param name      the name of the computed date, for {@code decisionDue} and {@code deadlineAfter}
 * @param warning   the stable warning code it raises; {@code warningEarly}/{@code warningLate} for windows
 * @param ground    the provider's refusal ground the warning anticipates
 * @param warningExpired  {@code extensionWindow}: the code when the permit has already expired (p.25)
 * @param warningMismatch {@code totalMonths}: the code when the months typed disagree with the permit's dates
 * @param periodFromField {@code totalMonths}: the first day of the permit so far, to derive its months (p.19)
 * @param periodToField   {@code totalMonths}: the last day of the permit so far
 * @param birthDateField  {@code identityMatches}: the date of birth typed for the holder of the IIN in {@code field}
 * @param birthYearField  {@code identityMatches}: or only the year of birth
 * @param sexField        {@code identityMatches}: the sex ({@code M}/{@code F}), if the form has it
 */
public record RuleSpec(RuleKind rule, String paragraph, String name, Integer workingDays, Integer min, Integer max,
                       Integer months, Integer maxYears, Integer days, Integer earliestDays, Integer latestDays,
                       Integer afterTotalMonths, String field, String upToField, String startsAfterField,
                       String startsAfter, String warning, String warningEarly, String warningLate, String ground,
                       String warningExpired, String warningMismatch, String periodFromField, String periodToField,
                       String birthDateField, String birthYearField, String sexField) {

    public RuleSpec {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(paragraph, "paragraph of rule " + rule.code());
        // A rule missing a number fails when the definition is loaded, not when a clerk's application meets it.
        switch (rule) {
            case DECISION_DUE -> require(rule, "name", name, "workingDays", workingDays);
            case PERMIT_PERIOD -> {
                if (!"requestOrDecision".equals(startsAfter) && !"currentPermit".equals(startsAfter)) {
                    throw new IllegalArgumentException("rule permitPeriod needs 'startsAfter': requestOrDecision"
                            + " or currentPermit");
                }
            }
            case TERM_MONTHS -> require(rule, "min", min, "max", max, "warning", warning);
            case TOTAL_MONTHS -> {
                require(rule, "max", max, "warning", warning);
                if (periodFromField != null || periodToField != null || warningMismatch != null) {
                    require(rule, "periodFromField", periodFromField, "periodToField", periodToField,
                            "warningMismatch", warningMismatch);
                }
            }
            case EXTENSION_WINDOW -> require(rule, "earliestDays", earliestDays, "latestDays", latestDays,
                    "warningEarly", warningEarly, "warningLate", warningLate);
            case NEW_PERMIT_WINDOW -> require(rule, "days", days, "afterTotalMonths", afterTotalMonths,
                    "warning", warning);
            case CITIZENSHIP -> require(rule);
            case PREPAYMENT_AMOUNT -> require(rule, "warning", warning);
            case CONSENT -> require(rule, "field", field, "warning", warning);
            case DEADLINE_AFTER -> require(rule, "field", field, "workingDays", workingDays, "name", name,
                    "warning", warning);
            case STILL_IN_FORCE -> require(rule, "field", field, "warning", warning);
            case IDENTITY_MATCHES -> {
                require(rule, "field", field, "warning", warning);
                if (birthDateField == null && birthYearField == null) {
                    throw new IllegalArgumentException("rule identityMatches needs 'birthDateField' or"
                            + " 'birthYearField'");
                }
            }
            case CERTIFICATE_VALIDITY -> {
                if (months == null) {
                    require(rule, "months or maxYears", maxYears, "upToField", upToField,
                            "startsAfterField", startsAfterField);
                }
            }
            default -> throw new IllegalArgumentException("unhandled rule " + rule.code());
        }
    }

    private static void require(RuleKind kind, Object... namesAndValues) {
        for (int i = 0; i < namesAndValues.length; i += 2) {
            needed(namesAndValues[i + 1], kind, (String) namesAndValues[i]);
        }
    }

    /** The parameter {@code value} named {@code what}, or a data error naming the rule. */
    public static <T> T needed(T value, RuleKind kind, String what) {
        if (value == null) {
            throw new IllegalArgumentException("rule " + kind.code() + " needs '" + what + "'");
        }
        return value;
    }
}
