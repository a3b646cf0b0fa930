package kz.qabyldau.app.store.applications;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import kz.qabyldau.app.store.AuditLog;
import kz.qabyldau.app.store.Database;
import kz.qabyldau.app.store.StoredInstants;

/** What every part of the application store shares: the database, the clock, who and where we are. */
record StoreContext(Database database, Clock clock, AuditLog auditLog, String workstationId, boolean training,
                    long sessionId) {

    /** Now, in milliseconds (the stored precision). */
    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** The text stored for {@code instant} (milliseconds, fixed width, sorts as time). */
    static String iso(Instant instant) {
        return StoredInstants.format(instant);
    }
}
