package kz.qabyldau.forms.application;

import java.util.Objects;

/**
 * The clerk's decision to send an application despite a warning. Only warnings can be overridden, and only with a
 * reason: a refusal of intake (p.17) has no override.
 *
 * @param warning the stable warning code, e.g. {@code PREPAYMENT_AMOUNT}
 * @param reason  why the clerk sends it anyway, kept with the application
 * @param clerk   who decided
 */
public record WarningOverride(String warning, String reason, String clerk) {

    public WarningOverride {
        Objects.requireNonNull(warning, "warning");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an override of " + warning + " needs a reason");
        }
    }
}
