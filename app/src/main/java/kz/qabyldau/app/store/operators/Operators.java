package kz.qabyldau.app.store.operators;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.qabyldau.app.store.AuditActions;
import kz.qabyldau.app.store.AuditLog;
import kz.qabyldau.app.store.Database;
import kz.qabyldau.app.store.Vault;
import kz.qabyldau.app.store.keys.OperatorKeys;

/**
 * The operators of an office database: the first administrator, sign-in with a lock after repeated
 * failures, and the administrator's work on other operators. Each step that changes who can open
 * the office's personal data goes to the data key's keeper ({@link OperatorKeys}) as well.
 *
 * <p>The service remembers who is signed in and checks the role itself: an administrator's action
 * called for a clerk throws {@link OperatorAccessDeniedException} whatever the screen shows. Every
 * method may run Argon2 (a fraction of a second): call it off the JavaFX thread.
 *
 * <p>Passwords are {@code char[]} and never kept, logged or stored; the caller wipes them.
 */
public final class Operators {

    private static final Logger LOG = LoggerFactory.getLogger(Operators.class);
    private static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{1,31}");
    /** More distinct unknown logins than this are forgotten (the counts only slow down guessing). */
    private static final int UNKNOWN_LOGINS_KEPT = 1_000;

    private final Database database;
    private final OperatorKeys keys;
    private final Clock clock;
    private final SignInPolicy policy;
    private final PasswordHash.Cost cost;
    private final AuditLog audit;
    /** Failures of logins that do not exist, in memory only: the typed text may be a password. */
    private final Map<String, Failures> unknownLogins = new HashMap<>();
    private volatile Operator current;

    private record Failures(int count, Instant lockedUntil) {
    }

    Operators(Database database, OperatorKeys keys, Clock clock, SignInPolicy policy, PasswordHash.Cost cost) {
        this.database = Objects.requireNonNull(database, "database");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.cost = Objects.requireNonNull(cost, "cost");
        this.audit = new AuditLog(database, clock);
    }

    /** The operators of {@code database}, whose data key {@code keys} keeps. */
    public static Operators of(Database database, OperatorKeys keys, Clock clock, SignInPolicy policy) {
        return new Operators(database, keys, clock, policy, PasswordHash.Cost.OFFICE);
    }

    /** The signed-in operator, if any. */
    public Optional<Operator> current() {
        return Optional.ofNullable(current);
    }

    public SignInPolicy policy() {
        return policy;
    }

    /** True while the office has no operator yet: the first start asks for the first administrator. */
    public boolean needsFirstAdministrator() {
        return database.read(OperatorRows::count) == 0;
    }

    /**
     * Creates the office's first administrator, makes the data key (from here on personal data is
     * sealed) and signs them in.
     *
     * @return the recovery code, to be shown once (empty for a database that keeps no key)
     * @throws OperatorException {@link OperatorException#ALREADY_SET_UP} when the office has operators or a key
     */
    public synchronized Optional<char[]> createFirstAdministrator(String login, String fullName, char[] password) {
        String checkedLogin = checkLogin(login);
        String name = checkName(fullName);
        checkPassword(password);
        if (!needsFirstAdministrator() || database.vault().state() != Vault.State.PLAIN) {
            throw new OperatorException(OperatorException.ALREADY_SET_UP, "this office already has its operators");
        }
        Operator first = new Operator(checkedLogin, name, Role.ADMINISTRATOR, true, false, "", clock.instant());
        String hash = PasswordHash.hash(password, cost);
        database.write(c -> {
            OperatorRows.insert(c, first, hash);
            audit.append(c, name, AuditActions.FIRST_ADMINISTRATOR, checkedLogin, "");
            return null;
        });
        Optional<char[]> code;
        try {
            code = keys.establish(checkedLogin, password);
        } catch (RuntimeException e) {
            database.write(c -> {
                OperatorRows.delete(c, checkedLogin);
                return null;
            });
            throw e;
        }
        current = first;
        LOG.info("First administrator {} created", checkedLogin);
        return code;
    }

    /**
     * Signs in: checks the password (or spends the same time on an unknown login), counts failures,
     * locks the login after {@link SignInPolicy#failuresBeforeLock()} of them, and opens the data key.
     * A wrong password opens nothing and leaves whoever was signed in signed in.
     */
    public synchronized SignInResult signIn(String login, char[] password) {
        String typed = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
        Instant now = clock.instant();
        Optional<OperatorRows.Row> found = database.read(c -> OperatorRows.find(c, typed));
        if (found.isEmpty()) {
            return unknownLogin(typed, password, now);
        }
        OperatorRows.Row row = found.get();
        if (row.lockedUntil().isPresent() && now.isBefore(row.lockedUntil().get())) {
            return SignInResult.locked(row.lockedUntil().get());
        }
        Operator operator = row.operator();
        if (!PasswordHash.verify(password, row.passwordHash())) {
            return wrongPassword(row, now);
        }
        if (!operator.active()) {
            record(operator.fullName(), AuditActions.SIGN_IN_BLOCKED, operator.login());
            return SignInResult.of(SignInResult.Outcome.BLOCKED);
        }
        if (!keys.open(operator.login(), password)) {
            record(operator.fullName(), AuditActions.SIGN_IN_KEY_NOT_OPENED, operator.login());
            LOG.warn("Operator {} gave the right password but the data key did not open", operator.login());
            return SignInResult.of(SignInResult.Outcome.KEY_NOT_OPENED);
        }
        // The operator still signed in types their password at the locked screen: an unlock, not a new sign-in.
        Operator before = current;
        boolean unlocking = before != null && before.login().equals(operator.login());
        database.write(c -> {
            OperatorRows.setFailures(c, operator.login(), 0, null);
            audit.append(c, operator.fullName(), unlocking ? AuditActions.UNLOCKED : AuditActions.SIGNED_IN,
                    operator.login(), "");
            return null;
        });
        current = operator;
        LOG.info("Operator {} signed in", operator.login());
        return SignInResult.signedIn(operator);
    }

    private SignInResult unknownLogin(String typed, char[] password, Instant now) {
        Failures before = unknownLogins.getOrDefault(typed, new Failures(0, null));
        if (before.lockedUntil() != null && now.isBefore(before.lockedUntil())) {
            return SignInResult.locked(before.lockedUntil());
        }
        PasswordHash.spendTheSameTime(password, cost);
        if (unknownLogins.size() >= UNKNOWN_LOGINS_KEPT) {
            unknownLogins.clear();
        }
        Failures after = failed(before.lockedUntil() == null ? before.count() : 0, now);
        unknownLogins.put(typed, after);
        // Never the typed text: a clerk sometimes types the password into the login field.
        record("", AuditActions.SIGN_IN_FAILED, "");
        return after.lockedUntil() == null ? SignInResult.of(SignInResult.Outcome.WRONG)
                : SignInResult.locked(after.lockedUntil());
    }

    private SignInResult wrongPassword(OperatorRows.Row row, Instant now) {
        int earlier = row.lockedUntil().isPresent() ? 0 : row.failedAttempts();
        Failures after = failed(earlier, now);
        String login = row.operator().login();
        database.write(c -> {
            OperatorRows.setFailures(c, login, after.lockedUntil() == null ? after.count() : 0, after.lockedUntil());
            audit.append(c, "", after.lockedUntil() == null ? AuditActions.SIGN_IN_FAILED : AuditActions.LOCKED_OUT,
                    login, "");
            return null;
        });
        LOG.info(after.lockedUntil() == null ? "Wrong password for operator {}"
                : "Operator {} locked after repeated wrong passwords", login);
        return after.lockedUntil() == null ? SignInResult.of(SignInResult.Outcome.WRONG)
                : SignInResult.locked(after.lockedUntil());
    }

    private Failures failed(int earlier, Instant now) {
        int count = earlier + 1;
        return count >= policy.failuresBeforeLock() ? new Failures(count, now.plus(policy.lockFor()))
                : new Failures(count, null);
    }

    /** Forgets who is signed in (the data key stays as it is: closing the workstation locks it). */
    public void signOut() {
        Operator leaving = current;
        current = null;
        if (leaving != null) {
            record(leaving.fullName(), AuditActions.SIGNED_OUT, leaving.login());
        }
    }

    /** Records that the screen was locked (by the operator or after idle time). */
    public void recordScreenLocked(boolean idle) {
        Operator signedIn = current;
        if (signedIn != null) {
            record(signedIn.fullName(), idle ? AuditActions.IDLE_LOCKED : AuditActions.LOCKED, signedIn.login());
        }
    }

    /** The signed-in operator's new password (also the one asked for after a reset). */
    public synchronized Operator changePassword(char[] oldPassword, char[] newPassword) {
        Operator signedIn = requireSignedIn();
        checkPassword(newPassword);
        OperatorRows.Row row = database.read(c -> OperatorRows.find(c, signedIn.login())).orElseThrow(
                () -> new OperatorException(OperatorException.UNKNOWN_OPERATOR, "operator no longer exists"));
        if (!PasswordHash.verify(oldPassword, row.passwordHash())) {
            throw new OperatorException(OperatorException.WRONG_PASSWORD, "the current password is wrong");
        }
        String hash = PasswordHash.hash(newPassword, cost);
        keys.grant(signedIn.login(), newPassword);
        database.write(c -> {
            OperatorRows.setPassword(c, signedIn.login(), hash, false);
            audit.append(c, signedIn.fullName(), AuditActions.PASSWORD_CHANGED, signedIn.login(), "");
            return null;
        });
        Operator changed = withMustChange(signedIn, false);
        current = changed;
        return changed;
    }

    /** Every operator, for the administrator's page. */
    public List<Operator> list() {
        requireAdministrator("list operators");
        return database.read(OperatorRows::all);
    }

    /**
     * Every operator, for the command line run by whoever holds the data folder (who can read the
     * table anyway): no sign-in.
     */
    public static List<Operator> listStored(Database database) {
        return database.read(OperatorRows::all);
    }

    /** A new operator with a password the administrator gives them (to be changed at their first sign-in). */
    public synchronized Operator add(String login, String fullName, Role role, char[] password) {
        Operator admin = requireAdministrator("add an operator");
        String checkedLogin = checkLogin(login);
        String name = checkName(fullName);
        Objects.requireNonNull(role, "role");
        checkPassword(password);
        if (database.read(c -> OperatorRows.find(c, checkedLogin)).isPresent()) {
            throw new OperatorException(OperatorException.LOGIN_TAKEN, "login taken");
        }
        Operator added = new Operator(checkedLogin, name, role, true, true, admin.login(), clock.instant());
        String hash = PasswordHash.hash(password, cost);
        keys.grant(checkedLogin, password);
        database.write(c -> {
            OperatorRows.insert(c, added, hash);
            audit.append(c, admin.fullName(), AuditActions.OPERATOR_ADDED, checkedLogin, role.code());
            return null;
        });
        LOG.info("Operator {} ({}) added by {}", checkedLogin, role.code(), admin.login());
        return added;
    }

    /** A new password set by an administrator: the operator must change it at the next sign-in. */
    public synchronized void resetPassword(String login, char[] temporaryPassword) {
        Operator admin = requireAdministrator("reset a password");
        Operator target = existing(login);
        checkPassword(temporaryPassword);
        String hash = PasswordHash.hash(temporaryPassword, cost);
        if (target.active()) {
            keys.grant(target.login(), temporaryPassword);
        }
        database.write(c -> {
            OperatorRows.setPassword(c, target.login(), hash, true);
            audit.append(c, admin.fullName(), AuditActions.PASSWORD_RESET, target.login(), "");
            return null;
        });
        LOG.info("Password of operator {} reset by {}", target.login(), admin.login());
    }

    /** Blocks an operator: their password opens nothing any more (their wrap of the data key is removed). */
    public synchronized void block(String login) {
        Operator admin = requireAdministrator("block an operator");
        Operator target = existing(login);
        if (target.isAdministrator() && target.active() && database.read(OperatorRows::activeAdministrators) <= 1) {
            throw new OperatorException(OperatorException.LAST_ADMINISTRATOR, "the last administrator stays");
        }
        keys.revoke(target.login());
        database.write(c -> {
            OperatorRows.setActive(c, target.login(), false);
            audit.append(c, admin.fullName(), AuditActions.OPERATOR_BLOCKED, target.login(), "");
            return null;
        });
        LOG.info("Operator {} blocked by {}", target.login(), admin.login());
    }

    /**
     * Unblocks an operator with a new temporary password: blocking removed their wrap of the data
     * key, so their old password could not open it again.
     */
    public synchronized void unblock(String login, char[] temporaryPassword) {
        Operator admin = requireAdministrator("unblock an operator");
        Operator target = existing(login);
        checkPassword(temporaryPassword);
        String hash = PasswordHash.hash(temporaryPassword, cost);
        keys.grant(target.login(), temporaryPassword);
        database.write(c -> {
            OperatorRows.setActive(c, target.login(), true);
            OperatorRows.setPassword(c, target.login(), hash, true);
            audit.append(c, admin.fullName(), AuditActions.OPERATOR_UNBLOCKED, target.login(), "");
            return null;
        });
        LOG.info("Operator {} unblocked by {}", target.login(), admin.login());
    }

    /**
     * Every password of an administrator forgotten: the recovery code opens the data key and sets
     * this administrator's new password; they are signed in. False (nothing changed) for a wrong code.
     */
    public synchronized boolean recover(String login, char[] recoveryCode, char[] newPassword) {
        Operator target = existing(login);
        if (!target.isAdministrator()) {
            throw new OperatorAccessDeniedException("recover with the recovery code");
        }
        checkPassword(newPassword);
        if (!keys.recover(target.login(), recoveryCode, newPassword)) {
            record("", AuditActions.RECOVERY_FAILED, target.login());
            return false;
        }
        String hash = PasswordHash.hash(newPassword, cost);
        database.write(c -> {
            OperatorRows.setActive(c, target.login(), true);
            OperatorRows.setPassword(c, target.login(), hash, false);
            audit.append(c, target.fullName(), AuditActions.RECOVERED, target.login(), "");
            return null;
        });
        current = withMustChange(target, false);
        return true;
    }

    /**
     * The signed-in administrator, for a caller about to do an administrator's work.
     *
     * @throws OperatorAccessDeniedException for a clerk or when nobody is signed in
     */
    public Operator requireAdministrator(String action) {
        Operator signedIn = current;
        if (signedIn == null || !signedIn.isAdministrator()) {
            throw new OperatorAccessDeniedException(action);
        }
        return signedIn;
    }

    private Operator requireSignedIn() {
        Operator signedIn = current;
        if (signedIn == null) {
            throw new OperatorException(OperatorException.NOT_SIGNED_IN, "nobody is signed in");
        }
        return signedIn;
    }

    private Operator existing(String login) {
        String typed = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
        return database.read(c -> OperatorRows.find(c, typed)).map(OperatorRows.Row::operator).orElseThrow(
                () -> new OperatorException(OperatorException.UNKNOWN_OPERATOR, "no such operator"));
    }

    private void record(String clerk, String action, String subject) {
        database.write(c -> {
            appendQuietly(c, clerk, action, subject);
            return null;
        });
    }

    private void appendQuietly(Connection c, String clerk, String action, String subject) throws SQLException {
        audit.append(c, clerk, action, subject, "");
    }

    private static Operator withMustChange(Operator o, boolean mustChange) {
        return new Operator(o.login(), o.fullName(), o.role(), o.active(), mustChange, o.createdBy(), o.createdAt());
    }

    static String checkLogin(String login) {
        String normalised = login == null ? "" : login.strip().toLowerCase(Locale.ROOT);
        if (!LOGIN.matcher(normalised).matches()) {
            throw new OperatorException(OperatorException.INVALID_LOGIN, "not a login");
        }
        return normalised;
    }

    private static String checkName(String fullName) {
        String name = fullName == null ? "" : fullName.strip().replaceAll("\\s+", " ");
        if (name.isEmpty() || name.length() > 200) {
            throw new OperatorException(OperatorException.NAME_MISSING, "a full name is needed");
        }
        return name;
    }

    private void checkPassword(char[] password) {
        // No String copy of the password: the caller wipes the array, a String would stay in memory.
        boolean blank = true;
        for (char ch : password == null ? new char[0] : password) {
            blank &= Character.isWhitespace(ch);
        }
        if (password == null || blank
                || Character.codePointCount(password, 0, password.length) < policy.minimumPasswordLength()) {
            throw new OperatorException(OperatorException.PASSWORD_TOO_SHORT, "password too short");
        }
    }
}
