package kz.qabyldau.forms.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import kz.qabyldau.forms.reference.versioning.Confidence;
import kz.qabyldau.forms.reference.versioning.NoDataForYearException;
import kz.qabyldau.forms.reference.versioning.ReferenceDataException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import java.util.function.Predicate;

/** The bundled reference data, read through the public API. */
class ReferenceDataTest {

    private final ReferenceData data = ReferenceData.loadBundled();

    @Test
    void bundledDataIsReadOnce() {
        assertThat(ReferenceData.loadBundled()).isSameAs(data);
    }

    @Test
    void concurrentCallersShareOneInstance() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<ReferenceData>> calls = Collections.nCopies(8, ReferenceData::loadBundled);
            for (Future<ReferenceData> result : pool.invokeAll(calls)) {
                assertThat(result.get()).isSameAs(data);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void countriesCoverAllOfIso3166() {
        assertThat(data.countries()).hasSize(249);
        assertThatThrownBy(() -> data.countries().add(null)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(data.countries()).allSatisfy(c -> {
            assertThat(c.alpha3()).matches("[A-Z]{3}");
            assertThat(c.alpha2()).matches("[A-Z]{2}");
            assertThat(c.name("kk")).isNotBlank();
            assertThat(c.name("ru")).isNotBlank();
            assertThat(c.name("en")).isNotBlank();
        });
        assertThat(data.countries().stream().map(Country::alpha3).distinct()).hasSize(249);
    }

    @ParameterizedTest
    @CsvSource({
        "KAZ, KZ, Қазақстан, Казахстан, Kazakhstan",
        "UZB, UZ, Өзбекстан, Узбекистан, Uzbekistan",
        "RUS, RU, Ресей, Россия, Russia",
    })
    void countryNamesInThreeLanguages(String alpha3, String alpha2, String kk, String ru, String en) {
        Country country = data.country(alpha3).orElseThrow();
        assertThat(country.alpha2()).isEqualTo(alpha2);
        assertThat(country.name("kk")).isEqualTo(kk);
        assertThat(country.name(new Locale("ru"))).isEqualTo(ru);
        assertThat(country.name(Locale.ENGLISH)).isEqualTo(en);
    }

    @Test
    void countryNameFallsBackToEnglishForAnUnknownLanguage() {
        assertThat(data.country("KAZ").orElseThrow().name("de")).isEqualTo("Kazakhstan");
    }

    @Test
    void countryNamesRecordTheirCldrSource() {
        Country kaz = data.country("KAZ").orElseThrow();
        assertThat(kaz.namesProvenance().source()).contains("CLDR via JDK 17");
        assertThat(kaz.namesProvenance().confidence()).isEqualTo(Confidence.VERIFIED);
    }

    @Test
    void countryLookupIgnoresCaseAndUnknownCodesAreEmpty() {
        assertThat(data.country(" uzb ")).map(Country::alpha3).contains("UZB");
        assertThat(data.country("XXX")).isEmpty();
        assertThat(data.country(null)).isEmpty();
    }

    @Test
    void eaeuMembersAreTheFiveTreatyStates() {
        assertThat(alpha3Where(Country::eaeu)).containsExactlyInAnyOrder("ARM", "BLR", "KAZ", "KGZ", "RUS");
        assertThat(data.country("RUS").orElseThrow().eaeuMembership().confidence()).isEqualTo(Confidence.VERIFIED);
    }

    @Test
    void ground4_permitEligibleCitizenshipsAreShippedAsUnverifiedToConfirm() {
        assertThat(alpha3Where(Country::permitEligible))
                .containsExactlyInAnyOrder("AZE", "GEO", "MDA", "TJK", "UKR", "UZB");
        Country uzb = data.country("UZB").orElseThrow();
        assertThat(uzb.permitEligibility().confidence()).isEqualTo(Confidence.UNVERIFIED);
        assertThat(uzb.permitEligibility().source()).contains("TO CONFIRM");
    }

    @Test
    void ground4_aCountryOutsideTheListIsNotEligible() {
        Country chn = data.country("CHN").orElseThrow();
        assertThat(chn.permitEligible()).isFalse();
        assertThat(chn.eaeu()).isFalse();
    }

    @Test
    void regionsAreTheTwentyFirstLevelKatoUnits() {
        assertThat(data.regions()).hasSize(20);
        assertThat(data.regions()).allSatisfy(r -> {
            assertThat(r.code()).matches("\\d{2}0000000");
            assertThat(r.iso()).isEqualTo("KZ-" + r.code().substring(0, 2));
            assertThat(r.name("kk")).isNotBlank();
            assertThat(r.name("ru")).isNotBlank();
            assertThat(r.name("en")).isNotBlank();
            assertThat(r.provenance().confidence()).isEqualTo(Confidence.MEDIUM);
        });
    }

    @ParameterizedTest
    @CsvSource({"710000000, Астана қаласы", "620000000, Ұлытау облысы", "590000000, Солтүстік Қазақстан облысы"})
    void regionByKatoCode(String code, String kazakhName) {
        assertThat(data.region(code).orElseThrow().name("kk")).isEqualTo(kazakhName);
    }

    @ParameterizedTest
    @CsvSource({"2024, 3692", "2025, 3932", "2026, 4325"})
    void ground7_mciByYear(int year, long tenge) {
        assertThat(data.mci(year)).isEqualTo(tenge);
    }

    @Test
    void ground7_mciCarriesItsConfidence() {
        assertThat(data.mciOn(LocalDate.of(2026, 3, 2)).confidence()).isEqualTo(Confidence.MEDIUM);
        assertThat(data.mciOn(LocalDate.of(2026, 3, 2)).source()).contains("2026");
    }

    @ParameterizedTest
    @CsvSource({"2023", "2027"})
    void ground7_mciOfAYearWithoutDataIsAClearError(int year) {
        assertThatThrownBy(() -> data.mci(year))
                .isInstanceOf(NoDataForYearException.class)
                .hasMessageContaining(String.valueOf(year))
                .satisfies(e -> assertThat(((NoDataForYearException) e).year()).isEqualTo(year));
    }

    @ParameterizedTest
    @CsvSource({"2025-12-31, 2", "2026-01-01, 4", "2024-06-01, 2", "2027-06-01, 4"})
    void ground7_prepaymentRateByEffectiveDate(LocalDate day, int mciPerMonth) {
        assertThat(data.prepaymentRateMci(day)).isEqualTo(mciPerMonth);
        assertThat(data.prepaymentRate(day).confidence()).isEqualTo(Confidence.MEDIUM);
    }

    @Test
    void ground7_prepaymentRateBeforeTheFirstVersionIsAClearError() {
        assertThatThrownBy(() -> data.prepaymentRateMci(LocalDate.of(2010, 1, 1)))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageContaining("2010-01-01");
    }

    @Test
    void transliterationTableIsDataWithItsLowConfidence() {
        TransliterationTable table = data.transliteration();
        assertThat(table.letters()).containsEntry('Щ', "SHCH").containsEntry('Қ', "K");
        assertThat(table.provenance().confidence()).isEqualTo(Confidence.UNVERIFIED);
        assertThat(table.provenance().source()).contains("ICAO Doc 9303 Part 3");
    }

    @Test
    void calendarCoversTheBundledYears() {
        assertThat(data.calendar().years()).containsExactly(2024, 2025, 2026, 2027);
    }

    @Test
    void calendarAsOfADateKnowsOnlyTheYearsPublishedByThen() {
        assertThat(data.calendar(LocalDate.of(2025, 12, 31)).years()).containsExactly(2024, 2025, 2026);
        assertThat(data.calendar(LocalDate.of(2026, 3, 1))).isSameAs(data.calendar(LocalDate.of(2026, 6, 1)));
    }

    @Test
    void professionsOfferHouseholdWorkInTheThreeLanguagesMarkedUnverified() {
        assertThat(data.professions()).extracting(Profession::code)
                .contains("housekeeper", "nanny", "cook", "gardener", "driver", "elderly-caregiver")
                .doesNotHaveDuplicates();
        assertThat(data.professions()).allSatisfy(p -> {
            assertThat(p.names().keySet()).containsExactlyInAnyOrder("kk", "ru", "en");
            assertThat(p.names().values()).allSatisfy(n -> assertThat(n).isNotBlank());
            assertThat(p.provenance().confidence()).isEqualTo(Confidence.UNVERIFIED);
        });
        Profession nanny = data.professions().stream().filter(p -> p.code().equals("nanny")).findFirst()
                .orElseThrow();
        assertThat(nanny.name("kk")).isEqualTo("Бала күтуші");
        assertThat(nanny.name(Locale.forLanguageTag("ru"))).isEqualTo("Няня");
    }

    @Test
    void professionsHaveNoVersionBeforeTheirEffectiveDate() {
        assertThatThrownBy(() -> data.professions(LocalDate.of(2022, 4, 14)))
                .isInstanceOf(ReferenceDataException.class)
                .hasMessageStartingWith("professions.json");
    }

    private Set<String> alpha3Where(Predicate<Country> test) {
        return data.countries().stream().filter(test).map(Country::alpha3).collect(Collectors.toSet());
    }
}
