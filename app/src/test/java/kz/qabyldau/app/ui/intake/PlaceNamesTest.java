package kz.qabyldau.app.ui.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Countries and regions are found by their name in any language and stored by code; professions help typing. */
class PlaceNamesTest {

    private final PlaceNames places = new PlaceNames(IntakeFixture.REFERENCE);

    @Test
    void aLatinPrefixSuggestsTheCountryInTheClerksLanguage() {
        assertThat(places.suggestCountries("uzb", "kk")).contains("Өзбекстан");
        assertThat(places.suggestCountries("Узб", "ru")).contains("Узбекистан");
    }

    @Test
    void aRegionIsSuggestedByItsNameInAnotherLanguage() {
        assertThat(places.suggestRegions("Ast", "ru")).containsExactly("город Астана");
    }

    @Test
    void aCompleteNameNeedsNoSuggestion() {
        assertThat(places.suggestCountries("Узбекистан", "ru")).isEmpty();
    }

    @Test
    void aTypedNameInAnyLanguageOrTheCodeIsStoredAsTheCode() {
        assertThat(places.countryCode("Өзбекстан")).contains("UZB");
        assertThat(places.countryCode("uzbekistan")).contains("UZB");
        assertThat(places.countryCode("uzb")).contains("UZB");
        assertThat(places.countryCode("Narnia")).isEmpty();
    }

    @Test
    void aTextThatNamesExactlyOnePlaceIsThatPlaceEvenBeforeTheCompletionListShows() {
        assertThat(places.regionCodeOrOnlySuggestion("Астана", "ru")).contains("710000000");
        assertThat(places.countryCodeOrOnlySuggestion("Өзбек", "kk")).contains("UZB");
        assertThat(places.regionCodeOrOnlySuggestion("Алмат", "ru")).isEmpty(); // the city and the region
        assertThat(places.countryCodeOrOnlySuggestion("Narnia", "ru")).isEmpty();
    }

    @Test
    void aStoredCodeIsShownByItsNameAndAnUnknownOneAsItIs() {
        assertThat(places.countryName("UZB", "ru")).isEqualTo("Узбекистан");
        assertThat(places.countryName("XXX", "ru")).isEqualTo("XXX");
    }

    @Test
    void aProfessionIsSuggestedInTheClerksLanguageFromAPrefixInAnyLanguage() {
        assertThat(places.suggestProfessions("бал", "kk")).containsExactly("Бала күтуші");
        assertThat(places.suggestProfessions("nan", "ru")).containsExactly("Няня");
        assertThat(places.suggestProfessions("пов", "en")).containsExactly("Cook");
    }

    @Test
    void aProfessionNotInTheListHasNoSuggestionAndIsNotRefused() {
        assertThat(places.suggestProfessions("Космонавт", "ru")).isEmpty();
    }
}
