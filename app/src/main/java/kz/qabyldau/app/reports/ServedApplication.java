package kz.qabyldau.app.reports;

import java.time.Duration;
import java.time.Instant;

/**
 * One applicant served at the desk, as Today lists them against the 20-minute standard (App. 2): when intake
 * finished, for which service, whether it was accepted or refused at intake, and the desk's service timer. No
 * name or document: the clerk knows whom they served, the list only shows how long it took.
 */
public record ServedApplication(Instant finishedAt, String service, boolean refusedAtIntake, Duration time) {

    public boolean overStandard() {
        return time.compareTo(ServiceTime.STANDARD) > 0;
    }
}
