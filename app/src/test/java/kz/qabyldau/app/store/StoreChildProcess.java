package kz.qabyldau.app.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.settings.OfficeSettings;
import java.nio.file.Files;

/**
 * A second copy of the workstation for tests, run in its own JVM: {@code hold DIR} opens the
 * database and keeps it until killed; {@code write DIR} saves settings in an endless loop and
 * prints each committed counter. Prints {@code open} once the database is open, or
 * {@code refused <message key>} and exits when it is refused.
 */
public final class StoreChildProcess {

    private StoreChildProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Database database;
        try {
            database = Database.open(DataFolder.at(Path.of(args[1]), false));
        } catch (StoreException e) {
            out.println("refused " + e.messageKey());
            System.exit(3);
            return;
        }
        out.println("open");
        if (args[0].equals("hold")) {
            Thread.currentThread().join(); // until the parent kills us
        }
        SqliteSettingsStore store = new SqliteSettingsStore(database);
        for (long i = 1; ; i++) {
            store.save(new OfficeSettings("Office", "750000000", "LEO", "clerk-" + i, "kk", "https://central"));
            out.println(i);
        }
    }

    /** Starts the child with the test class path; its stderr goes to {@code stderrFile}. */
    public static Process start(String mode, Path dataDir, Path stderrFile) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(StoreChildProcess.class.getName());
        command.add(mode);
        command.add(dataDir.toString());
        return new ProcessBuilder(command).redirectError(stderrFile.toFile()).start();
    }

    /** Reads the child's stdout until it prints {@code open}; fails if it exits first. */
    public static BufferedReader awaitOpen(Process child, Path stderrFile) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8));
        String line = lines.readLine();
        if (!"open".equals(line)) {
            throw new IllegalStateException("child did not open the database: " + line + "\n"
                    + Files.readString(stderrFile));
        }
        return lines;
    }
}
