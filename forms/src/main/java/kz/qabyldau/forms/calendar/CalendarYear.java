package kz.qabyldau.forms.calendar;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One year of the working-day calendar, as computed by {@link CalendarGenerator}.
 *
 * @param year               the year
 * @param daysOff            holidays (also those on a weekend), carried-over and transferred days, by date
 * @param workingWeekendDays Saturdays or Sundays worked by Government decree
 */
public record CalendarYear(int year, List<DayOff> daysOff, Set<LocalDate> workingWeekendDays) {

    public CalendarYear {
        Objects.requireNonNull(daysOff, "daysOff");
        daysOff = daysOff.stream().sorted(Comparator.comparing(DayOff::date)).toList();
        workingWeekendDays = Set.copyOf(workingWeekendDays);
        for (DayOff d : daysOff) {
            if (d.date().getYear() != year) {
                throw new IllegalArgumentException("Day off " + d.date() + " is not in " + year);
            }
        }
    }
}
