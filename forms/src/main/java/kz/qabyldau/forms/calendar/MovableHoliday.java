package kz.qabyldau.forms.calendar;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import kz.qabyldau.forms.reference.versioning.Confidence;

/**
 * A holiday whose date changes every year (the first day of Kurban Ait, set by the Spiritual
 * Administration and announced by the Government).
 *
 * @param id         a stable name ("kurban-ait")
 * @param date       the day off this year
 * @param kind       statutory or religious
 * @param names      name by language
 * @param source     its own source, or {@code null} to use the year file's
 * @param confidence its own confidence, or {@code null} to use the year file's
 */
public record MovableHoliday(String id, LocalDate date, HolidayKind kind, Map<String, String> names,
                             String source, Confidence confidence) {

    public MovableHoliday {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(date, "date of holiday " + id);
        Objects.requireNonNull(kind, "kind of holiday " + id);
        names = names == null ? Map.of() : Map.copyOf(names);
    }
}
