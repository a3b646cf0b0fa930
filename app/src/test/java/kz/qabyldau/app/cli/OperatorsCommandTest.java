package kz.qabyldau.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.config.LaunchOptions;

/** {@code qabyldau operators}: the IT person's administration, passwords from standard input only. */
class OperatorsCommandTest {

    @TempDir
    Path dir;

    private ByteArrayOutputStream out;
    private ByteArrayOutputStream err;

    private int run(String stdin, String... args) {
        out = new ByteArrayOutputStream();
        err = new ByteArrayOutputStream();
        return new OperatorsCommand(SecretInput.lines(new StringReader(stdin))).run(List.of(args),
                new LaunchOptions(Optional.of(dir.resolve("ws")), false),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private void firstAdministrator() {
        assertThat(run("admin-secret-1\nadmin-secret-1\n", "add", "--login", "admin", "--role", "administrator",
                "--name", "Айгерім Сәрсенова")).as(err()).isZero();
    }

    @Test
    void addOnAFolderWithoutADatabaseCreatesTheFirstAdministratorAndPrintsTheRecoveryCodeOnce() {
        firstAdministrator();
        assertThat(out()).contains("first administrator admin created").containsPattern(
                "  ([0-9A-HJKMNP-TV-Z]{5}-){4}[0-9A-HJKMNP-TV-Z]{5}");
        assertThat(run("", "list")).isZero();
        assertThat(out()).contains("admin").contains("administrator").contains("active")
                .contains("Айгерім Сәрсенова").doesNotContainPattern("[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}-");
    }

    @Test
    void theFirstOperatorMustBeAnAdministrator() {
        assertThat(run("clerk-secret-1\nclerk-secret-1\n", "add", "--login", "clerk", "--role", "clerk",
                "--name", "Clerk")).isEqualTo(OperatorsCommand.INPUT_ERROR);
        assertThat(err()).contains("--role administrator");
    }

    @Test
    void anAdministratorAddsAClerkWithTheirPasswordFirst() {
        firstAdministrator();
        assertThat(run("admin-secret-1\nclerk-temp-01\nclerk-temp-01\n", "add", "--data-dir",
                dir.resolve("ws").toString(), "--login", "clerk", "--role", "clerk", "--name", "Нұрлан Исаев",
                "--admin", "admin")).as(err()).isZero();
        run("", "list");
        assertThat(out()).contains("clerk").contains("to change").contains("Нұрлан Исаев");
    }

    @Test
    void aWrongAdministratorPasswordOrAClerkChangesNothing() {
        firstAdministrator();
        assertThat(run("admin-secret-X\nclerk-temp-01\nclerk-temp-01\n", "add", "--login", "clerk", "--role",
                "clerk", "--name", "Clerk", "--admin", "admin")).isEqualTo(OperatorsCommand.SIGN_IN_REFUSED);
        assertThat(err()).contains("wrong login or password");
        run("admin-secret-1\nclerk-temp-01\nclerk-temp-01\n", "add", "--login", "clerk", "--role", "clerk",
                "--name", "Clerk", "--admin", "admin");
        assertThat(run("clerk-temp-01\nother-temp-01\nother-temp-01\n", "add", "--login", "other", "--role",
                "administrator", "--name", "Other", "--admin", "clerk")).isEqualTo(OperatorsCommand.SIGN_IN_REFUSED);
        assertThat(run("clerk-temp-01\n", "block", "--login", "admin", "--admin", "clerk"))
                .isEqualTo(OperatorsCommand.SIGN_IN_REFUSED);
        run("", "list");
        assertThat(out()).doesNotContain("other").doesNotContain("blocked");
    }

    @Test
    void twoDifferentPasswordsOrAShortOneChangeNothing() {
        assertThat(run("admin-secret-1\nadmin-secret-2\n", "add", "--login", "admin", "--role", "administrator",
                "--name", "Admin")).isEqualTo(OperatorsCommand.INPUT_ERROR);
        assertThat(err()).contains("differ");
        assertThat(run("short\nshort\n", "add", "--login", "admin", "--role", "administrator",
                "--name", "Admin")).isEqualTo(OperatorsCommand.INPUT_ERROR);
        assertThat(err()).contains("10");
        run("", "list");
        assertThat(out()).contains("no operators yet");
    }

    @Test
    void aPasswordOnTheCommandLineIsRefusedBeforeAnythingIsOpened() {
        assertThat(run("", "add", "--login", "admin", "--role", "administrator", "--name", "Admin",
                "--password", "admin-secret-1")).isEqualTo(OperatorsCommand.INPUT_ERROR);
        assertThat(err()).contains("never given on the command line");
        assertThat(Files.exists(dir.resolve("ws"))).isFalse();
    }

    @Test
    void blockResetAndUnblockAreSignedByAnAdministrator() {
        firstAdministrator();
        run("admin-secret-1\nclerk-temp-01\nclerk-temp-01\n", "add", "--login", "clerk", "--role", "clerk",
                "--name", "Clerk", "--admin", "admin");
        assertThat(run("admin-secret-1\n", "block", "--login", "clerk", "--admin", "admin")).as(err()).isZero();
        run("", "list");
        assertThat(out()).contains("blocked");
        assertThat(run("admin-secret-1\nclerk-temp-02\nclerk-temp-02\n", "unblock", "--login", "clerk", "--admin",
                "admin")).as(err()).isZero();
        assertThat(run("admin-secret-1\nclerk-temp-03\nclerk-temp-03\n", "reset", "--login", "clerk", "--admin",
                "admin")).as(err()).isZero();
        assertThat(run("admin-secret-1\n", "block", "--login", "admin", "--admin", "admin"))
                .isEqualTo(OperatorsCommand.INPUT_ERROR);
        assertThat(err()).contains("last active administrator");
    }

    @Test
    void usageErrorsAndTheTrainingDatabaseAreOneLine() {
        assertThat(run("", "promote")).isEqualTo(OperatorsCommand.INPUT_ERROR);
        assertThat(run("", "block", "--login", "x")).isEqualTo(OperatorsCommand.INPUT_ERROR);
        assertThat(err()).contains("--admin is needed");
        assertThat(new OperatorsCommand().usage()).contains("Exit status: 0 done, 2", "5 sign-in refused");
        assertThat(run("", "list")).isZero();
        assertThat(Files.exists(dir.resolve("ws/qabyldau.db"))).as("list creates nothing").isFalse();
    }
}
