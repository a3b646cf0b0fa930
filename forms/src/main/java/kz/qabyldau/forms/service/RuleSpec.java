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
 */
public record RuleSpec(RuleKind rule, String paragraph, String name, Integer workingDays, Integer min, Integer max,
                       Integer months, Integer maxYears, Integer days, Integer earliestDays, Integer latestDays,
                       Integer afterTotalMonths, String field, String upToField, String startsAfterField,
                       String startsAfter, String warning, String warningEarly, String warningLate, String ground) {

    public RuleSpec {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(paragraph, "paragraph of rule " + rule.code());
    }

    /** The parameter {@code value} named {@code what}, or a data error naming the rule. */
    public static <T> T needed(T value, RuleKind kind, String what) {
        if (value == null) {
            throw new IllegalStateException("rule " + kind.code() + " needs '" + what + "'");
        }
        return value;
    }
}
