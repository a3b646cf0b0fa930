package kz.qabyldau.forms.print;

import java.util.Locale;
import java.util.Objects;

import kz.qabyldau.forms.reference.Country;
import kz.qabyldau.forms.reference.ReferenceData;
import kz.qabyldau.forms.reference.Region;

/**
 * Names of coded values in the form's language, from the reference data (the same versioned
 * country and region lists the law core judges with, so a renamed region prints its new name once
 * the data says so). An unknown code prints as the code itself, so nothing is lost.
 */
public final class CodeNames {

    private final ReferenceData reference;

    /** Names from the bundled reference data. */
    public CodeNames() {
        this(ReferenceData.loadBundled());
    }

    /** Names from the given reference data (e.g. updated by sync). */
    public CodeNames(ReferenceData reference) {
        this.reference = Objects.requireNonNull(reference, "reference");
    }

    /** The country's name in {@code language}, or the code when it is unknown. */
    public String country(String code, String language) {
        return reference.country(code.strip().toUpperCase(Locale.ROOT)).map((Country c) -> c.name(language))
                .filter(name -> !name.isBlank()).orElse(code);
    }

    /** The region's name in {@code language}, or the code when it is unknown. */
    public String region(String code, String language) {
        return reference.region(code.strip()).map((Region r) -> r.name(language))
                .filter(name -> !name.isBlank()).orElse(code);
    }
}
