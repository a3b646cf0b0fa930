package kz.qabyldau.app.ui.settings;

import java.util.Map;
import java.util.Objects;

import kz.qabyldau.app.i18n.Language;

/**
 * A region the office can be in, as offered by the Settings chooser.
 *
 * @param code  the KATO code stored in the settings
 * @param names the region's name in each interface language
 */
public record RegionOption(String code, Map<Language, String> names) {

    public RegionOption {
        Objects.requireNonNull(code);
        names = Map.copyOf(names);
    }

    /** The name in a language, or the code when the reference data has no name in it. */
    public String name(Language language) {
        return names.getOrDefault(language, code);
    }
}
