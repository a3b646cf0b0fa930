package kz.qabyldau.app.store.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.store.Database;
import kz.qabyldau.app.store.applications.ApplicationStatus;
import kz.qabyldau.app.store.applications.ApplicationStore;
import kz.qabyldau.app.store.applications.StoredApplication;

/**
 * Accepting and storing scans in an encrypted office database survive a SIGKILL at any moment: every
 * acceptance the child reported is QUEUED with its outbox entry and its sealed scan, no application is
 * half accepted, and the file is sound and opens with the operator's password.
 */
class IntakeKillTest {

    private static final int ACCEPTS_BEFORE_KILL = 25;

    @TempDir
    Path temp;

    @Test
    void aDeskKilledWhileAcceptingLosesNoAcceptanceAndHalvesNone() throws Exception {
        Path data = temp.resolve("data");
        Path stderr = temp.resolve("child.err");
        Process child = IntakeChildProcess.start(data, stderr);
        List<UUID> accepted = new ArrayList<>();
        List<String> scans = new ArrayList<>();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8));
            assertThat(lines.readLine()).as("child started: %s", Files.exists(stderr) ? Files.readString(stderr) : "")
                    .isEqualTo("ready");
            String line;
            while (accepted.size() < ACCEPTS_BEFORE_KILL && (line = lines.readLine()) != null) {
                if (line.startsWith("accepted ")) {
                    accepted.add(UUID.fromString(line.substring("accepted ".length())));
                } else if (line.startsWith("scan ")) {
                    scans.add(line.substring("scan ".length()));
                }
            }
        } finally {
            child.destroyForcibly(); // SIGKILL: in the middle of a scan, a save or an acceptance
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(accepted).hasSize(ACCEPTS_BEFORE_KILL);

        try (Database db = Database.open(DataFolder.at(data, false))) {
            assertThat(db.quickCheckProblems()).isEmpty();
            DataKeyKeeper keys = DataKeyKeeper.attach(db, DataKeyKeeperTest.TEST_COST, Clock.systemUTC());
            assertThat(keys.open("admin", "pw".toCharArray())).isTrue();
            ApplicationStore store = ApplicationStore.open(db, false);
            for (UUID id : accepted) {
                StoredApplication a = store.drafts().find(id).orElseThrow();
                assertThat(a.status()).isEqualTo(ApplicationStatus.QUEUED);
                assertThat(a.application().field("applicant.surname").map(String::valueOf).orElse(""))
                        .startsWith("Accept-");
            }
            for (String sha : scans) {
                assertThat(new String(store.scans().content(sha), StandardCharsets.UTF_8)).contains("Scan-");
            }
            int[] counts = db.read(c -> {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT "
                        + "(SELECT count(*) FROM application WHERE status = 'QUEUED'), "
                        + "(SELECT count(*) FROM outbox), "
                        + "(SELECT count(*) FROM application a WHERE status = 'QUEUED' AND NOT EXISTS "
                        + "  (SELECT 1 FROM application_scan s WHERE s.application_id = a.id))")) {
                    rs.next();
                    return new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3)};
                }
            });
            assertThat(counts[0]).as("accepted, also after the last line read").isGreaterThanOrEqualTo(accepted.size());
            assertThat(counts[1]).as("one outbox entry per acceptance, none without").isEqualTo(counts[0]);
            assertThat(counts[2]).as("every acceptance pinned its scan").isZero();
            store.endSession();
        }
    }
}
