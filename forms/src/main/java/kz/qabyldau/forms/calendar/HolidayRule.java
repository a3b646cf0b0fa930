package kz.qabyldau.forms.calendar;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import kz.qabyldau.forms.reference.versioning.Confidence;

/**
 * A holiday on the same day every year, in force for a period (e.g. Constitution Day on
 * 30 August up to 2025, on 15 March from 2027).
 *
 * @param id         a stable name ("nauryz-1")
 * @param month      month of the year, 1–12
 * @param day        day of the month
 * @param kind       statutory (carried over) or religious (not carried over)
 * @param from       first day the rule applies, or {@code null} for "always"
 * @param until      last day the rule applies, or {@code null} for "still in force"
 * @param names      name by language (kk, ru, en)
 * @param source     the rule's own source, or {@code null} to use the file's
 * @param confidence the rule's own confidence, or {@code null} to use the file's
 */
public record HolidayRule(String id, int month, int day, HolidayKind kind, LocalDate from, LocalDate until,
                          Map<String, String> names, String source, Confidence confidence) {

    public HolidayRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind of holiday " + id);
        names = names == null ? Map.of() : Map.copyOf(names);
        try {
            LocalDate.of(2024, month, day); // a leap year accepts every real month-day
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("Holiday " + id + ": no such day " + day + "." + month, e);
        }
    }

    /** The holiday's date in the year, if the rule is in force on that date. */
    public Optional<LocalDate> dateIn(int year) {
        if (month == 2 && day == 29 && !Year.isLeap(year)) {
            return Optional.empty();
        }
        LocalDate date = LocalDate.of(year, month, day);
        boolean inForce = (from == null || !date.isBefore(from)) && (until == null || !date.isAfter(until));
        return inForce ? Optional.of(date) : Optional.empty();
    }
}
