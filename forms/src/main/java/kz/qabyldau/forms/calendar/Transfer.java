package kz.qabyldau.forms.calendar;

import java.time.LocalDate;
import java.util.Objects;
import kz.qabyldau.forms.reference.versioning.Confidence;

/**
 * A day off moved by Government decree: a weekend day becomes a working day and a weekday
 * becomes a day off (2024: Saturday 4 May worked, Wednesday 8 May off).
 *
 * @param workingDay the weekend day that is worked
 * @param dayOff     the weekday that is off instead
 * @param source     the decree, or {@code null} to use the year file's source
 * @param confidence its own confidence, or {@code null} to use the year file's
 */
public record Transfer(LocalDate workingDay, LocalDate dayOff, String source, Confidence confidence) {

    public Transfer {
        Objects.requireNonNull(workingDay, "workingDay");
        Objects.requireNonNull(dayOff, "dayOff");
    }
}
