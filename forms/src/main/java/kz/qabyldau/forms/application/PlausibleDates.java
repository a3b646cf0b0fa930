package kz.qabyldau.forms.application;

import java.time.LocalDate;

/**
 * The dates an application can mean at all: from 1900 to 2100. A year 99999 or 0001 is a typing or encoding
 * accident, not a date any rule could judge, so it is an input error wherever it appears (filing moment, field,
 * document). Not law: a sanity bound on input, the same for every service.
 */
public final class PlausibleDates {

    /** The earliest plausible date: no living applicant or valid document is older. */
    public static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    /** The latest plausible date: no document or permit runs that long. */
    public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

    static final String OUT_OF_RANGE = "is not a plausible date (years 1900–2100)";

    private PlausibleDates() {
    }

    /** Whether {@code date} lies within {@link #EARLIEST}..{@link #LATEST}. */
    public static boolean plausible(LocalDate date) {
        return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
    }
}
