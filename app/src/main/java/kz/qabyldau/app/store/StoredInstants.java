package kz.qabyldau.app.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Instants as every table stores them: UTC, always three fraction digits
 * ({@code 2026-03-02T05:15:00.000Z}). {@link Instant#toString()} drops a zero fraction, and then
 * "…:00Z" sorts after "…:00.100Z" as text, which would break ORDER BY and range queries.
 */
public final class StoredInstants {

    private static final DateTimeFormatter STORED = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private StoredInstants() {
    }

    /** The text stored for {@code instant} (milliseconds, fixed width, sorts as time). */
    public static String format(Instant instant) {
        return STORED.format(instant);
    }
}
