package kz.qabyldau.app.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.config.LaunchOptions;
import kz.qabyldau.app.store.AuditAnchor;
import kz.qabyldau.app.store.AuditChain;
import kz.qabyldau.app.store.AuditLog;
import kz.qabyldau.app.store.Database;

/**
 * {@code audit verify [--data-dir DIR] [--training]}: walks the audit log's hash chain and says whether it is
 * intact or which entry was changed, removed or inserted first (docs/storage.md "Audit trail"). Reads only
 * what is stored, so it needs no operator and no key.
 */
public final class AuditCommand implements Command {

    static final int INTACT = 0;
    static final int BROKEN = 1;
    static final int INPUT_ERROR = 2;
    /** As {@code Launcher.STORAGE_FAILURE}: the data folder or the database cannot be used. */
    static final int STORAGE_FAILURE = 4;

    @Override
    public String name() {
        return "audit";
    }

    @Override
    public String summary() {
        return "verify the audit trail's hash chain (audit verify)";
    }

    @Override
    public String usage() {
        return """
                Usage: qabyldau audit verify [--data-dir DIR] [--training]

                Checks that no entry of the audit trail was changed, removed or inserted since it was written:
                each entry holds the SHA-256 of the entry before it and of its own content (docs/storage.md).
                Needs no password: only what is stored is read. The workstation must not be running on DIR.
                The newest entries removed together with the head record, or a tail forged by someone who
                re-computes the hashes, are caught only up to the last entry the central service acknowledged,
                or once a sync round finds the central copy differs (docs/sync-protocol.md, section 3.6).

                Exit status: 0 intact, 1 tampered (one line naming the first entry changed, removed or
                             inserted), 2 usage error, 4 no database in DIR, or it cannot be opened.
                """;
    }

    @Override
    public int run(List<String> args, LaunchOptions options, PrintStream out, PrintStream err) {
        Optional<Path> dataDir = options.dataDir();
        boolean training = options.training();
        boolean verify = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            switch (a) {
                case "verify" -> verify = true;
                case "--training" -> training = true;
                case "--data-dir" -> {
                    if (i + 1 >= args.size()) {
                        return usageError(err, "--data-dir needs a folder");
                    }
                    dataDir = Optional.of(Path.of(args.get(++i)));
                }
                default -> {
                    if (a.startsWith("--data-dir=")) {
                        dataDir = Optional.of(Path.of(a.substring("--data-dir=".length())));
                    } else {
                        return usageError(err, "unknown argument " + a);
                    }
                }
            }
        }
        if (!verify) {
            return usageError(err, "what to do? 'audit verify'");
        }
        DataFolder folder = DataFolder.resolve(new LaunchOptions(dataDir, training));
        if (!Files.isRegularFile(folder.databaseFile())) {
            // Never create an empty database to find it intact.
            err.println("qabyldau audit: no database in " + folder.root() + " (" + folder.databaseFile().getFileName()
                    + ")");
            return STORAGE_FAILURE;
        }
        try (Database db = Database.open(folder)) {
            AuditChain.Verification result = new AuditLog(db, Clock.systemUTC()).verify();
            if (result.intact()) {
                out.println("qabyldau audit: intact, " + result.entries() + " entries; " + new AuditAnchor(db)
                        .acknowledged().map(a -> "the central service held entries 1-" + a.id() + " at the last sync")
                        .orElse("none acknowledged by the central service yet"));
                return INTACT;
            }
            err.println("qabyldau audit: tampered: " + result.description());
            return BROKEN;
        }
    }

    private int usageError(PrintStream err, String message) {
        err.println("qabyldau audit: " + message);
        err.println("Try 'qabyldau audit --help'.");
        return INPUT_ERROR;
    }
}
