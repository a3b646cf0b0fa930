package kz.qabyldau.app.store.crypto;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.store.Database;
import kz.qabyldau.app.store.applications.ApplicationStore;
import kz.qabyldau.app.store.applications.ScanRef;
import kz.qabyldau.app.store.applications.StoredApplication;
import kz.qabyldau.forms.application.PresentedDocument;
import kz.qabyldau.forms.verdict.Outcome;
import kz.qabyldau.forms.verdict.Verdict;

/**
 * A desk taking applications in its own JVM, in an encrypted office database, until it is killed:
 * for ever stores a scan (prints {@code scan SHA256} once committed), saves a draft naming it and accepts
 * it (prints {@code accepted UUID} once committed). Arguments: {@code DIR}; the key is made at the start
 * for operator {@code admin} with password {@code pw}.
 */
public final class IntakeChildProcess {

    private IntakeChildProcess() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Database database = Database.open(DataFolder.at(Path.of(args[0]), false));
        DataKeyKeeper.attach(database, DataKeyKeeperTest.TEST_COST, Clock.systemUTC())
                .establish("admin", "pw".toCharArray());
        ApplicationStore store = ApplicationStore.open(database, false);
        out.println("ready");
        LocalDateTime filed = LocalDateTime.of(2026, 3, 2, 10, 15);
        for (long n = 1; ; n++) {
            ScanRef scan = store.scans().put(DataAtRestTest.pdf("Scan-" + n), null, "scan-" + n + ".pdf");
            out.println("scan " + scan.sha256());
            StoredApplication draft = store.drafts().create("permit.issue", "", "Dana");
            long v = store.drafts().save(draft.id(), DataAtRestTest.application(draft, "Accept-" + n, "N" + n,
                    "", List.of(new PresentedDocument("passport", true, null, null, null, null,
                            List.of(scan.sha256())))), 1, Duration.ofSeconds(1));
            store.intake().accept(draft.id(), v, new Verdict("permit.issue", "2026-01-01", filed,
                    filed.toLocalDate(), Outcome.ACCEPT, List.of(), List.of(), List.of(), new TreeMap<>(),
                    new TreeMap<>()), "Dana");
            out.println("accepted " + draft.id());
        }
    }

    /** Starts the child with the test class path; its stderr goes to {@code stderrFile}. */
    static Process start(Path dataDir, Path stderrFile) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(IntakeChildProcess.class.getName());
        command.add(dataDir.toString());
        return new ProcessBuilder(command).redirectError(stderrFile.toFile()).start();
    }
}
