package kz.qabyldau.forms.reference.versioning;

import java.util.Objects;

/**
 * Where a reference fact comes from and how sure we are of it.
 *
 * @param source     the document or page the fact was taken from, in free text
 * @param confidence how sure we are
 */
public record Provenance(String source, Confidence confidence) {

    public Provenance {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(confidence, "confidence");
    }

    /** This provenance unless the more specific one is given (a value that names its own source wins). */
    public Provenance overriddenBy(String specificSource, Confidence specificConfidence) {
        return new Provenance(specificSource != null ? specificSource : source,
                specificConfidence != null ? specificConfidence : confidence);
    }
}
