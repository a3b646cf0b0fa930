package kz.qabyldau.app.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.config.LaunchOptions;
import kz.qabyldau.app.settings.OfficeSettings;
import kz.qabyldau.app.store.AuditActions;
import kz.qabyldau.app.store.Database;
import kz.qabyldau.app.store.SqliteSettingsStore;
import kz.qabyldau.app.store.Vault;
import kz.qabyldau.app.store.applications.ApplicationStore;
import kz.qabyldau.app.store.applications.ImportedApplication;
import kz.qabyldau.app.store.applications.ScanRef;
import kz.qabyldau.app.store.applications.Scans;
import kz.qabyldau.app.store.crypto.DataKeyKeeper;
import kz.qabyldau.app.store.operators.Operator;
import kz.qabyldau.app.store.operators.Operators;
import kz.qabyldau.app.store.operators.SignInPolicy;
import kz.qabyldau.app.store.operators.SignInResult;
import kz.qabyldau.app.store.synthetic.SyntheticOffice;
import kz.qabyldau.app.store.synthetic.SyntheticScans;

/**
 * {@code generate}: fills a database with synthetic but valid applications in every state, for
 * demonstrations, training and benchmarks (docs/search.md). Refuses a database that is set up to sync with a
 * central service, so made-up people are never sent anywhere. An office database whose personal data is
 * encrypted (it has operators) is filled by a signed-in administrator ({@code --login}, the password asked as
 * {@code qabyldau operators} asks it): the applications are sealed and blind-indexed with the office's data key,
 * as the desk stores them, and the audit log says who generated how many.
 */
public final class GenerateCommand implements Command {

    static final int INPUT_ERROR = 2;
    static final int REFUSED = 3;
    static final int SIGN_IN_REFUSED = 5;
    private static final int BATCH = 5_000;
    private static final int MAX = 10_000_000;

    private final SecretInput secrets;

    public GenerateCommand() {
        this(null);
    }

    GenerateCommand(SecretInput secrets) {
        this.secrets = secrets;
    }

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
                                         [--manifest FILE] [--login LOGIN]
                  --data-dir DIR      the data folder to fill (also accepted before the command)
                  --training          fill the training database of that folder
                  --applications N    how many applications to add (1 to 10000000), in every state
                  --seed S            the same seed gives the same people and applications (default 1)
                  --manifest FILE     write the generated identities, one tab-separated line each
                                      (surname, IIN, passport, permit, reference, ticket, employer IIN,
                                      status), to FILE, which must be outside the data folder
                  --login LOGIN       an office database that has operators (its personal data is
                                      encrypted) is filled by a signed-in administrator: LOGIN's
                                      password is read from the terminal without echo, or else from
                                      standard input (one line); never give it on the command line
                The people are made up. A database set up to sync with a central service is refused.
                Exit status: 0 done, 2 usage error (also: --login missing for an office database with
                operators, or given where there are none), 3 refused (the database syncs with a central
                service), 5 sign-in refused (wrong password, locked, blocked, or not an administrator).
                """;
    }

    @Override
    public int run(List<String> args, LaunchOptions options, PrintStream out, PrintStream err) {
        Optional<Path> dataDir = options.dataDir();
        boolean training = options.training();
        long count = -1;
        long seed = 1;
        Optional<Path> manifest = Optional.empty();
        Optional<String> login = Optional.empty();
        try {
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                switch (a) {
                    case "--training" -> training = true;
                    case "--data-dir" -> dataDir = Optional.of(Path.of(value(args, ++i, a)));
                    case "--applications" -> count = Long.parseLong(value(args, ++i, a));
                    case "--seed" -> seed = Long.parseLong(value(args, ++i, a));
                    case "--manifest" -> manifest = Optional.of(Path.of(value(args, ++i, a)));
                    case "--login" -> login = Optional.of(value(args, ++i, a));
                    default -> throw new IllegalArgumentException(a.startsWith("--password")
                            ? "a password is never given on the command line: it is asked for"
                            : "unknown option " + a);
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
            if (!folder.training()) {
                // Before anything is read: an encrypted office's settings are read through its keeper.
                DataKeyKeeper.attach(db);
            }
            OfficeSettings settings = new SqliteSettingsStore(db).load();
            if (!folder.training() && !settings.centralUrl().isBlank()) {
                err.println("qabyldau generate: this database syncs with " + settings.centralUrl()
                        + "; made-up applications are only generated into a database that does not");
                return REFUSED;
            }
            Optional<String> operator;
            if (folder.training()) {
                if (login.isPresent()) {
                    err.println("qabyldau generate: --login: the training database has no operators");
                    return INPUT_ERROR;
                }
                operator = Optional.empty();
            } else {
                SignedIn signedIn = signIn(db, login, err);
                if (signedIn.refused() != 0) {
                    return signedIn.refused();
                }
                operator = signedIn.operator();
            }
            ApplicationStore store = ApplicationStore.open(db, folder.training());
            try {
                int status = generate(store, count, seed, manifest, out, err);
                if (status == 0 && operator.isPresent()) {
                    store.audit().record(operator.get(), AuditActions.GENERATED, "",
                            count + " synthetic applications, seed " + seed);
                }
                return status;
            } finally {
                store.endSession();
            }
        }
    }

    /** Who signed in (their full name, for the audit), or the exit status that refuses. */
    private record SignedIn(Optional<String> operator, int refused) {
    }

    /**
     * An office database keeps its data key with its operators: without one it is plain (nobody to sign in),
     * with one its personal data is sealed and a generated application must be too, so an administrator signs
     * in and opens the key first. The keeper is attached either way, so nothing is ever written in plain text
     * into an encrypted database.
     */
    private SignedIn signIn(Database db, Optional<String> login, PrintStream err) {
        DataKeyKeeper keys = DataKeyKeeper.attach(db);
        if (keys.state() == Vault.State.PLAIN) {
            if (login.isPresent()) {
                err.println("qabyldau generate: --login: this office has no operators yet (its data is not "
                        + "encrypted, nobody signs in)");
                return new SignedIn(Optional.empty(), INPUT_ERROR);
            }
            return new SignedIn(Optional.empty(), 0);
        }
        if (login.isEmpty()) {
            err.println("qabyldau generate: this office database has operators and encrypts personal data: "
                    + "an administrator signs in with --login LOGIN (the password is asked)");
            return new SignedIn(Optional.empty(), INPUT_ERROR);
        }
        Optional<char[]> password = input().read("Password of " + login.get() + ": ");
        if (password.isEmpty()) {
            err.println("qabyldau generate: no password given for " + login.get());
            return new SignedIn(Optional.empty(), INPUT_ERROR);
        }
        SignInResult result;
        try {
            result = Operators.of(db, keys, Clock.systemUTC(), SignInPolicy.OFFICE).signIn(login.get(),
                    password.get());
        } finally {
            Arrays.fill(password.get(), '\0');
        }
        String refusal = switch (result.outcome()) {
            case SIGNED_IN, MUST_CHANGE_PASSWORD -> null;
            case WRONG -> "wrong login or password";
            case LOCKED -> "too many wrong passwords: locked for now, try later";
            case BLOCKED -> "this operator is blocked";
            case KEY_NOT_OPENED -> "the password is right but does not open this database's data key";
        };
        if (refusal != null) {
            err.println("qabyldau generate: sign-in refused: " + refusal);
            return new SignedIn(Optional.empty(), SIGN_IN_REFUSED);
        }
        Operator operator = result.operator().orElseThrow();
        if (!operator.isAdministrator()) {
            // Made-up applications among an office's real ones: an administrator's decision, not a clerk's.
            err.println("qabyldau generate: " + operator.login() + " is not an administrator");
            return new SignedIn(Optional.empty(), SIGN_IN_REFUSED);
        }
        return new SignedIn(Optional.of(operator.fullName()), 0);
    }

    private SecretInput input() {
        return secrets != null ? secrets : Holder.STANDARD;
    }

    /** Opened once, on first use: standard input is read only when a password is asked. */
    private static final class Holder {
        static final SecretInput STANDARD = SecretInput.standard();
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
