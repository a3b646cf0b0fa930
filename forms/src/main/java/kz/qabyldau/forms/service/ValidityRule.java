package kz.qabyldau.forms.service;

import java.util.Objects;

/**
 * A validity rule of a required document, e.g. {@code {"rule":"issuedWithin","months":12}}.
 *
 * @param outcome {@code refuse} (default: the document counts as expired, p.17) or {@code warn} (the provider will
 *                likely refuse, the clerk may still accept)
 * @param warning the warning code when {@code outcome} is {@code warn}
 * @param ground  the provider's refusal ground the warning stands for
 * @param field   {@code notExpired}: the application field holding the end date (e.g. the earlier certificate's
 *                {@code certificate.validTo}) instead of the document's own {@code validUntil}
 * @param paragraph where the law says the document no longer counts, added to the receipt line (e.g. p.23)
 */
public record ValidityRule(ValidityKind rule, Integer months, String outcome, String warning, String ground,
                           String field, String paragraph) {

    public ValidityRule {
        Objects.requireNonNull(rule, "validity rule");
        outcome = outcome == null ? "refuse" : outcome;
        if (!outcome.equals("refuse") && !outcome.equals("warn")) {
            throw new IllegalArgumentException("validity outcome must be refuse or warn, not " + outcome);
        }
        if (outcome.equals("warn") && warning == null) {
            throw new IllegalArgumentException("a warning validity rule needs a warning code");
        }
        if ((rule == ValidityKind.ISSUED_WITHIN || rule == ValidityKind.BORDER_CROSSING_WITHIN) && months == null) {
            throw new IllegalArgumentException(rule.code() + " needs months");
        }
    }

    /** A rule without a field or paragraph of its own. */
    public ValidityRule(ValidityKind rule, Integer months, String outcome, String warning, String ground) {
        this(rule, months, outcome, warning, ground, null, null);
    }

    /** Whether a failure only warns instead of refusing intake. */
    public boolean warns() {
        return outcome.equals("warn");
    }
}
