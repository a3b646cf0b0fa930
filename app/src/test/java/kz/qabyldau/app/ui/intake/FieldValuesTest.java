package kz.qabyldau.app.ui.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kz.qabyldau.forms.service.FieldDefinition;
import kz.qabyldau.forms.service.FieldType;
import kz.qabyldau.forms.service.LocalizedText;

/** What the clerk types becomes the application format's value, and back; text that is not a value is kept. */
class FieldValuesTest {

    private static FieldDefinition field(FieldType type) {
        return new FieldDefinition("x", type, false, new LocalizedText("x", "x", "x"), null, null, null, null,
                type == FieldType.ENUM ? List.of("a") : List.of(), false, null);
    }

    @ParameterizedTest(name = "date typed \"{0}\" is stored \"{1}\"")
    @CsvSource({
            "01.03.2026, 2026-03-01",
            "01032026, 2026-03-01",
            "' 29.02.2024 ', 2024-02-29",
            "2026-03-01, 2026-03-01",
            "31.02.2026, 31.02.2026",
            "1.3.26, 1.3.26"})
    void datesAreTypedDayMonthYearAndStoredIso(String typed, String stored) {
        assertThat(FieldValues.fromTyped(field(FieldType.DATE), typed)).isEqualTo(stored);
    }

    @ParameterizedTest(name = "six digits \"{0}\" in a date field (past: {1}) are {2}")
    @CsvSource({
            "010326, false, 2026-03-01",
            "010380, false, 2080-03-01",
            "120390, true, 1990-03-12",
            "010326, true, 2026-03-01",
            "310226, false, 310226"})
    void sixDigitsAreADateWithTheCenturyADateOfThePastNeeds(String typed, boolean past, String stored) {
        FieldDefinition f = new FieldDefinition("x", FieldType.DATE, false, new LocalizedText("x", "x", "x"), null,
                null, null, null, List.of(), past, null);

        assertThat(FieldValues.fromTyped(f, typed)).isEqualTo(stored);
        // Never a later year than this one for a date of the past.
        if (past) {
            assertThat(FieldValues.parseDate(typed, true)).isBeforeOrEqualTo(Year.now().atDay(1).plusYears(1));
        }
    }

    @ParameterizedTest(name = "money typed \"{0}\" is {1}")
    @CsvSource({"103800, 103800", "'103 800', 103800", "'1 234,50', 1234.50", "'103 800 ₸', 103800"})
    void moneyIsANumberWhateverTheSpacesAndDecimalComma(String typed, String stored) {
        assertThat(FieldValues.fromTyped(field(FieldType.MONEY), typed)).isEqualTo(new BigDecimal(stored));
    }

    @ParameterizedTest(name = "integer typed \"{0}\"")
    @CsvSource({"6, 6", "' 12 ', 12"})
    void wholeNumbersAreNumbers(String typed, long stored) {
        assertThat(FieldValues.fromTyped(field(FieldType.INTEGER), typed)).isEqualTo(stored);
    }

    @ParameterizedTest(name = "\"{0}\" in a {1} field is kept as typed")
    @CsvSource({"six, INTEGER", "1.5e, MONEY", "tomorrow, DATE"})
    void textThatIsNotAValueIsKeptForTheLawCoreToName(String typed, FieldType type) {
        assertThat(FieldValues.fromTyped(field(type), typed)).isEqualTo(typed);
    }

    @ParameterizedTest(name = "blank \"{0}\" is no value")
    @CsvSource({"''", "'   '"})
    void blankIsNoValue(String typed) {
        assertThat(FieldValues.fromTyped(field(FieldType.TEXT), typed)).isNull();
    }

    @ParameterizedTest(name = "stored {1} \"{0}\" is shown \"{2}\"")
    @CsvSource({"2026-03-01, DATE, 01.03.2026", "1234.50, MONEY, 1234.50", "Каримов, TEXT, Каримов"})
    void storedValuesAreShownAsTheClerkTypesThem(String stored, FieldType type, String shown) {
        Object value = type == FieldType.MONEY ? new BigDecimal(stored) : stored;
        assertThat(FieldValues.toTyped(field(type), value)).isEqualTo(shown);
    }
}
