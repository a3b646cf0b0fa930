package kz.qabyldau.app.reports;

import java.time.Instant;
import java.util.Optional;

/**
 * What waits now and since when, and what was done in the period.
 *
 * @param handoutWaiting   decisions received and not yet handed out
 * @param handoutOldest    when the oldest of them arrived
 * @param handedOut        decisions handed out in the period
 * @param outboxWaiting    accepted applications not yet sent to the central service
 * @param outboxOldest     when the oldest of them was accepted
 */
public record WaitingFigures(int handoutWaiting, Optional<Instant> handoutOldest, int handedOut,
                             int outboxWaiting, Optional<Instant> outboxOldest) {
}
