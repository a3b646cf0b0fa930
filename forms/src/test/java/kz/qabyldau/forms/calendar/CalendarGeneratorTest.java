package kz.qabyldau.forms.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.qabyldau.forms.reference.versioning.Confidence;
import kz.qabyldau.forms.reference.versioning.Provenance;
import org.junit.jupiter.api.Test;

/** The carry-over rule (Labour Code art. 84–85) on constructed years, including collisions. */
class CalendarGeneratorTest {

    private static final Provenance TEST = new Provenance("test", Confidence.VERIFIED);

    private static HolidayRule statutory(String id, int month, int day) {
        return new HolidayRule(id, month, day, HolidayKind.STATUTORY, null, null, Map.of(), null, null);
    }

    private static List<LocalDate> carriedOver(CalendarYear year) {
        return year.daysOff().stream().filter(d -> d.reason() == DayOff.Reason.CARRIED_OVER)
                .map(DayOff::date).toList();
    }

    @Test
    void newYearOnSaturdayAndSundayGivesMondayAndTuesday() {
        // 1 Jan 2028 is a Saturday.
        CalendarYear y = CalendarGenerator.generate(2028,
                List.of(statutory("ny1", 1, 1), statutory("ny2", 1, 2)), TEST, List.of(), List.of(), TEST);
        assertThat(carriedOver(y)).containsExactly(LocalDate.of(2028, 1, 3), LocalDate.of(2028, 1, 4));
    }

    @Test
    void newYearOnSundaySkipsTheSecondOfJanuaryHoliday() {
        // 1 Jan 2023 is a Sunday and 2 Jan (Monday) is itself a holiday: Tuesday 3 Jan is off.
        CalendarYear y = CalendarGenerator.generate(2023,
                List.of(statutory("ny1", 1, 1), statutory("ny2", 1, 2)), TEST, List.of(), List.of(), TEST);
        assertThat(carriedOver(y)).containsExactly(LocalDate.of(2023, 1, 3));
    }

    @Test
    void carriedOverDaySkipsAReligiousDayOff() {
        // 1 Jan 2028 Saturday -> Monday 3 Jan would be next, but a religious day is put there.
        MovableHoliday monday = new MovableHoliday("r", LocalDate.of(2028, 1, 3), HolidayKind.RELIGIOUS,
                Map.of(), null, null);
        CalendarYear y = CalendarGenerator.generate(2028, List.of(statutory("ny1", 1, 1)), TEST,
                List.of(monday), List.of(), TEST);
        assertThat(carriedOver(y)).containsExactly(LocalDate.of(2028, 1, 4));
    }

    @Test
    void religiousDayOnAWeekendIsNotCarriedOver() {
        HolidayRule christmas = new HolidayRule("xmas", 1, 7, HolidayKind.RELIGIOUS, null, null, Map.of(), null, null);
        // 7 Jan 2024 is a Sunday.
        CalendarYear y = CalendarGenerator.generate(2024, List.of(christmas), TEST, List.of(), List.of(), TEST);
        assertThat(carriedOver(y)).isEmpty();
        assertThat(y.daysOff()).extracting(DayOff::date).containsExactly(LocalDate.of(2024, 1, 7));
    }

    @Test
    void religiousDayOnAStatutoryHolidayDoesNotHideIt() {
        // Kurban Ait on Sunday 6 July 2025 (Capital Day): the statutory holiday is still carried over.
        MovableHoliday kurban = new MovableHoliday("kurban", LocalDate.of(2025, 7, 6), HolidayKind.RELIGIOUS,
                Map.of(), null, null);
        CalendarYear y = CalendarGenerator.generate(2025, List.of(statutory("capital", 7, 6)), TEST,
                List.of(kurban), List.of(), TEST);
        assertThat(carriedOver(y)).containsExactly(LocalDate.of(2025, 7, 7));
    }

    @Test
    void ruleOutsideItsPeriodGivesNoDay() {
        HolidayRule until2025 = new HolidayRule("c", 8, 30, HolidayKind.STATUTORY, null, LocalDate.of(2025, 12, 31),
                Map.of(), null, null);
        assertThat(until2025.dateIn(2025)).contains(LocalDate.of(2025, 8, 30));
        assertThat(until2025.dateIn(2026)).isEmpty();
    }

    @Test
    void ruleWithItsOwnSourceKeepsIt() {
        HolidayRule own = new HolidayRule("c", 3, 15, HolidayKind.STATUTORY, null, null, Map.of(),
                "new Constitution", Confidence.MEDIUM);
        CalendarYear y = CalendarGenerator.generate(2027, List.of(own), TEST, List.of(), List.of(), TEST);
        assertThat(y.daysOff().get(0).provenance()).isEqualTo(new Provenance("new Constitution", Confidence.MEDIUM));
    }
}
