package kz.qabyldau.app.reports;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * The registration days a report covers, both ends included. Applications count on their registration day
 * (p.14: the working day they count as received), decisions on the day the provider decided.
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

    /** Longer periods than this are refused: ten years is more than an office keeps on a workstation. */
    static final long MAX_DAYS = 3_700;

    public ReportPeriod {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends " + to + " before it starts " + from);
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new IllegalArgumentException("period of more than " + MAX_DAYS + " days");
        }
    }

    /** One day. */
    public static ReportPeriod day(LocalDate day) {
        return new ReportPeriod(day, day);
    }

    /** How many days, both ends counted. */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}
