package kz.qabyldau.forms.reference.versioning;

import java.util.Objects;

/**
 * A reference value together with its provenance, so that a caller (a verdict, a warning on
 * screen) can say how sure the answer is.
 *
 * @param value      the value
 * @param provenance where it comes from
 * @param <T>        the value's type
 */
public record Sourced<T>(T value, Provenance provenance) {

    public Sourced {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(provenance, "provenance");
    }

    /** The source text of the value. */
    public String source() {
        return provenance.source();
    }

    /** The confidence mark of the value. */
    public Confidence confidence() {
        return provenance.confidence();
    }
}
