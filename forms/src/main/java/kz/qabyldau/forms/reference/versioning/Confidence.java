package kz.qabyldau.forms.reference.versioning;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * How sure we are of a reference fact. Written in the data files in lower case
 * ({@code "verified"}, {@code "medium"}, {@code "unverified"}).
 */
public enum Confidence {
    /** Read in a public, authoritative source. */
    VERIFIED,
    /** From a reliable secondary source or derived; to be confirmed. */
    MEDIUM,
    /** From memory or a weak source: shipped as editable data, must be confirmed. */
    UNVERIFIED;

    /** The spelling used in the data files. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Reads the data-file spelling.
     *
     * @throws ReferenceDataException for an unknown mark
     */
    @JsonCreator
    public static Confidence fromCode(String code) {
        for (Confidence c : values()) {
            if (c.code().equals(code)) {
                return c;
            }
        }
        throw new ReferenceDataException("Unknown confidence mark '" + code
                + "' (expected verified, medium or unverified)");
    }
}
