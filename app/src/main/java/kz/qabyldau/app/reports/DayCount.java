package kz.qabyldau.app.reports;

import java.time.LocalDate;

/**
 * Applications of one service registered on one day: accepted (queued, sent, decided or handed out) and
 * refused at intake (p.17).
 */
public record DayCount(LocalDate day, String service, int accepted, int refusedAtIntake) {

    public int total() {
        return accepted + refusedAtIntake;
    }
}
