package kz.qabyldau.app.ui.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * How long the desk has served this applicant: the time of earlier sessions on the same draft plus the time since
 * this one opened. The standard gives a front office {@link IntakeSession#SERVICE_STANDARD} per applicant, so the
 * wizard shows it; the draft stores it with every save. It stops for good at the application's outcome, so a
 * record's time is the time up to its acceptance or refusal, however long the window stays open afterwards.
 */
final class ServiceTimer {

    private final Clock clock;
    private final Duration timeBefore;
    private final Instant openedAt;
    private final ReadOnlyObjectWrapper<Duration> elapsed = new ReadOnlyObjectWrapper<>(this, "elapsed");
    private boolean stopped;

    ServiceTimer(Clock clock, Duration timeBefore) {
        this.clock = Objects.requireNonNull(clock);
        this.timeBefore = timeBefore == null ? Duration.ZERO : timeBefore;
        this.openedAt = clock.instant();
        elapsed.set(this.timeBefore);
    }

    ReadOnlyObjectProperty<Duration> elapsed() {
        return elapsed.getReadOnlyProperty();
    }

    /** Updates {@link #elapsed()} from the clock, unless stopped. */
    void tick() {
        if (!stopped) {
            elapsed.set(timeBefore.plus(Duration.between(openedAt, clock.instant())));
        }
    }

    /** Takes the time once more and stands still from then on. */
    void stop() {
        tick();
        stopped = true;
    }
}
