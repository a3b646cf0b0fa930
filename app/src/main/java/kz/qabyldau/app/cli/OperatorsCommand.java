package kz.qabyldau.app.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.config.LaunchOptions;
import kz.qabyldau.app.i18n.Bundles;
import kz.qabyldau.app.i18n.Language;
import kz.qabyldau.app.store.Database;
import kz.qabyldau.app.store.crypto.DataKeyKeeper;
import kz.qabyldau.app.store.operators.Operator;
import kz.qabyldau.app.store.operators.OperatorException;
import kz.qabyldau.app.store.operators.Operators;
import kz.qabyldau.app.store.operators.Role;
import kz.qabyldau.app.store.operators.SignInPolicy;
import kz.qabyldau.app.store.operators.SignInResult;

/**
 * {@code operators}: the office's IT person manages operators without the window. Passwords come
 * from the terminal (no echo) or standard input, one per line, never from the command line. On a
 * data folder with no office operators yet, {@code add} creates the first administrator and prints
 * the recovery code once; every other change is signed by an administrator ({@code --admin}).
 */
public final class OperatorsCommand implements Command {

    static final int INPUT_ERROR = 2;
    static final int SIGN_IN_REFUSED = 5;

    private final SecretInput secrets;

    public OperatorsCommand() {
        this(null);
    }

    OperatorsCommand(SecretInput secrets) {
        this.secrets = secrets;
    }

    @Override
    public String name() {
        return "operators";
    }

    @Override
    public String summary() {
        return "list, add, block, unblock or reset the operators who sign in at this workstation";
    }

    @Override
    public String usage() {
        return """
                Usage: qabyldau operators list  [--data-dir DIR]
                       qabyldau operators add   [--data-dir DIR] --login LOGIN --role clerk|administrator
                                                --name "FULL NAME" [--admin ADMIN]
                       qabyldau operators block   [--data-dir DIR] --login LOGIN --admin ADMIN
                       qabyldau operators unblock [--data-dir DIR] --login LOGIN --admin ADMIN
                       qabyldau operators reset   [--data-dir DIR] --login LOGIN --admin ADMIN
                  --admin ADMIN   the administrator doing the change: their password is asked first
                Passwords are read from the terminal without echo, or else from standard input, one per
                line: the administrator's (with --admin), then the new password twice (add, reset,
                unblock). Never give a password on the command line.
                On a data folder without operators, 'add' needs --role administrator and no --admin: it
                creates the office database's first administrator and its data key, and prints the
                recovery code once (write it down, keep it in the office safe).
                A reset or unblocked operator must choose a new password at the next sign-in.
                Exit status: 0 done, 2 usage or input error (also: a short password, the two passwords
                differ, an unknown operator, the last administrator), 4 storage failure,
                5 sign-in refused (wrong password, locked, blocked, or not an administrator).
                """;
    }

    private record Options(String action, Map<String, String> values) {
        Optional<String> get(String name) {
            return Optional.ofNullable(values.get(name));
        }
    }

    @Override
    public int run(List<String> args, LaunchOptions launch, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("qabyldau operators: " + e.getMessage());
            err.println("Try 'qabyldau operators --help'.");
            return INPUT_ERROR;
        }
        if (launch.training()) {
            err.println("qabyldau operators: the training database has no operators (its trainee needs no password)");
            return INPUT_ERROR;
        }
        Optional<Path> dataDir = options.get("--data-dir").map(Path::of).or(launch::dataDir);
        DataFolder folder = DataFolder.resolve(new LaunchOptions(dataDir, false));
        if (options.action().equals("list") && !Files.exists(folder.databaseFile())) {
            out.println("qabyldau operators: no office database in " + folder.root() + ": no operators");
            return 0;
        }
        try (Database db = Database.open(folder)) {
            Operators operators = Operators.of(db, DataKeyKeeper.attach(db), Clock.systemUTC(), SignInPolicy.OFFICE);
            return switch (options.action()) {
                case "list" -> list(db, out);
                case "add" -> add(operators, options, out, err);
                default -> change(operators, options, out, err);
            };
        } catch (OperatorException e) {
            err.println("qabyldau operators: " + text(e));
            return e.messageKey().equals(OperatorException.NOT_ADMINISTRATOR) ? SIGN_IN_REFUSED : INPUT_ERROR;
        }
    }

    private static Options parse(List<String> args) {
        if (args.isEmpty()) {
            throw new IllegalArgumentException("list, add, block, unblock or reset is needed");
        }
        String action = args.get(0);
        if (!List.of("list", "add", "block", "unblock", "reset").contains(action)) {
            throw new IllegalArgumentException("unknown action " + action);
        }
        Map<String, String> values = new TreeMap<>();
        List<String> allowed = switch (action) {
            case "list" -> List.of("--data-dir");
            case "add" -> List.of("--data-dir", "--login", "--role", "--name", "--admin");
            default -> List.of("--data-dir", "--login", "--admin");
        };
        for (int i = 1; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--password") || a.startsWith("--password=")) {
                throw new IllegalArgumentException("a password is never given on the command line: it is asked for");
            }
            if (!allowed.contains(a)) {
                throw new IllegalArgumentException("unknown option " + a + " for " + action);
            }
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(a + " needs a value");
            }
            values.put(a, args.get(++i));
        }
        for (String needed : switch (action) {
            case "list" -> List.<String>of();
            case "add" -> List.of("--login", "--role", "--name");
            default -> List.of("--login", "--admin");
        }) {
            if (!values.containsKey(needed)) {
                throw new IllegalArgumentException(needed + " is needed");
            }
        }
        return new Options(action, values);
    }

    private static int list(Database db, PrintStream out) {
        List<Operator> all = Operators.listStored(db);
        if (all.isEmpty()) {
            out.println("qabyldau operators: no operators yet (the first 'add' creates the administrator)");
            return 0;
        }
        DateTimeFormatter day = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneId.systemDefault());
        out.printf("%-20s %-13s %-8s %-11s %-10s %s%n", "LOGIN", "ROLE", "STATE", "PASSWORD", "CREATED", "FULL NAME");
        for (Operator o : all) {
            out.printf("%-20s %-13s %-8s %-11s %-10s %s%n", o.login(), o.role().code(),
                    o.active() ? "active" : "blocked", o.mustChangePassword() ? "to change" : "set",
                    day.format(o.createdAt()), o.fullName());
        }
        return 0;
    }

    private int add(Operators operators, Options options, PrintStream out, PrintStream err) {
        Role role;
        try {
            role = Role.ofCode(options.get("--role").orElseThrow().toLowerCase(Locale.ROOT));
        } catch (OperatorException e) {
            err.println("qabyldau operators: --role is clerk or administrator");
            return INPUT_ERROR;
        }
        String login = options.get("--login").orElseThrow();
        String name = options.get("--name").orElseThrow();
        if (operators.needsFirstAdministrator()) {
            if (role != Role.ADMINISTRATOR || options.get("--admin").isPresent()) {
                err.println("qabyldau operators: this office has no operators yet: the first one is added with "
                        + "--role administrator and without --admin");
                return INPUT_ERROR;
            }
            Optional<char[]> password = newPassword(login, err);
            if (password.isEmpty()) {
                return INPUT_ERROR;
            }
            try {
                Optional<char[]> code = operators.createFirstAdministrator(login, name, password.get());
                out.println("qabyldau operators: first administrator " + login.strip().toLowerCase(Locale.ROOT)
                        + " created; the office database's personal data is now encrypted.");
                code.ifPresent(c -> {
                    out.println("Recovery code (shown this once; write it down and keep it in the office safe):");
                    out.println("  " + new String(c));
                    Arrays.fill(c, '\0');
                });
                return 0;
            } finally {
                Arrays.fill(password.get(), '\0');
            }
        }
        Optional<Integer> refused = signInAdministrator(operators, options, err);
        if (refused.isPresent()) {
            return refused.get();
        }
        Optional<char[]> password = newPassword(login, err);
        if (password.isEmpty()) {
            return INPUT_ERROR;
        }
        try {
            Operator added = operators.add(login, name, role, password.get());
            out.println("qabyldau operators: " + added.role().code() + " " + added.login()
                    + " added; they choose their own password at their first sign-in");
            return 0;
        } finally {
            Arrays.fill(password.get(), '\0');
        }
    }

    private int change(Operators operators, Options options, PrintStream out, PrintStream err) {
        Optional<Integer> refused = signInAdministrator(operators, options, err);
        if (refused.isPresent()) {
            return refused.get();
        }
        String login = options.get("--login").orElseThrow();
        if (options.action().equals("block")) {
            operators.block(login);
            out.println("qabyldau operators: " + login + " blocked; their password opens nothing any more");
            return 0;
        }
        Optional<char[]> password = newPassword(login, err);
        if (password.isEmpty()) {
            return INPUT_ERROR;
        }
        try {
            if (options.action().equals("reset")) {
                operators.resetPassword(login, password.get());
            } else {
                operators.unblock(login, password.get());
            }
        } finally {
            Arrays.fill(password.get(), '\0');
        }
        out.println("qabyldau operators: " + login + (options.action().equals("reset") ? " has a new password"
                : " unblocked with a new password") + "; they must change it at their next sign-in");
        return 0;
    }

    /** Empty when the administrator of {@code --admin} signed in; else the exit status. */
    private Optional<Integer> signInAdministrator(Operators operators, Options options, PrintStream err) {
        if (options.get("--admin").isEmpty()) {
            err.println("qabyldau operators: --admin ADMIN is needed: an administrator signs the change");
            return Optional.of(INPUT_ERROR);
        }
        Optional<char[]> password = input().read("Password of " + options.get("--admin").get() + ": ");
        if (password.isEmpty()) {
            err.println("qabyldau operators: no password given for " + options.get("--admin").get());
            return Optional.of(INPUT_ERROR);
        }
        SignInResult result;
        try {
            result = operators.signIn(options.get("--admin").get(), password.get());
        } finally {
            Arrays.fill(password.get(), '\0');
        }
        String refusal = switch (result.outcome()) {
            case SIGNED_IN, MUST_CHANGE_PASSWORD -> null;
            case WRONG -> "wrong login or password";
            case LOCKED -> "too many wrong passwords: locked until " + result.lockedUntil()
                    .map(DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.systemDefault())::format)
                    .orElse("later");
            case BLOCKED -> "this operator is blocked";
            case KEY_NOT_OPENED -> "the password is right but does not open this database's data key";
        };
        if (refusal != null) {
            err.println("qabyldau operators: sign-in refused: " + refusal);
            return Optional.of(SIGN_IN_REFUSED);
        }
        if (!result.operator().orElseThrow().isAdministrator()) {
            err.println("qabyldau operators: " + options.get("--admin").get() + " is not an administrator");
            return Optional.of(SIGN_IN_REFUSED);
        }
        return Optional.empty();
    }

    /** The new password, typed twice; empty (and said why) when missing or the two differ. */
    private Optional<char[]> newPassword(String login, PrintStream err) {
        Optional<char[]> first = input().read("New password for " + login + ": ");
        Optional<char[]> second = first.isPresent() ? input().read("The same password again: ") : Optional.empty();
        if (first.isEmpty() || second.isEmpty()) {
            first.ifPresent(p -> Arrays.fill(p, '\0'));
            err.println("qabyldau operators: the new password is needed twice (terminal or standard input)");
            return Optional.empty();
        }
        boolean same = Arrays.equals(first.get(), second.get());
        Arrays.fill(second.get(), '\0');
        if (!same) {
            Arrays.fill(first.get(), '\0');
            err.println("qabyldau operators: the two passwords differ; nothing was changed");
            return Optional.empty();
        }
        return first;
    }

    private SecretInput input() {
        return secrets != null ? secrets : Holder.STANDARD;
    }

    /** Opened once, on first use: standard input is read only by a command that asks for a password. */
    private static final class Holder {
        static final SecretInput STANDARD = SecretInput.standard();
    }

    private static String text(OperatorException e) {
        Language language = Arrays.stream(Language.values())
                .filter(l -> l.locale().getLanguage().equals(Locale.getDefault().getLanguage()))
                .findFirst().orElse(Language.EN);
        String pattern = Bundles.load(Bundles.UI, language).getString(e.messageKey());
        return new MessageFormat(pattern, language.locale()).format(new Object[] {SignInPolicy.OFFICE
                .minimumPasswordLength()});
    }
}
