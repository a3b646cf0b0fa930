package kz.qabyldau.app.store.applications;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.qabyldau.app.store.AuditLog;
import kz.qabyldau.app.store.Database;

/**
 * The applications of this workstation: {@link #drafts()}, {@link #scans()}, {@link #intake()},
 * {@link #printedForms()}, {@link #outbox()}, {@link #records()} and {@link #search()}, all on one {@link Database}.
 *
 * <p>{@link #open} starts a work session; {@link #endSession()} on a clean exit (before
 * {@code Database.close()}) ends it. Drafts changed in a session that never ended (the program was
 * killed, the power was cut) are reported by the next start: {@link Drafts#openAtLastExit()}.
 * Every method blocks: call them from a background task, never on the FX thread.
 */
public final class ApplicationStore {

    private static final Logger LOG = LoggerFactory.getLogger(ApplicationStore.class);

    private final StoreContext context;
    private final List<UUID> restoredDrafts;
    private final Drafts drafts;
    private final Scans scans;
    private final Intake intake;
    private final PrintedForms printedForms;
    private final Outbox outbox;
    private final Records records;
    private final BulkImport bulkImport;
    private final Search search;
    private final ReturningEmployers returningEmployers;

    private ApplicationStore(StoreContext context, List<UUID> restoredDrafts) {
        this.context = context;
        this.restoredDrafts = restoredDrafts;
        this.drafts = new Drafts(context, restoredDrafts);
        this.scans = new Scans(context);
        this.intake = new Intake(context);
        this.printedForms = new PrintedForms(context);
        this.outbox = new Outbox(context);
        this.records = new Records(context);
        this.bulkImport = new BulkImport(context);
        this.search = new Search(context);
        this.returningEmployers = new ReturningEmployers(search, drafts);
    }

    /** Opens the store with the system clock; {@code training} marks every application made here. */
    public static ApplicationStore open(Database database, boolean training) {
        return open(database, training, Clock.systemUTC());
    }

    /**
     * Starts a work session: closes the sessions earlier starts left open, counting the drafts they
     * changed (restored), and records this one. Creates the workstation's id on first use.
     */
    public static ApplicationStore open(Database database, boolean training, Clock clock) {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(clock, "clock");
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Opened opened = database.write(c -> {
            String workstation = WorkSessions.workstationId(c);
            return new Opened(workstation, WorkSessions.start(c, workstation, now));
        });
        List<UUID> restored = opened.session().restoredDrafts();
        if (!restored.isEmpty()) {
            LOG.info("{} draft(s) were open when the program last stopped without closing: {}", restored.size(),
                    restored);
        }
        StoreContext context = new StoreContext(database, clock, new AuditLog(database, clock),
                opened.workstationId(), training, opened.session().sessionId());
        return new ApplicationStore(context, restored);
    }

    private record Opened(String workstationId, WorkSessions.Started session) {
    }

    /** Ends the work session: call on a clean exit, after the last save and before closing the database. */
    public void endSession() {
        context.database().write(c -> {
            WorkSessions.end(c, context.sessionId(), context.now());
            return null;
        });
    }

    /** This workstation's id (a UUID made on first use, kept in {@code settings}). */
    public String workstationId() {
        return context.workstationId();
    }

    /**
     * The audit trail, for recording accesses that change nothing (opening, search, printing, export); changes
     * record themselves in their own transaction.
     */
    public AuditLog audit() {
        return context.auditLog();
    }

    public Drafts drafts() {
        return drafts;
    }

    public Scans scans() {
        return scans;
    }

    public Intake intake() {
        return intake;
    }

    public PrintedForms printedForms() {
        return printedForms;
    }

    public Outbox outbox() {
        return outbox;
    }

    public Records records() {
        return records;
    }

    /** The office search: any application by name, IIN, passport, permit, reference or ticket. */
    public Search search() {
        return search;
    }

    /** A returning employer's latest application, found by the employer's IIN (the intake desk offers its data). */
    public ReturningEmployers returningEmployers() {
        return returningEmployers;
    }

    /** Writing generated applications in bulk ({@code qabyldau generate}); never used by the desk. */
    public BulkImport bulkImport() {
        return bulkImport;
    }

    /** The drafts the previous, unclean exit left open (oldest change first). */
    public List<UUID> restoredDrafts() {
        return restoredDrafts;
    }
}
