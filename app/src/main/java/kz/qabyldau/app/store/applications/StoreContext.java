package kz.qabyldau.app.store.applications;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import kz.qabyldau.app.store.AuditLog;
import kz.qabyldau.app.store.Database;

/** What every part of the application store shares: the database, the clock, who and where we are. */
record StoreContext(Database database, Clock clock, AuditLog auditLog, String workstationId, boolean training,
                    long sessionId) {

    /**
     * Instants as stored: always three fraction digits ({@code 2026-03-02T05:15:00.000Z}). {@link Instant#toString()}
     * drops a zero fraction, and then "…:00Z" sorts after "…:00.100Z" as text, which would break ORDER BY.
     */
    private static final DateTimeFormatter STORED = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    /** Now, in milliseconds (the stored precision). */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** The text stored for {@code instant} (milliseconds, fixed width, sorts as time). */
    static String iso(Instant instant) {
        return STORED.format(instant);
    }
}
