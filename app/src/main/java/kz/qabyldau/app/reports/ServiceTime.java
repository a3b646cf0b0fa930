package kz.qabyldau.app.reports;

import java.time.Duration;

/**
 * How long one operator served applicants: the desk's service timer of every application they finished.
 * Percentiles are nearest-rank (the median of 4 values is the 2nd), so every figure is a time that happened.
 *
 * @param operator      the name the applications were finished under
 * @param applications  how many
 * @param median        the 50th percentile
 * @param p90           the 90th percentile
 * @param overStandard  how many took longer than the 20-minute standard (App. 2 of the permit rules)
 */
public record ServiceTime(String operator, int applications, Duration median, Duration p90, int overStandard) {

    /** The standard: at most 20 minutes (App. 2, row 3). */
    public static final Duration STANDARD = Duration.ofMinutes(20);
}
