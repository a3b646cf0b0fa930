package kz.qabyldau.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.config.LaunchOptions;
import kz.qabyldau.app.settings.OfficeSettings;
import kz.qabyldau.app.store.Database;
import kz.qabyldau.app.store.SqliteSettingsStore;
import kz.qabyldau.app.store.applications.ApplicationStatus;
import kz.qabyldau.app.store.applications.ApplicationStore;
import kz.qabyldau.app.store.applications.StoredApplication;
import kz.qabyldau.forms.identity.Iin;

/** {@code qabyldau generate}: every state, valid identities, a manifest outside the data folder. */
class GenerateCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new GenerateCommand().run(List.of(args), LaunchOptions.defaults(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void fillsAnOfficeDatabaseWithEveryStateAndWritesTheManifest() throws Exception {
        Path manifest = dir.resolve("manifest.tsv");

        int code = run("--data-dir", dir.resolve("ws").toString(), "--applications", "600", "--seed", "7",
                "--manifest", manifest.toString());

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        List<String> lines = Files.readAllLines(manifest);
        assertThat(lines).hasSize(601);
        Set<ApplicationStatus> seen = EnumSet.noneOf(ApplicationStatus.class);
        try (Database db = Database.open(DataFolder.at(dir.resolve("ws"), false))) {
            ApplicationStore store = ApplicationStore.open(db, false);
            for (ApplicationStatus s : ApplicationStatus.values()) {
                long n = db.read(c -> {
                    try (var st = c.prepareStatement("SELECT count(*) FROM application WHERE status = ?")) {
                        st.setString(1, s.name());
                        try (var rs = st.executeQuery()) {
                            rs.next();
                            return rs.getLong(1);
                        }
                    }
                });
                if (n > 0) {
                    seen.add(s);
                }
            }
            String anyId = db.read(c -> {
                try (var rs = c.createStatement().executeQuery(
                        "SELECT id FROM application WHERE status = 'HANDED_OUT' LIMIT 1")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            StoredApplication handedOut = store.drafts().find(UUID.fromString(anyId)).orElseThrow();
            assertThat(handedOut.verdictJson()).isPresent();
            assertThat(store.records().decisionJson(handedOut.id())).isPresent();
            assertThat(Iin.isValid(handedOut.application().field("employer.iin").orElseThrow().toString())).isTrue();
            assertThat(store.outbox().pending(1000)).allSatisfy(e -> assertThat(e.payloadJson())
                    .contains("qabyldau.outbox.application/1"));
            store.endSession();
        }
        assertThat(seen).containsExactlyInAnyOrder(ApplicationStatus.values());
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            assertThat(f).hasSize(8);
            assertThat(f[1].isEmpty() || Iin.isValid(f[1])).as(line).isTrue();
            assertThat(Iin.isValid(f[6])).as(line).isTrue();
        }
    }

    @Test
    void theSameSeedMakesTheSameManifest() throws Exception {
        run("--data-dir", dir.resolve("a").toString(), "--training", "--applications", "50", "--manifest",
                dir.resolve("a.tsv").toString());
        run("--data-dir", dir.resolve("b").toString(), "--training", "--applications", "50", "--manifest",
                dir.resolve("b.tsv").toString());

        assertThat(Files.readAllLines(dir.resolve("a.tsv"))).isEqualTo(Files.readAllLines(dir.resolve("b.tsv")));
        assertThat(Files.exists(dir.resolve("a").resolve(DataFolder.TRAINING_DATABASE_FILE))).isTrue();
    }

    @Test
    void aManifestInsideTheDataFolderIsRefused() {
        int code = run("--data-dir", dir.toString(), "--applications", "5", "--manifest",
                dir.resolve("m.tsv").toString());

        assertThat(code).isEqualTo(GenerateCommand.INPUT_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("outside the data folder");
    }

    @Test
    void aDatabaseThatSyncsWithACentralServiceIsRefused() {
        try (Database db = Database.open(DataFolder.at(dir.resolve("ws"), false))) {
            new SqliteSettingsStore(db).save(new OfficeSettings("ХҚКО №3", "710000000", "Әкімдік", "Дана", "kk",
                    "https://central.example.kz"));
        }

        int code = run("--data-dir", dir.resolve("ws").toString(), "--applications", "5");

        assertThat(code).isEqualTo(GenerateCommand.REFUSED);
    }

    @Test
    void withoutACountItSaysWhatIsNeeded() {
        assertThat(run("--seed", "x")).isEqualTo(GenerateCommand.INPUT_ERROR);
        assertThat(run()).isEqualTo(GenerateCommand.INPUT_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--applications N");
    }
}
