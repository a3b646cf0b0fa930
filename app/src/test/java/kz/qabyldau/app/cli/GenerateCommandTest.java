package kz.qabyldau.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
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
import kz.qabyldau.app.store.crypto.DataKeyKeeper;
import kz.qabyldau.app.store.operators.Operators;
import kz.qabyldau.app.store.operators.Role;
import kz.qabyldau.app.store.operators.SignInPolicy;
import kz.qabyldau.forms.identity.Iin;
import java.time.Clock;
import java.util.ArrayList;

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

    /** An office database with its first administrator: from here on its personal data is encrypted. */
    private void officeWithOperators() {
        try (Database db = Database.open(DataFolder.at(dir.resolve("ws"), false))) {
            Operators operators = Operators.of(db, DataKeyKeeper.attach(db), Clock.systemUTC(),
                    SignInPolicy.OFFICE);
            operators.createFirstAdministrator("admin", "Айгерім Сәрсенова", "admin-secret-1".toCharArray());
            operators.add("clerk", "Нұрлан Исаев", Role.CLERK, "clerk-secret-1".toCharArray());
        }
    }

    private int runAs(String stdin, String... args) {
        return new GenerateCommand(SecretInput.lines(new StringReader(stdin))).run(List.of(args),
                LaunchOptions.defaults(), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private long applications() {
        try (Database db = Database.open(DataFolder.at(dir.resolve("ws"), false))) {
            return db.read(c -> {
                try (var rs = c.createStatement().executeQuery("SELECT count(*) FROM application")) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
        }
    }

    @Test
    void anEncryptedOfficeIsFilledSealedByASignedInAdministratorAndTheAuditSaysWho() throws Exception {
        officeWithOperators();
        Path manifest = dir.resolve("manifest.tsv");

        int code = runAs("admin-secret-1\n", "--data-dir", dir.resolve("ws").toString(), "--applications", "40",
                "--login", "admin", "--manifest", manifest.toString());

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        String[] someone = Files.readAllLines(manifest).get(1).split("\t", -1);
        try (Database db = Database.open(DataFolder.at(dir.resolve("ws"), false))) {
            // Read as a thief would: no key, the file's own bytes.
            List<String> raw = db.read(c -> {
                List<String> rows = new ArrayList<>();
                try (var rs = c.createStatement().executeQuery("SELECT application_json, applicant_name FROM "
                        + "application")) {
                    while (rs.next()) {
                        rows.add(rs.getString(1) + " " + rs.getString(2));
                    }
                }
                return rows;
            });
            assertThat(raw).hasSize(40).allSatisfy(r -> assertThat(r).startsWith("~q1:")
                    .doesNotContain(someone[0]).doesNotContain(someone[2]));
            DataKeyKeeper keys = DataKeyKeeper.attach(db);
            assertThat(keys.open("admin", "admin-secret-1".toCharArray())).isTrue();
            ApplicationStore store = ApplicationStore.open(db, false);
            assertThat(store.search().find(someone[2], 0, 5).hits()).isNotEmpty()
                    .allSatisfy(h -> assertThat(h.applicantName()).startsWith(someone[0]));
            assertThat(store.audit().latest(10)).anySatisfy(e -> {
                assertThat(e.action()).isEqualTo("synthetic.generated");
                assertThat(e.clerk()).isEqualTo("Айгерім Сәрсенова");
                assertThat(e.details()).startsWith("40 synthetic applications");
            });
            store.endSession();
        }
    }

    @Test
    void anEncryptedOfficeIsNotFilledWithoutTheAdministratorsPassword() {
        officeWithOperators();
        String ws = dir.resolve("ws").toString();

        assertThat(runAs("", "--data-dir", ws, "--applications", "5")).isEqualTo(GenerateCommand.INPUT_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--login LOGIN");
        assertThat(runAs("admin-secret-X\n", "--data-dir", ws, "--applications", "5", "--login", "admin"))
                .isEqualTo(GenerateCommand.SIGN_IN_REFUSED);
        assertThat(runAs("clerk-secret-1\n", "--data-dir", ws, "--applications", "5", "--login", "clerk"))
                .isEqualTo(GenerateCommand.SIGN_IN_REFUSED);
        assertThat(runAs("", "--data-dir", ws, "--applications", "5", "--login", "admin"))
                .isEqualTo(GenerateCommand.INPUT_ERROR);
        assertThat(runAs("admin-secret-1\n", "--data-dir", ws, "--applications", "5", "--login", "admin",
                "--password", "admin-secret-1")).isEqualTo(GenerateCommand.INPUT_ERROR);
        assertThat(runAs("", "--data-dir", ws, "--applications", "5", "--password=admin-secret-1"))
                .isEqualTo(GenerateCommand.INPUT_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("not an administrator")
                .contains("never given on the command line").doesNotContain("admin-secret");
        assertThat(applications()).isZero();
    }

    @Test
    void loginIsRefusedWhereNobodySignsIn() {
        assertThat(runAs("x\n", "--data-dir", dir.resolve("ws").toString(), "--applications", "5", "--login",
                "admin")).isEqualTo(GenerateCommand.INPUT_ERROR);
        assertThat(runAs("x\n", "--data-dir", dir.resolve("ws").toString(), "--training", "--applications", "5",
                "--login", "admin")).isEqualTo(GenerateCommand.INPUT_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("no operators yet")
                .contains("training database has no operators");
    }

    @Test
    void withoutACountItSaysWhatIsNeeded() {
        assertThat(run("--seed", "x")).isEqualTo(GenerateCommand.INPUT_ERROR);
        assertThat(run()).isEqualTo(GenerateCommand.INPUT_ERROR);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--applications N");
    }
}
