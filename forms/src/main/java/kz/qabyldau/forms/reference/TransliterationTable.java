package kz.qabyldau.forms.reference;

import java.util.Map;
import java.util.Objects;
import kz.qabyldau.forms.reference.versioning.Provenance;

/**
 * Cyrillic upper-case letter → Latin letters, for names without an MRZ.
 *
 * @param letters    one entry per Cyrillic capital letter; an empty value drops the letter
 * @param provenance where the table comes from
 */
public record TransliterationTable(Map<Character, String> letters, Provenance provenance) {

    public TransliterationTable {
        letters = Map.copyOf(letters);
        Objects.requireNonNull(provenance, "provenance");
    }
}
