package kz.qabyldau.app.store.crypto;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.store.Database;
import kz.qabyldau.app.store.PersonalColumns;
import kz.qabyldau.app.store.Vault;

/**
 * What sealing adds to one autosave, without SQLite: sealing a 4,021-byte application (as
 * {@code DraftSaveBenchmark} saves it), its search key and name, and two blind indexes; and what one
 * sign-in costs (Argon2id at the office cost). A main in test scope (docs/benchmarks.md); arguments
 * {@code [rounds=20000]}.
 */
public final class SealCostBenchmark {

    private SealCostBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Path folder = Files.createTempDirectory("qabyldau-seal-bench");
        try (Database db = Database.open(DataFolder.at(folder, false))) {
            DataKeyKeeper keys = DataKeyKeeper.attach(db);
            long s0 = System.nanoTime();
            keys.establish("bench", "bench".toCharArray());
            long s1 = System.nanoTime();
            keys.lock();
            long o0 = System.nanoTime();
            keys.open("bench", "bench".toCharArray());
            long o1 = System.nanoTime();
            out.printf("establish (2 Argon2id runs + wraps) %.0f ms; sign-in open (1 Argon2id run) %.0f ms%n",
                    (s1 - s0) / 1e6, (o1 - o0) / 1e6);
            String json = "x".repeat(4021);
            String key = "жұмабекова әсел zhumabekova asel n12345678 900101400123";
            long[] took = new long[rounds];
            for (int i = -rounds / 5; i < rounds; i++) {
                long t0 = System.nanoTime();
                String row = "row-" + (i & 1023);
                PersonalColumns.APPLICATION_JSON.seal(keys, row, json);
                PersonalColumns.SEARCH_KEY.seal(keys, row, key);
                PersonalColumns.APPLICANT_NAME.seal(keys, row, "Жұмабекова Әсел");
                PersonalColumns.PASSPORT_INDEX.index(keys, "N12345678");
                PersonalColumns.IIN_INDEX.index(keys, "900101400123");
                if (i >= 0) {
                    took[i] = System.nanoTime() - t0;
                }
            }
            Arrays.sort(took);
            out.printf("sealing one autosave's values (%d rounds): p50 %.3f ms, p99 %.3f ms%n", rounds,
                    took[rounds / 2] / 1e6, took[rounds * 99 / 100] / 1e6);
            Vault vault = keys;
            String sealed = PersonalColumns.APPLICATION_JSON.seal(vault, "r", json);
            long r0 = System.nanoTime();
            for (int i = 0; i < rounds; i++) {
                PersonalColumns.APPLICATION_JSON.open(vault, "r", sealed);
            }
            out.printf("opening a sealed 4 KB application: %.3f ms each%n", (System.nanoTime() - r0) / 1e6 / rounds);
        }
    }
}
