package kz.qabyldau.app.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.config.LaunchOptions;
import kz.qabyldau.app.settings.OfficeSettings;
import kz.qabyldau.app.store.Database;
import kz.qabyldau.app.store.SqliteSettingsStore;
import kz.qabyldau.app.store.applications.ApplicationStore;
import kz.qabyldau.app.store.applications.ImportedApplication;
import kz.qabyldau.app.store.applications.ScanRef;
import kz.qabyldau.app.store.applications.Scans;
import kz.qabyldau.app.store.synthetic.SyntheticOffice;
import kz.qabyldau.app.store.synthetic.SyntheticScans;

/**
 * {@code generate}: fills a database with synthetic but valid applications in every state, for
 * demonstrations, training and benchmarks (docs/search.md). Refuses a database that is set up to sync with a
 * central service, so made-up people are never sent anywhere.
 */
public final class GenerateCommand implements Command {

    static final int INPUT_ERROR = 2;
    static final int REFUSED = 3;
    private static final int BATCH = 5_000;
    private static final int MAX = 10_000_000;

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public String summary() {
        return "fill a database with synthetic applications (demonstrations, training, benchmarks)";
    }

    @Override
    public String usage() {
        return """
                Usage: qabyldau generate [--data-dir DIR] [--training] --applications N [--seed S]
                                         [--manifest FILE]
                  --data-dir DIR      the data folder to fill (also accepted before the command)
                  --training          fill the training database of that folder
                  --applications N    how many applications to add (1 to 10000000), in every state
                  --seed S            the same seed gives the same people and applications (default 1)
                  --manifest FILE     write the generated identities, one tab-separated line each
                                      (surname, IIN, passport, permit, reference, ticket, employer IIN,
                                      status), to FILE, which must be outside the data folder
                The people are made up. A database set up to sync with a central service is refused.
                Exit status: 0 done, 2 usage error, 3 refused (the database syncs with a central service).
                """;
    }

    @Override
    public int run(List<String> args, LaunchOptions options, PrintStream out, PrintStream err) {
        Optional<Path> dataDir = options.dataDir();
        boolean training = options.training();
        long count = -1;
        long seed = 1;
        Optional<Path> manifest = Optional.empty();
        try {
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                switch (a) {
                    case "--training" -> training = true;
                    case "--data-dir" -> dataDir = Optional.of(Path.of(value(args, ++i, a)));
                    case "--applications" -> count = Long.parseLong(value(args, ++i, a));
                    case "--seed" -> seed = Long.parseLong(value(args, ++i, a));
                    case "--manifest" -> manifest = Optional.of(Path.of(value(args, ++i, a)));
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
        } catch (IllegalArgumentException e) {
            err.println("qabyldau generate: " + (e instanceof NumberFormatException ? "not a number: "
                    + e.getMessage() : e.getMessage()));
            err.println("Try 'qabyldau generate --help'.");
            return INPUT_ERROR;
        }
        if (count < 1 || count > MAX) {
            err.println("qabyldau generate: --applications N is needed, 1 to " + MAX);
            return INPUT_ERROR;
        }
        DataFolder folder = DataFolder.resolve(new LaunchOptions(dataDir, training));
        if (manifest.isPresent() && inside(manifest.get(), folder.root())) {
            err.println("qabyldau generate: the manifest must be written outside the data folder "
                    + folder.root());
            return INPUT_ERROR;
        }
        try (Database db = Database.open(folder)) {
            OfficeSettings settings = new SqliteSettingsStore(db).load();
            if (!folder.training() && !settings.centralUrl().isBlank()) {
                err.println("qabyldau generate: this database syncs with " + settings.centralUrl()
                        + "; made-up applications are only generated into a database that does not");
                return REFUSED;
            }
            ApplicationStore store = ApplicationStore.open(db, folder.training());
            try {
                return generate(store, count, seed, manifest, out, err);
            } finally {
                store.endSession();
            }
        }
    }

    private static int generate(ApplicationStore store, long count, long seed, Optional<Path> manifest,
                                PrintStream out, PrintStream err) {
        long started = System.nanoTime();
        List<String> scans = new ArrayList<>();
        for (byte[] png : SyntheticScans.images(8, seed)) {
            ScanRef ref = store.scans().put(png, Scans.PNG, "synthetic.png");
            scans.add(ref.sha256());
        }
        SyntheticOffice office = new SyntheticOffice(seed, LocalDate.now(ZoneId.of("Asia/Almaty")), scans);
        try (BufferedWriter lines = manifest.isPresent() ? Files.newBufferedWriter(manifest.get(),
                StandardCharsets.UTF_8) : null) {
            if (lines != null) {
                lines.write(SyntheticOffice.Identity.header());
                lines.newLine();
            }
            long done = 0;
            while (done < count) {
                int n = (int) Math.min(BATCH, count - done);
                List<SyntheticOffice.Generated> batch = office.next(n);
                List<ImportedApplication> apps = new ArrayList<>(n);
                for (SyntheticOffice.Generated g : batch) {
                    apps.add(g.application());
                    if (lines != null) {
                        lines.write(g.identity().line());
                        lines.newLine();
                    }
                }
                store.bulkImport().write(apps);
                done += n;
                if (done % 100_000 == 0) {
                    out.printf("qabyldau generate: %d of %d%n", done, count);
                }
            }
        } catch (IOException e) {
            err.println("qabyldau generate: cannot write the manifest: " + e.getMessage());
            return INPUT_ERROR;
        }
        out.printf("qabyldau generate: %d applications in %.1f s%n", count, (System.nanoTime() - started) / 1e9);
        return 0;
    }

    private static boolean inside(Path file, Path folder) {
        return file.toAbsolutePath().normalize().startsWith(folder.toAbsolutePath().normalize());
    }

    private static String value(List<String> args, int i, String option) {
        if (i >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(i);
    }
}
