package kz.qabyldau.app.store.applications;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.store.Database;
import kz.qabyldau.forms.application.Application;

/**
 * A workstation typing a draft, in its own JVM, until it is killed: {@code DIR} opens the store,
 * creates a draft, prints {@code draft UUID}, then saves it in an endless loop with the surname
 * {@code Save-N} and prints {@code N} after each committed save (version N+1).
 */
public final class DraftChildProcess {

    private DraftChildProcess() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Database database = Database.open(DataFolder.at(Path.of(args[0]), false));
        ApplicationStore store = ApplicationStore.open(database, false);
        StoredApplication draft = store.drafts().create("permit.issue", "A-1", "Aigerim");
        out.println("draft " + draft.id());
        long version = draft.version();
        for (long n = 1; ; n++) {
            Application typed = StoreFixture.permit(draft, surname(n));
            version = store.drafts().save(draft.id(), typed, version, Duration.ofSeconds(n));
            out.println(n);
        }
    }

    static String surname(long n) {
        return "Save-" + n;
    }

    /** Starts the child with the test class path; its stderr goes to {@code stderrFile}. */
    static Process start(Path dataDir, Path stderrFile) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(DraftChildProcess.class.getName());
        command.add(dataDir.toString());
        return new ProcessBuilder(command).redirectError(stderrFile.toFile()).start();
    }
}
