package kz.qabyldau.app.cli;

import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.config.LaunchOptions;
import kz.qabyldau.app.settings.OfficeSettings;
import kz.qabyldau.app.store.AuditLog;
import kz.qabyldau.app.store.Database;
import kz.qabyldau.app.store.SqliteSettingsStore;
import kz.qabyldau.app.store.applications.ApplicationStore;
import kz.qabyldau.app.sync.Backoff;
import kz.qabyldau.app.sync.CentralClient;
import kz.qabyldau.app.sync.DeskSync;
import kz.qabyldau.app.sync.SyncConfig;
import kz.qabyldau.app.sync.SyncStore;
import kz.qabyldau.app.sync.SyncWorker;
import kz.qabyldau.app.sync.WorkstationKey;

/**
 * {@code sync}: one sync round with the configured central service from the command line (an office without
 * the window running, a support call), and setting the office code and token the worker identifies with.
 */
public final class SyncCommand implements Command {

    static final int INPUT_ERROR = 2;
    static final int OFFLINE = 3;

    @Override
    public String name() {
        return "sync";
    }

    @Override
    public String summary() {
        return "one sync round with the central service (push the outbox, pull decisions)";
    }

    @Override
    public String usage() {
        return """
                Usage: qabyldau sync [--data-dir DIR] [--training] [--office CODE] [--token TOKEN] [--once]
                  --office CODE   store the office code sent to the central service (A-Z a-z 0-9 . _ -),
                                  the same setting as "Office code" in Settings
                  --token TOKEN   store the token the central service gave this workstation, the same
                                  setting as "Workstation token" in Settings
                  --once          push what waits in the outbox and pull the changes, once (the default)
                The central service address is the one of Settings (https://, or http:// on loopback only).
                Exit status: 0 done, 2 usage error or not configured, 3 central service unreachable.
                """;
    }

    @Override
    public int run(List<String> args, LaunchOptions options, PrintStream out, PrintStream err) {
        Optional<String> office = Optional.empty();
        Optional<String> token = Optional.empty();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "--once" -> { }
                case "--office", "--token" -> {
                    if (i + 1 >= args.size()) {
                        err.println("qabyldau sync: " + a + " needs a value");
                        return INPUT_ERROR;
                    }
                    if (a.equals("--office")) {
                        office = Optional.of(args.get(++i));
                    } else {
                        token = Optional.of(args.get(++i));
                    }
                }
                default -> {
                    err.println("qabyldau sync: unknown option " + a);
                    err.println("Try 'qabyldau sync --help'.");
                    return INPUT_ERROR;
                }
            }
        }
        DataFolder folder = DataFolder.resolve(options);
        try (Database db = Database.open(folder)) {
            SyncStore store = new SyncStore(db, new AuditLog(db, Clock.systemUTC()));
            SqliteSettingsStore settingsStore = new SqliteSettingsStore(db);
            OfficeSettings settings = settingsStore.load();
            if (office.isPresent() && !OfficeSettings.OFFICE_CODE.matcher(office.get()).matches()) {
                err.println("qabyldau sync: invalid office code: " + office.get() + " (A-Z a-z 0-9 . _ -, at most 64)");
                return INPUT_ERROR;
            }
            if (office.isPresent() || token.isPresent()) {
                // The same settings the Settings page edits: the window then syncs with them too.
                settings = settings.withIdentity(office.orElse(settings.officeCode()), token.orElse(settings.token()));
                settingsStore.save(settings);
            }
            ApplicationStore applications = ApplicationStore.open(db, options.training());
            try {
                Optional<String> storedToken = DeskSync.token(settings, store);
                // An enrolled workstation signs with its key (readable while the office database is plain).
                Optional<WorkstationKey> key = store.workstationKey();
                if (settings.centralUrl().isBlank() || (storedToken.isEmpty() && key.isEmpty())
                        || settings.region().isEmpty()) {
                    err.println("qabyldau sync: not configured: set the central service address, the region and the "
                            + "token in Settings (or the token with --token)");
                    return INPUT_ERROR;
                }
                SyncConfig config;
                try {
                    config = SyncConfig.of(URI.create(settings.centralUrl()),
                            DeskSync.officeCode(settings, store).orElse("OFFICE-" + settings.regionCode()),
                            applications.workstationId(), settings.regionCode(), storedToken.orElse(""));
                } catch (IllegalArgumentException e) {
                    err.println("qabyldau sync: " + e.getMessage());
                    return INPUT_ERROR;
                }
                SyncWorker worker = new SyncWorker(applications, store, new CentralClient(config, () -> key),
                        Clock.systemUTC(), Backoff.standard());
                SyncWorker.Report r = worker.syncOnce();
                out.printf("qabyldau sync: %s; sent %d, failed %d, decisions %d, revocations %d, reference bundles %d; "
                        + "%d waiting%n", r.online() ? "online" : "offline", r.sent(), r.failed(), r.decisions(),
                        r.revocations(), r.bundles(), r.waiting());
                worker.status().lastError().ifPresent(e -> out.println("qabyldau sync: last problem: " + e));
                return r.online() ? 0 : OFFLINE;
            } finally {
                applications.endSession();
            }
        }
    }
}
