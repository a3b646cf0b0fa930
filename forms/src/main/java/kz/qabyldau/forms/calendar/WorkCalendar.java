package kz.qabyldau.forms.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import kz.qabyldau.forms.reference.versioning.NoDataForYearException;

/**
 * Working days and office hours of the front office: when something filed is registered
 * (p.14) and when a term counted in working days ends (p.7). Immutable and thread-safe.
 * Every question about a year without calendar data throws {@link NoDataForYearException}:
 * a deadline must never be computed from a guessed calendar.
 */
public final class WorkCalendar {

    private final OfficeHours hours;
    private final Map<Integer, CalendarYear> years;
    private final Map<LocalDate, DayOff> daysOff;
    private final Set<LocalDate> workedWeekendDays;

    /**
     * @param hours the office hours of a working day
     * @param years the years the calendar knows
     */
    public WorkCalendar(OfficeHours hours, Collection<CalendarYear> years) {
        this.hours = Objects.requireNonNull(hours, "hours");
        Map<Integer, CalendarYear> byYear = new HashMap<>();
        Map<LocalDate, DayOff> off = new HashMap<>();
        Set<LocalDate> worked = new HashSet<>();
        for (CalendarYear year : years) {
            if (byYear.put(year.year(), year) != null) {
                throw new IllegalArgumentException("Calendar year " + year.year() + " given twice");
            }
            year.daysOff().forEach(d -> off.put(d.date(), d));
            worked.addAll(year.workingWeekendDays());
        }
        this.years = Map.copyOf(byYear);
        this.daysOff = Map.copyOf(off);
        this.workedWeekendDays = Set.copyOf(worked);
    }

    /** Whether the day is worked: a weekday that is not off, or a weekend day worked by decree. */
    public boolean isWorkingDay(LocalDate day) {
        requireYear(day.getYear());
        if (daysOff.containsKey(day)) {
            return false;
        }
        return !CalendarGenerator.isWeekend(day) || workedWeekendDays.contains(day);
    }

    /**
     * The day on which a term of {@code n} working days ends, not counting the filing day
     * itself (p.7: "within 2 working days, not counting the day of application").
     *
     * @param filingDay the day of application (normally the {@link #registrationDay registration day})
     * @param n         the number of working days, 0 or more
     */
    public LocalDate addWorkingDays(LocalDate filingDay, int n) {
        if (n < 0) {
            throw new IllegalArgumentException("Working days to add must not be negative: " + n);
        }
        requireYear(filingDay.getYear());
        LocalDate day = filingDay;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    /**
     * The moment something filed at {@code filedAt} is registered (p.14): that moment itself
     * within office hours of a working day, otherwise the opening of the next working day.
     */
    public LocalDateTime nextWorkingMoment(LocalDateTime filedAt) {
        LocalDate day = filedAt.toLocalDate();
        if (isWorkingDay(day)) {
            if (hours.contains(filedAt.toLocalTime())) {
                return filedAt;
            }
            if (filedAt.toLocalTime().isBefore(hours.opens())) {
                return day.atTime(hours.opens());
            }
        }
        do {
            day = day.plusDays(1);
        } while (!isWorkingDay(day));
        return day.atTime(hours.opens());
    }

    /** The working day on which something filed at {@code filedAt} counts as received (p.14). */
    public LocalDate registrationDay(LocalDateTime filedAt) {
        return nextWorkingMoment(filedAt).toLocalDate();
    }

    /**
     * The year's days off other than ordinary weekends: every holiday (also one on a weekend),
     * every carried-over day and every day off moved by decree, in date order.
     */
    public List<LocalDate> daysOff(int year) {
        return dayOffDetails(year).stream().map(DayOff::date).toList();
    }

    /** Like {@link #daysOff(int)}, with the reason and source of each day. */
    public List<DayOff> dayOffDetails(int year) {
        requireYear(year);
        return years.get(year).daysOff();
    }

    /** Why the day is off, if it is a holiday, carried-over or transferred day. */
    public Optional<DayOff> dayOff(LocalDate day) {
        requireYear(day.getYear());
        return Optional.ofNullable(daysOff.get(day));
    }

    /** Saturdays and Sundays of the year worked by Government decree. */
    public SortedSet<LocalDate> workingWeekendDays(int year) {
        requireYear(year);
        return new TreeSet<>(years.get(year).workingWeekendDays());
    }

    /** The years this calendar knows. */
    public SortedSet<Integer> years() {
        return new TreeSet<>(years.keySet());
    }

    /** The office hours of a working day. */
    public OfficeHours officeHours() {
        return hours;
    }

    private void requireYear(int year) {
        if (!years.containsKey(year)) {
            throw new NoDataForYearException("calendar", year);
        }
    }
}
