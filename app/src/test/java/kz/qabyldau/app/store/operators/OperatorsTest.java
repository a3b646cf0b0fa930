package kz.qabyldau.app.store.operators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.store.AuditLog;
import kz.qabyldau.app.store.Database;
import kz.qabyldau.app.store.keys.OperatorKeys;
import kz.qabyldau.app.store.operators.SignInResult.Outcome;

/** Sign-in, lockout and roles, tried the way a curious clerk or a password guesser would. */
class OperatorsTest {

    /** Cheap Argon2 for speed; the cost is stored in each hash, so this changes no behaviour. */
    static final PasswordHash.Cost TEST_COST = new PasswordHash.Cost(1024, 1, 1);
    static final SignInPolicy POLICY = SignInPolicy.OFFICE;

    @TempDir
    Path temp;

    private Database db;
    private final TestClock clock = new TestClock();
    private final RecordingKeys keys = new RecordingKeys();
    private Operators operators;

    @BeforeEach
    void open() {
        db = Database.open(DataFolder.at(temp.resolve("data"), false));
        operators = new Operators(db, keys, clock, POLICY, TEST_COST);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static char[] pw(String s) {
        return s.toCharArray();
    }

    private void officeWithAdminAndClerk() {
        operators.createFirstAdministrator("admin", "Айгерім Сәрсенова", pw("admin-secret-1"));
        operators.add("clerk", "Нұрлан Исаев", Role.CLERK, pw("clerk-temp-01"));
        keys.calls.clear();
    }

    @Test
    void theFirstAdministratorMakesTheDataKeyIsSignedInAndGetsTheRecoveryCode() {
        assertThat(operators.needsFirstAdministrator()).isTrue();
        Optional<char[]> code = operators.createFirstAdministrator(" Admin ", "Айгерім  Сәрсенова",
                pw("admin-secret-1"));
        assertThat(code).isPresent();
        assertThat(keys.calls).containsExactly("establish admin");
        assertThat(operators.needsFirstAdministrator()).isFalse();
        Operator admin = operators.current().orElseThrow();
        assertThat(admin.login()).isEqualTo("admin");
        assertThat(admin.fullName()).isEqualTo("Айгерім Сәрсенова");
        assertThat(admin.role()).isEqualTo(Role.ADMINISTRATOR);
        assertThatThrownBy(() -> operators.createFirstAdministrator("other", "Other", pw("other-secret-1")))
                .isInstanceOf(OperatorException.class).extracting("messageKey")
                .isEqualTo(OperatorException.ALREADY_SET_UP);
    }

    @Test
    void aClerkIsRefusedEveryAdministratorActionAndNothingChanges() {
        officeWithAdminAndClerk();
        operators.signOut();
        assertThat(operators.signIn("clerk", pw("clerk-temp-01")).outcome()).isEqualTo(Outcome.MUST_CHANGE_PASSWORD);
        operators.changePassword(pw("clerk-temp-01"), pw("clerk-secret-2"));
        keys.calls.clear();

        assertThatThrownBy(() -> operators.add("mallory", "Mallory", Role.ADMINISTRATOR, pw("mallory-pass-1")))
                .isInstanceOf(OperatorAccessDeniedException.class);
        assertThatThrownBy(() -> operators.resetPassword("admin", pw("taken-over-1")))
                .isInstanceOf(OperatorAccessDeniedException.class);
        assertThatThrownBy(() -> operators.block("admin")).isInstanceOf(OperatorAccessDeniedException.class);
        assertThatThrownBy(() -> operators.unblock("clerk", pw("clerk-again-1")))
                .isInstanceOf(OperatorAccessDeniedException.class);
        assertThatThrownBy(() -> operators.list()).isInstanceOf(OperatorAccessDeniedException.class);
        assertThatThrownBy(() -> operators.recover("clerk", pw("CODE"), pw("clerk-secret-3")))
                .isInstanceOf(OperatorAccessDeniedException.class);

        assertThat(keys.calls).as("no key granted or revoked").isEmpty();
        assertThat(Operators.listStored(db)).extracting(Operator::login).containsExactly("admin", "clerk");
        operators.signOut();
        assertThat(operators.signIn("admin", pw("admin-secret-1")).outcome()).isEqualTo(Outcome.SIGNED_IN);
    }

    @Test
    void nobodySignedInIsRefusedAdministratorActions() {
        officeWithAdminAndClerk();
        operators.signOut();
        assertThatThrownBy(() -> operators.add("mallory", "Mallory", Role.CLERK, pw("mallory-pass-1")))
                .isInstanceOf(OperatorAccessDeniedException.class);
        assertThatThrownBy(() -> operators.block("clerk")).isInstanceOf(OperatorAccessDeniedException.class);
    }

    @Test
    void aWrongPasswordOpensNothingAndSignsNobodyIn() {
        officeWithAdminAndClerk();
        operators.signOut();
        SignInResult result = operators.signIn("admin", pw("admin-secret-2"));
        assertThat(result.outcome()).isEqualTo(Outcome.WRONG);
        assertThat(result.signedIn()).isFalse();
        assertThat(operators.current()).isEmpty();
        assertThat(keys.calls).as("the data key was never asked to open").isEmpty();
    }

    @Test
    void anUnknownLoginGetsTheSameAnswerAsAWrongPassword() {
        officeWithAdminAndClerk();
        operators.signOut();
        assertThat(operators.signIn("nobody", pw("admin-secret-1")))
                .isEqualTo(operators.signIn("admin", pw("wrong-password")));
    }

    @Test
    void fiveWrongPasswordsLockTheLoginEvenAgainstTheRightPasswordUntilTheLockEnds() {
        officeWithAdminAndClerk();
        operators.signOut();
        for (int i = 1; i < POLICY.failuresBeforeLock(); i++) {
            assertThat(operators.signIn("clerk", pw("guess-" + i)).outcome()).isEqualTo(Outcome.WRONG);
        }
        SignInResult fifth = operators.signIn("clerk", pw("guess-5"));
        assertThat(fifth.outcome()).isEqualTo(Outcome.LOCKED);
        assertThat(fifth.lockedUntil()).contains(clock.instant().plus(POLICY.lockFor()));

        SignInResult right = operators.signIn("clerk", pw("clerk-temp-01"));
        assertThat(right.outcome()).as("no password is checked while locked").isEqualTo(Outcome.LOCKED);
        assertThat(operators.current()).isEmpty();
        assertThat(keys.calls).isEmpty();

        clock.advance(POLICY.lockFor().minusSeconds(1));
        assertThat(operators.signIn("clerk", pw("clerk-temp-01")).outcome()).isEqualTo(Outcome.LOCKED);
        clock.advance(Duration.ofSeconds(1));
        assertThat(operators.signIn("clerk", pw("clerk-temp-01")).outcome()).isEqualTo(Outcome.MUST_CHANGE_PASSWORD);
        assertThat(keys.calls).containsExactly("open clerk");
    }

    @Test
    void theLockTimeIsTheOfficesSetting() {
        Operators quick = new Operators(db, keys, clock, POLICY.withLockFor(Duration.ofMinutes(2)), TEST_COST);
        quick.createFirstAdministrator("admin", "Admin", pw("admin-secret-1"));
        quick.signOut();
        SignInResult last = null;
        for (int i = 0; i < POLICY.failuresBeforeLock(); i++) {
            last = quick.signIn("admin", pw("guess-" + i));
        }
        assertThat(last.lockedUntil()).contains(clock.instant().plus(Duration.ofMinutes(2)));
    }

    @Test
    void anUnknownLoginIsLockedAfterFiveTriesTooSoTheLockTellsNothing() {
        officeWithAdminAndClerk();
        operators.signOut();
        SignInResult last = null;
        for (int i = 0; i < POLICY.failuresBeforeLock(); i++) {
            last = operators.signIn("ghost", pw("guess-" + i));
        }
        assertThat(last.outcome()).isEqualTo(Outcome.LOCKED);
        assertThat(operators.signIn("ghost", pw("guess")).outcome()).isEqualTo(Outcome.LOCKED);
    }

    @Test
    void aRightPasswordClearsTheFailureCount() {
        officeWithAdminAndClerk();
        operators.signOut();
        for (int i = 1; i < POLICY.failuresBeforeLock(); i++) {
            operators.signIn("admin", pw("guess-" + i));
        }
        assertThat(operators.signIn("admin", pw("admin-secret-1")).outcome()).isEqualTo(Outcome.SIGNED_IN);
        operators.signOut();
        assertThat(operators.signIn("admin", pw("guess-again")).outcome()).isEqualTo(Outcome.WRONG);
    }

    @Test
    void aShortOrBlankPasswordIsRefusedEverywhere() {
        assertThatThrownBy(() -> operators.createFirstAdministrator("admin", "Admin", pw("short")))
                .extracting("messageKey").isEqualTo(OperatorException.PASSWORD_TOO_SHORT);
        assertThatThrownBy(() -> operators.createFirstAdministrator("admin", "Admin", pw("            ")))
                .extracting("messageKey").isEqualTo(OperatorException.PASSWORD_TOO_SHORT);
        operators.createFirstAdministrator("admin", "Admin", pw("admin-secret-1"));
        assertThatThrownBy(() -> operators.add("clerk", "Clerk", Role.CLERK, pw("123456789")))
                .extracting("messageKey").isEqualTo(OperatorException.PASSWORD_TOO_SHORT);
        assertThatThrownBy(() -> operators.changePassword(pw("admin-secret-1"), pw("abc")))
                .extracting("messageKey").isEqualTo(OperatorException.PASSWORD_TOO_SHORT);
    }

    @Test
    void badLoginsAndTakenLoginsAreRefused() {
        operators.createFirstAdministrator("admin", "Admin", pw("admin-secret-1"));
        for (String bad : new String[] {"", "a", "with space", "кириллица", "x".repeat(40), "-dash"}) {
            assertThatThrownBy(() -> operators.add(bad, "Name", Role.CLERK, pw("clerk-temp-01")))
                    .extracting("messageKey").isEqualTo(OperatorException.INVALID_LOGIN);
        }
        assertThatThrownBy(() -> operators.add("ADMIN", "Name", Role.CLERK, pw("clerk-temp-01")))
                .extracting("messageKey").isEqualTo(OperatorException.LOGIN_TAKEN);
        assertThatThrownBy(() -> operators.add("clerk", "  ", Role.CLERK, pw("clerk-temp-01")))
                .extracting("messageKey").isEqualTo(OperatorException.NAME_MISSING);
    }

    @Test
    void aResetPasswordMustBeChangedAndTheOldOneNoLongerWorks() {
        officeWithAdminAndClerk();
        operators.resetPassword("clerk", pw("reset-temp-01"));
        assertThat(keys.calls).containsExactly("grant clerk");
        operators.signOut();
        assertThat(operators.signIn("clerk", pw("clerk-temp-01")).outcome()).isEqualTo(Outcome.WRONG);
        assertThat(operators.signIn("clerk", pw("reset-temp-01")).outcome()).isEqualTo(Outcome.MUST_CHANGE_PASSWORD);
        assertThatThrownBy(() -> operators.changePassword(pw("not-the-old-1"), pw("clerk-new-pass")))
                .extracting("messageKey").isEqualTo(OperatorException.WRONG_PASSWORD);
        Operator changed = operators.changePassword(pw("reset-temp-01"), pw("clerk-new-pass"));
        assertThat(changed.mustChangePassword()).isFalse();
        operators.signOut();
        assertThat(operators.signIn("clerk", pw("clerk-new-pass")).outcome()).isEqualTo(Outcome.SIGNED_IN);
    }

    @Test
    void aBlockedOperatorsKeyIsRevokedAndTheRightPasswordOnlySaysBlocked() {
        officeWithAdminAndClerk();
        operators.block("clerk");
        assertThat(keys.calls).containsExactly("revoke clerk");
        operators.signOut();
        keys.calls.clear();
        assertThat(operators.signIn("clerk", pw("clerk-temp-01")).outcome()).isEqualTo(Outcome.BLOCKED);
        assertThat(operators.current()).isEmpty();
        assertThat(keys.calls).as("nothing opened for a blocked operator").isEmpty();

        operators.signIn("admin", pw("admin-secret-1"));
        operators.unblock("clerk", pw("unblock-temp1"));
        operators.signOut();
        assertThat(operators.signIn("clerk", pw("unblock-temp1")).outcome()).isEqualTo(Outcome.MUST_CHANGE_PASSWORD);
    }

    @Test
    void theLastActiveAdministratorCannotBeBlocked() {
        officeWithAdminAndClerk();
        assertThatThrownBy(() -> operators.block("admin")).extracting("messageKey")
                .isEqualTo(OperatorException.LAST_ADMINISTRATOR);
        operators.add("second", "Second Admin", Role.ADMINISTRATOR, pw("second-admin-1"));
        operators.block("admin");
        assertThat(Operators.listStored(db)).filteredOn(o -> o.login().equals("admin"))
                .extracting(Operator::active).containsExactly(false);
    }

    @Test
    void theHashRecordsItsCostAndNeitherPasswordNorTypedLoginIsStored() throws Exception {
        officeWithAdminAndClerk();
        operators.signOut();
        operators.signIn("Pa55word-typed-as-login", pw("anything-at-all"));
        String hash = db.read(c -> OperatorRows.find(c, "admin")).orElseThrow().passwordHash();
        assertThat(hash).startsWith("$argon2id$v=19$m=1024,t=1,p=1$");
        assertThat(PasswordHash.verify(pw("admin-secret-1"), hash)).isTrue();
        assertThat(PasswordHash.verify(pw("admin-secret-2"), hash)).isFalse();
        assertThat(PasswordHash.verify(pw("admin-secret-1"), "$argon2id$v=19$garbage")).isFalse();
        db.close();
        for (Path file : List.of(temp.resolve("data/qabyldau.db"), temp.resolve("data/qabyldau.db-wal"))) {
            if (Files.exists(file)) {
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                assertThat(bytes).doesNotContain("admin-secret-1").doesNotContain("clerk-temp-01")
                        .doesNotContain("Pa55word");
            }
        }
        db = Database.open(DataFolder.at(temp.resolve("data"), false));
    }

    @Test
    void signInsFailuresAndAdministratorsWorkAreAudited() {
        officeWithAdminAndClerk();
        operators.block("clerk");
        operators.signOut();
        operators.signIn("admin", pw("wrong-password"));
        List<String> actions = new AuditLog(db, clock).latest(20).stream()
                .map(e -> e.action() + " " + e.subject()).toList();
        assertThat(actions).containsSubsequence("operator.signInFailed admin", "operator.signedOut admin",
                "operator.blocked clerk", "operator.added clerk", "operator.firstAdministrator admin");
    }

    @Test
    void theOperatorWhoLockedTheScreenUnlocksItAnotherOneSignsIn() {
        officeWithAdminAndClerk();
        operators.recordScreenLocked(true);
        operators.signIn("admin", pw("admin-secret-1"));
        operators.recordScreenLocked(false);
        operators.signIn("clerk", pw("clerk-temp-01"));
        List<String> actions = new AuditLog(db, clock).latest(4).stream()
                .map(e -> e.action() + " " + e.subject()).toList();
        assertThat(actions).containsExactly("operator.signedIn clerk", "workstation.locked admin",
                "workstation.unlocked admin", "workstation.idleLocked admin");
    }

    @Test
    void theRecoveryCodeSetsAForgottenAdministratorPassword() {
        officeWithAdminAndClerk();
        operators.signOut();
        assertThat(operators.recover("admin", pw("WRONG"), pw("admin-new-pass1"))).isFalse();
        keys.recoverable = true;
        assertThat(operators.recover("admin", pw("RIGHT"), pw("admin-new-pass1"))).isTrue();
        assertThat(operators.current()).map(Operator::login).contains("admin");
        operators.signOut();
        assertThat(operators.signIn("admin", pw("admin-new-pass1")).outcome()).isEqualTo(Outcome.SIGNED_IN);
    }

    /** Records what the data key's keeper was asked to do. */
    static final class RecordingKeys implements OperatorKeys {
        final List<String> calls = new ArrayList<>();
        boolean recoverable;

        @Override
        public Optional<char[]> establish(String login, char[] password) {
            calls.add("establish " + login);
            return Optional.of(pw("ABCDE-FGHJK-MNPQR-STVWX-YZ012"));
        }

        @Override
        public void grant(String login, char[] password) {
            calls.add("grant " + login);
        }

        @Override
        public boolean open(String login, char[] password) {
            calls.add("open " + login);
            return true;
        }

        @Override
        public void revoke(String login) {
            calls.add("revoke " + login);
        }

        @Override
        public boolean recover(String login, char[] recoveryCode, char[] newPassword) {
            calls.add("recover " + login);
            return recoverable;
        }
    }

    /** A clock the test moves. */
    static final class TestClock extends Clock {
        private Instant now = Instant.parse("2026-12-05T09:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
