package kz.qabyldau.app.store.operators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.store.Database;
import kz.qabyldau.app.store.Vault;
import kz.qabyldau.app.store.crypto.DataKeyKeeper;
import kz.qabyldau.app.store.operators.SignInResult.Outcome;

/** The operators' service on a real office database with its data key keeper: who opens the personal data. */
class OperatorsWithTheDataKeyTest {

    @TempDir
    Path temp;

    private static char[] pw(String s) {
        return s.toCharArray();
    }

    private Operators operatorsOf(Database db) {
        return new Operators(db, DataKeyKeeper.attach(db), Clock.systemUTC(), SignInPolicy.OFFICE,
                OperatorsTest.TEST_COST);
    }

    @Test
    void anOfficeIsLockedAtEveryStartAndOnlyTheRightPasswordOfAnActiveOperatorOpensIt() {
        DataFolder folder = DataFolder.at(temp.resolve("data"), false);
        try (Database db = Database.open(folder)) {
            Operators operators = operatorsOf(db);
            assertThat(db.vault().state()).isEqualTo(Vault.State.PLAIN);
            assertThat(operators.createFirstAdministrator("admin", "Admin", pw("admin-secret-1"))).isPresent();
            assertThat(db.vault().state()).isEqualTo(Vault.State.OPEN);
            operators.add("clerk", "Clerk", Role.CLERK, pw("clerk-temp-01"));
            operators.add("other", "Other Clerk", Role.CLERK, pw("other-temp-01"));
            operators.block("other");
        }
        try (Database db = Database.open(folder)) {
            Operators operators = operatorsOf(db);
            assertThat(db.vault().state()).as("locked at the next start").isEqualTo(Vault.State.LOCKED);
            assertThat(operators.needsFirstAdministrator()).isFalse();

            assertThat(operators.signIn("clerk", pw("clerk-temp-02")).outcome()).isEqualTo(Outcome.WRONG);
            assertThat(db.vault().state()).as("a wrong password opens nothing").isEqualTo(Vault.State.LOCKED);
            assertThat(operators.signIn("other", pw("other-temp-01")).outcome()).isEqualTo(Outcome.BLOCKED);
            assertThat(db.vault().state()).as("a blocked operator opens nothing").isEqualTo(Vault.State.LOCKED);

            assertThat(operators.signIn("clerk", pw("clerk-temp-01")).outcome())
                    .isEqualTo(Outcome.MUST_CHANGE_PASSWORD);
            assertThat(db.vault().state()).isEqualTo(Vault.State.OPEN);
            operators.changePassword(pw("clerk-temp-01"), pw("clerk-secret-2"));
        }
        try (Database db = Database.open(folder)) {
            Operators operators = operatorsOf(db);
            assertThat(operators.signIn("clerk", pw("clerk-secret-2")).outcome()).isEqualTo(Outcome.SIGNED_IN);
            assertThat(db.vault().state()).as("the changed password opens the key").isEqualTo(Vault.State.OPEN);
        }
    }
}
