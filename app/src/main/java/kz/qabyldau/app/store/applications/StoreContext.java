package kz.qabyldau.app.store.applications;

import java.time.Clock;
import java.time.Instant;

import kz.qabyldau.app.store.AuditLog;
import kz.qabyldau.app.store.Database;

/** What every part of the application store shares: the database, the clock, who and where we are. */
record StoreContext(Database database, Clock clock, AuditLog auditLog, String workstationId, boolean training,
                    long sessionId) {

    /** Now, in milliseconds: ISO strings of equal precision sort as text in the database. */
    Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
    }
}
