package kz.qabyldau.app.ui.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

/**
 * Enter on a completion list that still shows an earlier prefix's suggestions must not pick a stale entry (a flow
 * stored Almaty for "город Астана").
 */
class CompletionChoiceTest {

    private final PlaceNames places = new PlaceNames(IntakeFixture.REFERENCE);
    private final Function<String, List<String>> regions = typed -> places.suggestRegions(typed, "ru");

    @Test
    void aStaleEntryGivesWayToTheOneRegionTheCurrentTextSuggests() {
        String stale = places.suggestRegions("Ал", "ru").get(0); // the list as it was for an earlier prefix
        assertThat(stale).contains("Алмат");

        assertThat(CompletionChoice.onEnter("Аст", stale, regions)).contains("город Астана");
    }

    @Test
    void aStaleEntryIsNotTakenWhenTheTextAlreadyNamesAPlace() {
        String stale = places.suggestRegions("Ал", "ru").get(0);

        assertThat(CompletionChoice.onEnter("город Астана", stale, regions)).isEmpty();
        assertThat(places.regionCode("город Астана")).contains("710000000");
    }

    @Test
    void anEntryTheCurrentTextSuggestsIsTaken() {
        List<String> current = places.suggestRegions("Алм", "ru");
        assertThat(current).hasSizeGreaterThan(1);

        assertThat(CompletionChoice.onEnter("Алм", current.get(1), regions)).contains(current.get(1));
    }

    @Test
    void aStaleEntryIsNotTakenWhenTheCurrentTextIsAmbiguous() {
        String stale = places.suggestCountries("Ав", "ru").get(0);
        Function<String, List<String>> countries = typed -> places.suggestCountries(typed, "ru");
        assertThat(countries.apply("Ка")).hasSizeGreaterThan(1).doesNotContain(stale);

        assertThat(CompletionChoice.onEnter("Ка", stale, countries)).isEmpty();
    }
}
