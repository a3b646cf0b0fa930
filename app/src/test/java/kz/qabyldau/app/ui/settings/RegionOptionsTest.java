package kz.qabyldau.app.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import kz.qabyldau.app.i18n.Language;

class RegionOptionsTest {

    @Test
    void bundledReferenceDataOffersEveryRegionWithNamesInEachLanguage() {
        List<RegionOption> regions = RegionOptions.bundled();

        assertThat(regions).extracting(RegionOption::code).contains("710000000", "750000000", "100000000");
        RegionOption astana = regions.stream().filter(r -> r.code().equals("710000000")).findFirst().orElseThrow();
        assertThat(astana.name(Language.KK)).startsWith("Астана");
        assertThat(astana.name(Language.EN)).startsWith("Astana");
        assertThat(regions).allSatisfy(r -> {
            for (Language l : Language.values()) {
                assertThat(r.name(l)).as("%s in %s", r.code(), l).isNotBlank().isNotEqualTo(r.code());
            }
        });
    }
}
