package kz.qabyldau.forms.calendar;

import java.time.LocalTime;
import java.util.Objects;
import kz.qabyldau.forms.reference.versioning.Provenance;

/**
 * The front office's hours on a working day, [opens, closes): something filed at the closing
 * minute is already outside them (p.14).
 *
 * @param opens      the first minute of work
 * @param closes     the first minute after work
 * @param provenance where the hours come from
 */
public record OfficeHours(LocalTime opens, LocalTime closes, Provenance provenance) {

    public OfficeHours {
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        Objects.requireNonNull(provenance, "provenance");
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("Office opens at " + opens + " but closes at " + closes);
        }
    }

    /** Whether the time of day is within the hours. */
    public boolean contains(LocalTime time) {
        return !time.isBefore(opens) && time.isBefore(closes);
    }
}
