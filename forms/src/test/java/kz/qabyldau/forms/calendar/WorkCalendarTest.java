package kz.qabyldau.forms.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import kz.qabyldau.forms.reference.ReferenceData;
import kz.qabyldau.forms.reference.ReferenceSource;
import kz.qabyldau.forms.reference.versioning.NoDataForYearException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Registration moments (p.14) and working-day terms (p.7) on the bundled calendar. */
class WorkCalendarTest {

    /** The day the expected tables were checked; later data versions must not change them silently. */
    private static final LocalDate DATA_AS_OF = LocalDate.of(2026, 11, 22);

    private final WorkCalendar calendar = ReferenceData.loadBundled().calendar(DATA_AS_OF);

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "2026-03-02T18:29, 2026-03-02T18:29",
        "2026-03-02T18:30, 2026-03-03T09:00",
        "2026-03-02T18:31, 2026-03-03T09:00",
    })
    void p14_officeClosesAtHalfPastSix(LocalDateTime filedAt, LocalDateTime registered) {
        assertThat(calendar.nextWorkingMoment(filedAt)).isEqualTo(registered);
    }

    @Test
    void p14_filedBeforeOpeningIsRegisteredAtNineTheSameDay() {
        assertThat(calendar.nextWorkingMoment(LocalDateTime.parse("2026-03-02T08:59")))
                .isEqualTo(LocalDateTime.parse("2026-03-02T09:00"));
    }

    @Test
    void p14_filedAtOpeningIsRegisteredAtOnce() {
        assertThat(calendar.nextWorkingMoment(LocalDateTime.parse("2026-03-02T09:00")))
                .isEqualTo(LocalDateTime.parse("2026-03-02T09:00"));
    }

    @Test
    void p14_saturdayFilingIsRegisteredOnTheNextWorkingDay() {
        // Saturday 7 March 2026; Sunday 8 March is Women's Day, carried over to Monday 9 March.
        assertThat(calendar.nextWorkingMoment(LocalDateTime.parse("2026-03-07T11:00")))
                .isEqualTo(LocalDateTime.parse("2026-03-10T09:00"));
    }

    @Test
    void p14_holidayOnAWeekendPushesRegistrationPastTheCarriedOverDay() {
        // Friday evening 8 May 2026; Victory Day is Saturday 9 May, carried over to Monday 11 May.
        assertThat(calendar.registrationDay(LocalDateTime.parse("2026-05-08T19:00")))
                .isEqualTo(LocalDate.of(2026, 5, 12));
    }

    @Test
    void p14_filedOnAHolidayIsRegisteredOnTheNextWorkingDay() {
        assertThat(calendar.nextWorkingMoment(LocalDateTime.parse("2026-03-23T10:00")))
                .isEqualTo(LocalDateTime.parse("2026-03-26T09:00"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        // 1-2 Jan holidays, Fri 3 Jan 2025 off by decree, Sun 5 Jan worked instead.
        "2024-12-31T18:45, 2025-01-05T09:00",
        // 1-2 Jan 2026 are Thursday and Friday, then the weekend.
        "2025-12-31T18:45, 2026-01-05T09:00",
        // 2 Jan 2027 is a Saturday, carried over to Monday 4 Jan.
        "2026-12-31T18:45, 2027-01-05T09:00",
    })
    void p14_newYearAfterHoursOnThirtyFirstOfDecember(LocalDateTime filedAt, LocalDateTime registered) {
        assertThat(calendar.nextWorkingMoment(filedAt)).isEqualTo(registered);
    }

    @Test
    void p14_decreedWorkingSaturdayIsAWorkingDayWithOfficeHours() {
        LocalDate saturday = LocalDate.of(2024, 5, 4);
        assertThat(calendar.isWorkingDay(saturday)).isTrue();
        assertThat(calendar.nextWorkingMoment(saturday.atTime(10, 0))).isEqualTo(saturday.atTime(10, 0));
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 5, 8))).isFalse();
    }

    @Test
    void p14_ordinarySaturdayIsNotAWorkingDay() {
        assertThat(calendar.isWorkingDay(LocalDate.of(2024, 5, 11))).isFalse();
    }

    @Test
    void p7_decisionDueTwoWorkingDaysAfterTheFilingDay() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 3, 2), 2)).isEqualTo(LocalDate.of(2026, 3, 4));
    }

    @Test
    void p7_filingDayIsNotCountedEvenBeforeAWeekend() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 27), 2)).isEqualTo(LocalDate.of(2026, 3, 3));
    }

    @Test
    void p7_termSkipsNauryzAndItsCarriedOverDays() {
        // Friday 20 March 2026; 21-25 March off (23 Monday holiday, 24-25 carried over).
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 3, 20), 2)).isEqualTo(LocalDate.of(2026, 3, 27));
    }

    @Test
    void p7_termCrossesTheNewYear() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 12, 31), 2)).isEqualTo(LocalDate.of(2026, 1, 6));
    }

    @Test
    void p7_termFromAFilingOnTheWorkingSaturdayOfMay2024() {
        // Filed Friday evening 3 May 2024 -> registered Saturday 4 May (worked by decree);
        // 6 May counts, 7 (holiday), 8 (transferred), 9 (holiday) do not, 10 May counts.
        LocalDate registered = calendar.registrationDay(LocalDateTime.parse("2024-05-03T19:00"));
        assertThat(registered).isEqualTo(LocalDate.of(2024, 5, 4));
        assertThat(calendar.addWorkingDays(registered, 2)).isEqualTo(LocalDate.of(2024, 5, 10));
    }

    @Test
    void p7_zeroWorkingDaysIsTheFilingDay() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 3, 2), 0)).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void p7_negativeTermIsRefused() {
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2026, 3, 2), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aYearWithoutDataIsAClearErrorNamingTheYear() {
        assertThatThrownBy(() -> calendar.isWorkingDay(LocalDate.of(2028, 1, 3)))
                .isInstanceOf(NoDataForYearException.class)
                .hasMessageContaining("2028")
                .satisfies(e -> assertThat(((NoDataForYearException) e).year()).isEqualTo(2028));
        assertThatThrownBy(() -> calendar.daysOff(2023))
                .isInstanceOf(NoDataForYearException.class).hasMessageContaining("2023");
    }

    @Test
    void p14_registrationRunningPastTheLastKnownYearIsAClearError() {
        assertThatThrownBy(() -> calendar.nextWorkingMoment(LocalDateTime.parse("2027-12-31T19:00")))
                .isInstanceOf(NoDataForYearException.class).hasMessageContaining("2028");
    }

    @Test
    void p14_officeHoursAreData() throws IOException {
        String rules;
        try (InputStream in = ReferenceSource.bundled().open("calendar/holidays.json")) {
            rules = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\"18:30\"", "\"17:00\"");
        }
        WorkCalendar shorter = ReferenceData.load(ReferenceSource.ofTexts(Map.of("calendar/holidays.json", rules))
                .overriding(ReferenceSource.bundled())).calendar();

        assertThat(shorter.officeHours().closes()).hasToString("17:00");
        assertThat(shorter.nextWorkingMoment(LocalDateTime.parse("2026-03-02T17:00")))
                .isEqualTo(LocalDateTime.parse("2026-03-03T09:00"));
    }
}
