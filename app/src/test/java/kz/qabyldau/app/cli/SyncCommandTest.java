package kz.qabyldau.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.central.CentralConfig;
import kz.qabyldau.app.central.CentralService;
import kz.qabyldau.app.central.CentralTestSupport;
import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.config.LaunchOptions;
import kz.qabyldau.app.settings.OfficeSettings;
import kz.qabyldau.app.store.Database;
import kz.qabyldau.app.store.SqliteSettingsStore;
import kz.qabyldau.app.store.applications.ApplicationStore;
import kz.qabyldau.app.sync.Desk;

/** {@code qabyldau sync}: one round against the real simulator; a clear message when not configured. */
class SyncCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new SyncCommand().run(List.of(args), new LaunchOptions(Optional.of(dir.resolve("ws")), false),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void oneRoundSendsWhatWaitsWithTheStoredOfficeAndToken() {
        try (CentralService central = CentralService.start(CentralConfig.defaults(dir.resolve("central"), 0)
                .withLimits(CentralTestSupport.exampleDates())
                .withDecisionDelay(Duration.ofHours(1)).withToken("s3cr3t"))) {
            try (Database db = Database.open(DataFolder.at(dir.resolve("ws"), false))) {
                new SqliteSettingsStore(db).save(new OfficeSettings("ХҚКО №3", "710000000", "Әкімдік", "Дана", "kk",
                        central.baseUri().toString()));
                ApplicationStore store = ApplicationStore.open(db, false);
                Desk.acceptInto(store, "A-1", 1, 300);
                store.endSession();
            }

            int code = run("--office", "AST-03", "--token", "s3cr3t", "--once");

            assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("online").contains("sent 1")
                    .contains("0 waiting");
            assertThat(central.applications()).hasSize(1);
        }
    }

    @Test
    void theOfficeCodeAndTokenGoIntoTheSettingsTheWindowUses() {
        try (CentralService central = CentralService.start(CentralConfig.defaults(dir.resolve("central"), 0)
                .withLimits(CentralTestSupport.exampleDates())
                .withDecisionDelay(Duration.ofHours(1)).withToken("s3cr3t"))) {
            try (Database db = Database.open(DataFolder.at(dir.resolve("ws"), false))) {
                new SqliteSettingsStore(db).save(new OfficeSettings("ХҚКО №3", "710000000", "Әкімдік", "Дана", "kk",
                        central.baseUri().toString()));
            }

            assertThat(run("--office", "AST-03", "--token", "s3cr3t"))
                    .as(err.toString(StandardCharsets.UTF_8)).isZero();

            try (Database db = Database.open(DataFolder.at(dir.resolve("ws"), false))) {
                OfficeSettings stored = new SqliteSettingsStore(db).load();
                assertThat(stored.officeCode()).isEqualTo("AST-03");
                assertThat(stored.token()).isEqualTo("s3cr3t");
            }
            assertThat(run("--once")).as("the next round needs no options").isZero();
        }
    }

    @Test
    void anInvalidOfficeCodeIsRefusedAndNothingStored() {
        assertThat(run("--office", "AST 03/", "--token", "t")).isEqualTo(SyncCommand.INPUT_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("invalid office code");
    }

    @Test
    void withoutATokenItSaysWhatIsMissing() {
        int code = run("--once");

        assertThat(code).isEqualTo(SyncCommand.INPUT_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not configured").contains("--token");
    }
}
