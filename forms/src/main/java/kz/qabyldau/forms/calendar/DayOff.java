package kz.qabyldau.forms.calendar;

import java.time.LocalDate;
import java.util.Objects;
import kz.qabyldau.forms.reference.versioning.Provenance;

/**
 * A day that is not worked although it is not an ordinary weekend, or a holiday that falls on
 * a weekend.
 *
 * @param date       the day
 * @param reason     why it is off
 * @param holidayId  the holiday concerned (for a carried-over day: the holiday it replaces),
 *                   {@code null} for a decreed transfer
 * @param provenance the source of the rule that makes it a day off
 */
public record DayOff(LocalDate date, Reason reason, String holidayId, Provenance provenance) {

    /** Why a day is off. */
    public enum Reason {
        /** A national holiday of the Law on holidays art. 5. */
        STATUTORY_HOLIDAY,
        /** A religious day off (never carried over). */
        RELIGIOUS_HOLIDAY,
        /** The next working day after a national holiday on a Saturday or Sunday. */
        CARRIED_OVER,
        /** A day off moved here by Government decree. */
        TRANSFERRED
    }

    public DayOff {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(provenance, "provenance");
    }
}
