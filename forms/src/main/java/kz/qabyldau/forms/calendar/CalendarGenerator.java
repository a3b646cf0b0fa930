package kz.qabyldau.forms.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import kz.qabyldau.forms.reference.versioning.Provenance;

/**
 * Builds a year of days off from the holiday rules, that year's movable holidays and the
 * Government's transfers, applying the carry-over rule: a statutory holiday on a Saturday or
 * Sunday gives the next working day off (Labour Code art. 84–85); religious days are never
 * carried over.
 */
public final class CalendarGenerator {

    private CalendarGenerator() {
    }

    /**
     * Computes one year.
     *
     * @param year          the year
     * @param rules         the yearly holiday rules (each knows the period it is in force)
     * @param rulesSource   provenance of the rules file, for rules that name no source of their own
     * @param movable       this year's movable holidays
     * @param transfers     this year's decreed transfers
     * @param yearSource    provenance of the year file
     * @return the year's days off and worked weekend days
     * @throws IllegalArgumentException when the year data contradicts itself (a date outside the
     *                                  year, a worked "weekend day" that is a weekday)
     */
    public static CalendarYear generate(int year, List<HolidayRule> rules, Provenance rulesSource,
                                        List<MovableHoliday> movable, List<Transfer> transfers,
                                        Provenance yearSource) {
        Map<LocalDate, DayOff> off = new TreeMap<>();
        List<DayOff> statutory = new ArrayList<>();
        for (HolidayRule rule : rules) {
            rule.dateIn(year).ifPresent(date -> addHoliday(off, statutory, new DayOff(date, reasonOf(rule.kind()),
                    rule.id(), rulesSource.overriddenBy(rule.source(), rule.confidence()))));
        }
        for (MovableHoliday holiday : movable) {
            requireInYear(year, holiday.date(), "holiday " + holiday.id());
            addHoliday(off, statutory, new DayOff(holiday.date(), reasonOf(holiday.kind()), holiday.id(),
                    yearSource.overriddenBy(holiday.source(), holiday.confidence())));
        }
        Set<LocalDate> workedWeekendDays = new HashSet<>();
        for (Transfer transfer : transfers) {
            requireInYear(year, transfer.workingDay(), "transfer");
            requireInYear(year, transfer.dayOff(), "transfer");
            if (!isWeekend(transfer.workingDay())) {
                throw new IllegalArgumentException("Transfer: " + transfer.workingDay()
                        + " is already a working day (" + transfer.workingDay().getDayOfWeek() + ")");
            }
            workedWeekendDays.add(transfer.workingDay());
            off.putIfAbsent(transfer.dayOff(), new DayOff(transfer.dayOff(), DayOff.Reason.TRANSFERRED, null,
                    yearSource.overriddenBy(transfer.source(), transfer.confidence())));
        }
        // Chronological order matters: 21-23 March over a weekend carries 22 to Monday, then 23
        // must skip Monday (now off) and land on Tuesday.
        statutory.sort((a, b) -> a.date().compareTo(b.date()));
        for (DayOff holiday : statutory) {
            if (isWeekend(holiday.date()) && !workedWeekendDays.contains(holiday.date())) {
                LocalDate next = holiday.date().plusDays(1);
                while (!isWorking(next, off, workedWeekendDays)) {
                    next = next.plusDays(1);
                }
                requireInYear(year, next, "day carried over from " + holiday.date());
                off.put(next, new DayOff(next, DayOff.Reason.CARRIED_OVER, holiday.holidayId(),
                        rulesSource));
            }
        }
        return new CalendarYear(year, new ArrayList<>(off.values()), workedWeekendDays);
    }

    private static void addHoliday(Map<LocalDate, DayOff> off, List<DayOff> statutory, DayOff day) {
        DayOff earlier = off.get(day.date());
        // A religious day on a statutory holiday must not hide the statutory one: only the
        // statutory holiday is carried over if that day is a weekend day.
        if (earlier == null || earlier.reason() == DayOff.Reason.RELIGIOUS_HOLIDAY) {
            off.put(day.date(), day);
        }
        if (day.reason() == DayOff.Reason.STATUTORY_HOLIDAY) {
            statutory.add(day);
        }
    }

    private static DayOff.Reason reasonOf(HolidayKind kind) {
        return kind == HolidayKind.STATUTORY ? DayOff.Reason.STATUTORY_HOLIDAY : DayOff.Reason.RELIGIOUS_HOLIDAY;
    }

    private static boolean isWorking(LocalDate day, Map<LocalDate, DayOff> off, Set<LocalDate> workedWeekendDays) {
        return !off.containsKey(day) && (!isWeekend(day) || workedWeekendDays.contains(day));
    }

    static boolean isWeekend(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
    }

    private static void requireInYear(int year, LocalDate date, String what) {
        if (date.getYear() != year) {
            throw new IllegalArgumentException("Calendar " + year + ": " + what + " on " + date
                    + " is outside the year");
        }
    }
}
