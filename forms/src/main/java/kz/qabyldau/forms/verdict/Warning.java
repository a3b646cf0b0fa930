package kz.qabyldau.forms.verdict;

import kz.qabyldau.forms.application.WarningOverride;
import kz.qabyldau.forms.service.LocalizedText;

import java.util.Objects;
import java.util.Optional;

/**
 * A ground on which the provider will likely refuse and that the front office can already see. The clerk may
 * still send the application, but only by recording an override with a reason.
 *
 * @param code      stable code, e.g. {@code EXTENSION_TOO_LATE}
 * @param ground    the provider's refusal ground it anticipates, if any
 * @param paragraph where the law says it
 * @param override  the clerk's recorded decision, if any
 */
public record Warning(String code, String ground, String paragraph, LocalizedText message,
                      Optional<WarningOverride> override) {

    public Warning {
        Objects.requireNonNull(code, "code");
        override = override == null ? Optional.empty() : override;
    }

    public boolean overridden() {
        return override.isPresent();
    }

    /** This warning with the clerk's override recorded. */
    public Warning overriddenBy(WarningOverride decision) {
        if (!decision.warning().equals(code)) {
            throw new IllegalArgumentException("override of " + decision.warning() + " does not apply to " + code);
        }
        return new Warning(code, ground, paragraph, message, Optional.of(decision));
    }
}
