package kz.qabyldau.app.store.applications;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.store.Database;
import kz.qabyldau.app.store.SearchTerms;
import kz.qabyldau.app.store.synthetic.SyntheticOffice;
import kz.qabyldau.app.store.synthetic.SyntheticScans;
import java.sql.SQLException;
import kz.qabyldau.app.store.Vault;
import kz.qabyldau.app.store.crypto.DataKeyKeeper;

/**
 * Latency of the office search ({@link Search#find}, first page of 50, as the Search page asks) per kind of
 * query over generated applications, and in the same run the floor: a bare indexed SQLite lookup of the same
 * term (or ticket / reference) returning 50 record numbers, without opening anything. Run as described in
 * docs/benchmarks.md ("Office search"):
 * {@code SearchBenchmark records queriesPerKind folder} — the folder keeps the database and the identities
 * (manifest.tsv beside the data folder), so a second run over the same records skips the generation.
 * With {@code -Dqabyldau.bench.encrypted=true} the database is encrypted (blind terms, sealed names).
 */
public final class SearchBenchmark {

    private static final int PAGE = 50;
    private static final int BATCH = 5_000;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int records = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int perKind = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        Path folder = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("qabyldau-search-bench");
        Path data = folder.resolve("data");
        Path manifest = folder.resolve("manifest.tsv");
        boolean encrypted = Boolean.getBoolean("qabyldau.bench.encrypted");
        try (Database db = Database.open(DataFolder.at(data, false))) {
            DataKeyKeeper keys = DataKeyKeeper.attach(db);
            if (encrypted && !keys.open("bench", "bench".toCharArray())) {
                throw new IllegalStateException("wrong benchmark password");
            }
            if (encrypted && db.vault().state() == Vault.State.PLAIN) {
                keys.establish("bench", "bench".toCharArray());
            }
            ApplicationStore store = ApplicationStore.open(db, false);
            if (!Files.exists(manifest)) {
                generate(store, records, manifest, out);
            }
            List<String[]> people = read(manifest);
            out.printf("%,d applications (%s), database %,d MB, %s%n", people.size(),
                    db.vault().state(), Files.size(db.file()) / (1024 * 1024), db.file());
            SplittableRandom random = new SplittableRandom(42);
            // manifest columns: surname, iin, passport, permit, reference, ticket, employerIin, status
            Map<String, List<String>> queries = new LinkedHashMap<>();
            queries.put("NAME (4-letter prefix)", sample(people, perKind, random, p -> prefix(p[0], 4)));
            queries.put("NAME (1-letter prefix)", sample(people, perKind, random, p -> prefix(p[0], 1)));
            queries.put("NAME (whole surname)", sample(people, perKind, random, p -> p[0]));
            queries.put("IIN", sample(people, perKind, random, p -> p[1]));
            queries.put("PASSPORT", sample(people, perKind, random, p -> p[2]));
            queries.put("PERMIT", sample(people, perKind, random, p -> p[3]));
            queries.put("REFERENCE", sample(people, perKind, random, p -> p[4]));
            queries.put("TICKET", sample(people, perKind, random, p -> p[5]));
            out.println("| kind | queries | search p50 | p99 | max | floor p50 | floor p99 | mean hits |");
            out.println("|---|---|---|---|---|---|---|---|");
            for (Map.Entry<String, List<String>> e : queries.entrySet()) {
                List<String> qs = e.getValue();
                for (String q : qs.subList(0, Math.min(qs.size(), 100))) {
                    store.search().find(q, 0, PAGE);
                    floor(db, e.getKey(), q);
                }
                long[] search = new long[qs.size()];
                long[] floor = new long[qs.size()];
                long hits = 0;
                for (int i = 0; i < qs.size(); i++) {
                    String q = qs.get(i);
                    long t0 = System.nanoTime();
                    hits += store.search().find(q, 0, PAGE).hits().size();
                    search[i] = System.nanoTime() - t0;
                    long t1 = System.nanoTime();
                    floor(db, e.getKey(), q);
                    floor[i] = System.nanoTime() - t1;
                }
                Arrays.sort(search);
                Arrays.sort(floor);
                out.printf("| %s | %,d | %s | %s | %s | %s | %s | %.1f |%n", e.getKey(), qs.size(), ms(search, 0.5),
                        ms(search, 0.99), ms(search, 1.0), ms(floor, 0.5), ms(floor, 0.99),
                        (double) hits / qs.size());
            }
            store.endSession();
        }
    }

    /** The floor: the same lookup as bare SQL on the index, record numbers only, nothing opened or mapped. */
    private static int floor(Database db, String kind, String query) {
        return db.read(c -> {
            if (kind.startsWith("TICKET") || kind.startsWith("REFERENCE")) {
                String column = kind.startsWith("TICKET") ? "ticket" : "server_reference";
                return count(c, "SELECT search_no FROM application WHERE " + column + " = ? COLLATE NOCASE "
                        + "ORDER BY search_no DESC LIMIT " + PAGE, query.getBytes(StandardCharsets.UTF_8), true);
            }
            String n = ApplicationRows.normalizeNumber(query);
            byte[] term = kind.startsWith("NAME") ? SearchTerms.term(db.vault(), SearchIndex.NAME,
                    SearchIndex.nameWords(query).get(0))
                    : SearchTerms.term(db.vault(), kind.equals("IIN") ? SearchIndex.IIN
                    : kind.equals("PASSPORT") ? SearchIndex.DOCUMENT : SearchIndex.PERMIT, n);
            return count(c, "SELECT record FROM search_term WHERE term = ? ORDER BY record DESC LIMIT " + PAGE, term,
                    false);
        });
    }

    private static int count(Connection c, String sql, byte[] arg, boolean text) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            if (text) {
                st.setString(1, new String(arg, StandardCharsets.UTF_8));
            } else {
                st.setBytes(1, arg);
            }
            int n = 0;
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    n++;
                }
            }
            return n;
        }
    }

    private static void generate(ApplicationStore store, int records, Path manifest, PrintStream out)
            throws Exception {
        List<String> scans = new ArrayList<>();
        for (byte[] png : SyntheticScans.images(8, 1)) {
            scans.add(store.scans().put(png, Scans.PNG, "synthetic.png").sha256());
        }
        SyntheticOffice office = new SyntheticOffice(1, LocalDate.of(2026, 12, 1), scans);
        long start = System.nanoTime();
        try (BufferedWriter w = Files.newBufferedWriter(manifest, StandardCharsets.UTF_8)) {
            for (int done = 0; done < records; done += BATCH) {
                List<SyntheticOffice.Generated> batch = office.next(Math.min(BATCH, records - done));
                store.bulkImport().write(batch.stream().map(SyntheticOffice.Generated::application).toList());
                for (SyntheticOffice.Generated g : batch) {
                    w.write(g.identity().line());
                    w.newLine();
                }
                if ((done / BATCH) % 20 == 0) {
                    out.printf("generated %,d in %d s%n", done + batch.size(),
                            (System.nanoTime() - start) / 1_000_000_000L);
                }
            }
        }
        out.printf("generated %,d applications in %d s%n", records, (System.nanoTime() - start) / 1_000_000_000L);
    }

    private static List<String[]> read(Path manifest) throws Exception {
        List<String[]> people = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                people.add(line.split("\t", -1));
            }
        }
        return people;
    }

    private static List<String> sample(List<String[]> people, int n, SplittableRandom random,
                                       Function<String[], String> pick) {
        List<String> qs = new ArrayList<>();
        for (int tries = 0; qs.size() < n && tries < n * 50; tries++) {
            String q = pick.apply(people.get(random.nextInt(people.size())));
            if (q != null && !q.isEmpty()) {
                qs.add(q);
            }
        }
        return qs;
    }

    private static String prefix(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n);
    }

    private static String ms(long[] sorted, double q) {
        if (sorted.length == 0) {
            return "—";
        }
        long v = sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
        return String.format("%.2f ms", v / 1e6);
    }
}
