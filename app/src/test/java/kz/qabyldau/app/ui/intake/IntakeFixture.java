package kz.qabyldau.app.ui.intake;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;

import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.i18n.Language;
import kz.qabyldau.app.store.Database;
import kz.qabyldau.app.store.applications.ApplicationStore;
import kz.qabyldau.app.ui.common.RecordingDialogs;
import kz.qabyldau.app.ui.common.TaskExecutor;
import kz.qabyldau.forms.reference.ReferenceData;
import kz.qabyldau.forms.verdict.Verdicts;
import kz.qabyldau.forms.service.ServiceCatalog;

/**
 * What the intake tests share: a real application store in a temporary folder, the bundled law core, a clock the
 * test moves, tasks run on the calling thread and saves without waiting.
 */
final class IntakeFixture implements AutoCloseable {

    /** Monday 2 March 2026, 10:15 in Astana: a working day within office hours. */
    static final Instant MONDAY_MORNING = Instant.parse("2026-03-02T05:15:00Z");
    static final ZoneId ASTANA = ZoneId.of("Asia/Almaty");

    static final String PASSPORT_LINE_1 = "P<UZBKARIMOV<<ALISHER<<<<<<<<<<<<<<<<<<<<<<<";
    static final String PASSPORT_LINE_2 = "FA12345673UZB9003129M3002016<<<<<<<<<<<<<<06";
    /** The same zone with the document number's check digit mistyped (4 instead of 3). */
    static final String PASSPORT_LINE_2_BAD_NUMBER = "FA12345674UZB9003129M3002016<<<<<<<<<<<<<<06";

    private static final Verdicts VERDICTS = verdicts();
    static final ReferenceData REFERENCE = ReferenceData.loadBundled();

    final MovableClock clock = new MovableClock(MONDAY_MORNING, ASTANA);
    final I18n i18n = new I18n(Language.RU);
    final RecordingDialogs dialogs = new RecordingDialogs();
    final Database database;
    final ApplicationStore store;

    IntakeFixture(Path folder) {
        database = Database.open(DataFolder.at(folder, false));
        store = ApplicationStore.open(database, true, clock);
    }

    IntakeSessions sessions(Debouncer debouncer) {
        return new IntakeSessions(store.drafts(), VERDICTS, clock, TaskExecutor.callingThread(), debouncer, dialogs,
                i18n);
    }

    IntakeSessions sessions() {
        return sessions(Debouncer.immediate());
    }

    /** A new draft of {@code service} opened as a session. */
    IntakeSession start(String service) {
        IntakeSessions sessions = sessions();
        return sessions.open(sessions.createDraft(service, "A-17", "Айгүл Сейітова"));
    }

    @Override
    public void close() {
        database.close();
    }

    private static Verdicts verdicts() {
        ReferenceData reference = ReferenceData.loadBundled();
        return new Verdicts(ServiceCatalog.loadBundled(), reference, reference.calendar());
    }

    /** A clock that stands still until the test moves it. */
    static final class MovableClock extends Clock {
        private Instant now;
        private final ZoneId zone;

        MovableClock(Instant now, ZoneId zone) {
            this.now = now;
            this.zone = zone;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new MovableClock(now, other);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Holds the scheduled save until the test lets the quiet period end. */
    static final class ManualDebouncer implements Debouncer {
        private Runnable waiting;

        @Override
        public void schedule(Runnable action) {
            waiting = action;
        }

        @Override
        public void cancel() {
            waiting = null;
        }

        boolean waiting() {
            return waiting != null;
        }

        void quietPeriodEnds() {
            Runnable action = waiting;
            waiting = null;
            if (action != null) {
                action.run();
            }
        }
    }
}
