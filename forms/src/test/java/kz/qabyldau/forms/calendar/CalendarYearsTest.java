package kz.qabyldau.forms.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import kz.qabyldau.forms.reference.ReferenceData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole years of the bundled calendar against the lists in REFERENCE-DATA.md (Law on holidays
 * art. 5, carry-over per Labour Code art. 84–85, Government transfers).
 */
class CalendarYearsTest {

    /** The day the expected tables were checked; later data versions must not change them silently. */
    private static final LocalDate DATA_AS_OF = LocalDate.of(2026, 11, 22);

    private final WorkCalendar calendar = ReferenceData.loadBundled().calendar(DATA_AS_OF);

    /** Every day off other than an ordinary weekend: holidays (also on weekends), carried-over, transferred. */
    static Stream<Arguments> expectedDaysOff() {
        return Stream.of(
                Arguments.of(2024, "01-01 01-02 01-07 03-08 03-21 03-22 03-23 03-25 05-01 05-07 05-08 05-09 "
                        + "06-16 07-06 07-08 08-30 10-25 12-16"),
                Arguments.of(2025, "01-01 01-02 01-03 01-07 03-08 03-10 03-21 03-22 03-23 03-24 03-25 05-01 05-07 "
                        + "05-09 06-06 07-06 07-07 08-30 09-01 10-25 10-27 12-16"),
                Arguments.of(2026, "01-01 01-02 01-07 03-08 03-09 03-21 03-22 03-23 03-24 03-25 05-01 05-07 05-09 "
                        + "05-11 05-27 07-06 10-25 10-26 12-16"),
                Arguments.of(2027, "01-01 01-02 01-04 01-07 03-08 03-15 03-21 03-22 03-23 03-24 05-01 05-03 05-07 "
                        + "05-09 05-10 05-16 07-06 10-25 12-16"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectedDaysOff")
    void wholeYearOfDaysOff(int year, String monthDays) {
        assertThat(calendar.daysOff(year)).containsExactlyElementsOf(dates(year, monthDays));
    }

    static Stream<Arguments> expectedCarriedOver() {
        return Stream.of(
                Arguments.of(2024, "03-25 07-08"),
                Arguments.of(2025, "03-10 03-24 03-25 07-07 09-01 10-27"),
                Arguments.of(2026, "03-09 03-24 03-25 05-11 10-26"),
                Arguments.of(2027, "01-04 03-24 05-03 05-10"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expectedCarriedOver")
    void carriedOverDaysMatchReferenceData(int year, String monthDays) {
        List<LocalDate> carried = calendar.dayOffDetails(year).stream()
                .filter(d -> d.reason() == DayOff.Reason.CARRIED_OVER).map(DayOff::date).toList();
        assertThat(carried).containsExactlyElementsOf(dates(year, monthDays));
    }

    @Test
    void decreedWorkingWeekendDays() {
        assertThat(calendar.workingWeekendDays(2024)).containsExactly(LocalDate.of(2024, 5, 4));
        assertThat(calendar.workingWeekendDays(2025)).containsExactly(LocalDate.of(2025, 1, 5));
        assertThat(calendar.workingWeekendDays(2026)).isEmpty();
    }

    @Test
    void constitutionDayIsThirtiethOfAugustUpTo2025NoneIn2026FifteenthOfMarchFrom2027() {
        assertThat(calendar.dayOff(LocalDate.of(2025, 8, 30))).map(DayOff::holidayId).contains("constitution-day");
        assertThat(calendar.dayOff(LocalDate.of(2026, 8, 30))).isEmpty();
        assertThat(calendar.dayOff(LocalDate.of(2026, 3, 16))).isEmpty();
        assertThat(calendar.dayOff(LocalDate.of(2027, 3, 15))).map(DayOff::holidayId).contains("constitution-day-2027");
        assertThat(calendar.dayOff(LocalDate.of(2027, 8, 30))).isEmpty();
    }

    @Test
    void religiousDaysOnAWeekendAreNotCarriedOver() {
        // Orthodox Christmas 2024 and Kurban Ait 2024 fell on Sundays; the Mondays after were worked.
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 1, 8))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 6, 17))).isTrue();
        assertThat(calendar.dayOff(LocalDate.of(2024, 6, 16)).orElseThrow().reason())
                .isEqualTo(DayOff.Reason.RELIGIOUS_HOLIDAY);
    }

    @Test
    void eachDayOffNamesItsSourceAndConfidence() {
        DayOff kurban2026 = calendar.dayOff(LocalDate.of(2026, 5, 27)).orElseThrow();
        assertThat(kurban2026.holidayId()).isEqualTo("kurban-ait");
        assertThat(kurban2026.provenance().source()).contains("Spiritual Administration");
        assertThat(kurban2026.provenance().confidence()).isNotNull();
        DayOff transfer = calendar.dayOff(LocalDate.of(2024, 5, 8)).orElseThrow();
        assertThat(transfer.reason()).isEqualTo(DayOff.Reason.TRANSFERRED);
        assertThat(transfer.provenance().source()).contains("decree");
    }

    private static List<LocalDate> dates(int year, String monthDays) {
        return Arrays.stream(monthDays.trim().split("\\s+"))
                .map(md -> LocalDate.parse(year + "-" + md)).toList();
    }
}
