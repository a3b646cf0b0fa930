package kz.qabyldau.app.ui.settings;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import kz.qabyldau.app.i18n.Language;
import kz.qabyldau.forms.reference.ReferenceData;
import kz.qabyldau.forms.reference.Region;

/** The regions of the bundled reference data as the Settings chooser offers them. */
public final class RegionOptions {

    private RegionOptions() {
    }

    /** Reads the bundled reference data; blocking (parses JSON), so called off the FX thread. */
    public static List<RegionOption> bundled() {
        return from(ReferenceData.loadBundled().regions());
    }

    static List<RegionOption> from(List<Region> regions) {
        return regions.stream().map(r -> {
            Map<Language, String> names = new EnumMap<>(Language.class);
            for (Language l : Language.values()) {
                names.put(l, r.name(l.code()));
            }
            return new RegionOption(r.code(), names);
        }).toList();
    }
}
