package kz.qabyldau.app.central;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The dates of a submission the server can judge itself (protocol 3.3): the law is applied as of {@code filedAt}, so a
 * desk that could choose it freely could file under the rules of any day it likes.
 *
 * <ul>
 *   <li>{@code acceptedAt} is not in the future (beyond the clock skew allowed);</li>
 *   <li>{@code acceptedAt} is not older than the oldest outbox entry a desk may still hold;</li>
 *   <li>{@code filedAt} is not after the receipt, not after {@code acceptedAt}, and not longer before it than a
 *       filing takes.</li>
 * </ul>
 */
final class DateRules {

    private final CentralLimits limits;

    DateRules(CentralLimits limits) {
        this.limits = limits;
    }

    /** @throws SyncError 422 DATE_OUT_OF_RANGE naming the field */
    void check(LocalDateTime filedAt, OffsetDateTime acceptedAt, OffsetDateTime receivedAt) {
        if (acceptedAt.isAfter(receivedAt.plus(limits.clockSkew()))) {
            throw outOfRange("acceptedAt", "acceptedAt " + acceptedAt + " is after the server's time " + receivedAt);
        }
        if (acceptedAt.isBefore(receivedAt.minus(limits.maxOutboxAge()))) {
            throw outOfRange("acceptedAt", "acceptedAt " + acceptedAt + " is more than "
                    + limits.maxOutboxAge().toDays() + " days before the receipt");
        }
        if (filedAt == null) {
            return;
        }
        LocalDateTime received = receivedAt.atZoneSameInstant(CentralConfig.ZONE).toLocalDateTime();
        LocalDateTime accepted = acceptedAt.atZoneSameInstant(CentralConfig.ZONE).toLocalDateTime()
                .truncatedTo(ChronoUnit.MINUTES);
        if (filedAt.isAfter(received.plus(limits.clockSkew()))) {
            throw outOfRange("application.filedAt", "filedAt " + filedAt + " is after the receipt " + received);
        }
        if (filedAt.isAfter(accepted)) {
            throw outOfRange("application.filedAt", "filedAt " + filedAt + " is after acceptedAt " + acceptedAt);
        }
        if (filedAt.isBefore(accepted.minus(limits.maxFilingToAcceptance()))) {
            throw outOfRange("application.filedAt", "filedAt " + filedAt + " is more than "
                    + limits.maxFilingToAcceptance().toHours() + " h before acceptedAt " + acceptedAt);
        }
    }

    private static SyncError outOfRange(String field, String message) {
        return new SyncError(422, "DATE_OUT_OF_RANGE", message).with("field", field);
    }
}
