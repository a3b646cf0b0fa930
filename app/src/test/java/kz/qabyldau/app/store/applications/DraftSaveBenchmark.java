package kz.qabyldau.app.store.applications;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.store.Database;
import kz.qabyldau.forms.application.Application;
import kz.qabyldau.forms.application.PresentedDocument;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.Comparator;
import kz.qabyldau.app.store.crypto.DataKeyKeeper;
import kz.qabyldau.forms.application.ApplicationJson;

import com.sun.management.ThreadMXBean;

/**
 * Latency of one autosave ({@link Drafts#save}) of a complete permit application (about 45 fields,
 * 6 documents with scans), the whole call as the desk makes it: JSON, search columns, one
 * {@code BEGIN IMMEDIATE} … {@code COMMIT} in WAL with {@code synchronous=NORMAL}, on a database that
 * already holds {@code others} drafts, and beside it, interleaved, the floor: a bare one-row commit on the same
 * file through the same connection. Run as described in docs/benchmarks.md ("Storage"):
 * {@code DraftSaveBenchmark [saves] [others] [folder]}. Prints p50, p90, p99 and the maximum in ms.
 */
public final class DraftSaveBenchmark {

    private DraftSaveBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        int saves = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        int others = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        Path folder = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("qabyldau-bench");
        try (Database db = Database.open(DataFolder.at(folder, false))) {
            if (Boolean.getBoolean("qabyldau.bench.encrypted")) {
                // The "after" of docs/benchmarks.md: personal values sealed with AES-GCM on every save.
                DataKeyKeeper.attach(db).establish("bench", "bench".toCharArray());
            }
            ApplicationStore store = ApplicationStore.open(db, false);
            for (int i = 0; i < others; i++) {
                StoredApplication other = store.drafts().create("permit.issue", "B-" + i, "Dana");
                store.drafts().save(other.id(), complete(other, i), other.version(), Duration.ofSeconds(i));
            }
            StoredApplication draft = store.drafts().create("permit.issue", "A-1", "Aigerim");
            out.printf("application JSON: %d bytes; %d other drafts; %s%n",
                    ApplicationJson.write(complete(draft, 0)).length(), others,
                    db.file());
            long version = draft.version();
            int warmUp = Math.max(200, saves / 5);
            for (int i = 0; i < warmUp; i++) {
                version = store.drafts().save(draft.id(), complete(draft, i), version, Duration.ofSeconds(i));
            }
            String floorRow = store.drafts().create("permit.issue", "F-1", "Floor").id().toString();
            for (int i = 0; i < warmUp; i++) {
                bareCommit(db, floorRow, i);
            }
            long[] nanos = new long[saves];
            long[] floor = new long[saves];
            // CPU time and allocation of the saves alone: unlike wall time, neither depends much on what else the
            // machine runs, so they show what a change to the save path costs even on a busy machine.
            ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
            long cpu = 0;
            long allocated = 0;
            for (int i = 0; i < saves; i++) {
                // Built outside the timed part: the wizard has the Application already.
                Application typed = complete(draft, i);
                long cpuStart = threads.getCurrentThreadCpuTime();
                long allocatedStart = threads.getCurrentThreadAllocatedBytes();
                long start = System.nanoTime();
                version = store.drafts().save(draft.id(), typed, version, Duration.ofSeconds(i));
                nanos[i] = System.nanoTime() - start;
                allocated += threads.getCurrentThreadAllocatedBytes() - allocatedStart;
                cpu += threads.getCurrentThreadCpuTime() - cpuStart;
                // The floor, interleaved so that it meets the same load: one bare one-row commit on the same file.
                start = System.nanoTime();
                bareCommit(db, floorRow, i);
                floor[i] = System.nanoTime() - start;
            }
            report(out, "draft save", nanos, warmUp);
            out.printf("draft save, per save: %.1f us CPU on the saving thread, %.1f KB allocated%n",
                    cpu / 1e3 / saves, allocated / 1024.0 / saves);
            report(out, "floor: bare one-row commit", floor, warmUp);
            store.endSession();
        } finally {
            if (args.length <= 2) {
                deleteTree(folder);
            }
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** {@code BEGIN IMMEDIATE; UPDATE} one column of one row {@code ; COMMIT}, through the same connection. */
    private static void bareCommit(Database db, String row, int n) {
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement("UPDATE application SET service_time_ms = ? WHERE id = ?")) {
                st.setLong(1, n);
                st.setString(2, row);
                return st.executeUpdate();
            }
        });
    }

    private static void report(PrintStream out, String what, long[] nanos, int warmUp) {
        Arrays.sort(nanos);
        long slow = Arrays.stream(nanos).filter(t -> t > 1_000_000).count();
        out.printf("%s, %d after %d warm-up: p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms; %d over 1 ms%n",
                what, nanos.length, warmUp, ms(nanos, 0.50), ms(nanos, 0.90), ms(nanos, 0.99),
                nanos[nanos.length - 1] / 1e6, slow);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(quantile * sorted.length))] / 1e6;
    }

    /** A complete permit application; {@code n} changes one field, as a keystroke does. */
    static Application complete(StoredApplication draft, int n) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("provider.code", "750000000");
        f.put("provider.name", "Алматы қаласының жұмыспен қамту басқармасы");
        f.put("applicant.surname", "Каримов");
        f.put("applicant.givenNames", "Алишер");
        f.put("applicant.patronymic", "Рустамович");
        f.put("applicant.latinName", "KARIMOV ALISHER");
        f.put("applicant.citizenship", "UZB");
        f.put("applicant.birthDate", "1990-05-17");
        f.put("applicant.birthPlace", "Ташкент");
        f.put("applicant.sex", "M");
        f.put("applicant.document.type", "passport");
        f.put("applicant.document.series", "FA");
        f.put("applicant.document.number", "FA1234567");
        f.put("applicant.document.issuedOn", "2021-03-01");
        f.put("applicant.document.issuedBy", "MVD RUz");
        f.put("applicant.document.expiresOn", "2031-02-28");
        f.put("applicant.abroad.country", "UZB");
        f.put("applicant.abroad.address", "Ташкент, Юнусабадский район, ул. Амира Темура, д. 108, кв. 15");
        f.put("applicant.abroad.phone", "+998 90 123 45 67");
        f.put("applicant.family.status", "married");
        f.put("applicant.family.spouseName", "Каримова Дилноза");
        f.put("applicant.family.spouseBirthYear", 1992);
        f.put("applicant.family.children", 2);
        f.put("applicant.family.phone", "+998 90 765 43 21");
        f.put("applicant.kzAddress", "Алматы, Бостандық ауданы, Әл-Фараби даңғылы, 77/8, " + n);
        f.put("employer.surname", "Сейітқали");
        f.put("employer.givenNames", "Нұрлан");
        f.put("employer.patronymic", "Ержанұлы");
        f.put("employer.iin", "800101300123");
        f.put("employer.birthYear", 1980);
        f.put("employer.phone", "+7 701 123 45 67");
        f.put("employer.address", "Алматы, Медеу ауданы, Достық даңғылы, 5");
        f.put("employer.document.number", "045678912");
        f.put("employer.document.issuedOn", "2019-06-01");
        f.put("employer.document.issuedBy", "ҚР ІІМ");
        f.put("household.region", "750000000");
        f.put("household.locality", "Алматы");
        f.put("household.street", "Достық даңғылы");
        f.put("household.house", "5");
        f.put("household.flat", "12");
        f.put("request.months", 6);
        f.put("request.startDate", "2026-04-01");
        f.put("request.profession", "Бағбан");
        f.put("request.salary", new BigDecimal("250000"));
        f.put("prepayment.amount", new BigDecimal("19650"));
        f.put("prepayment.paidOn", "2026-02-27");
        f.put("prepayment.taxOffice", "6001");
        f.put("consent.personalData", true);
        f.put("consent.employerPersonalData", true);
        List<PresentedDocument> docs = new ArrayList<>();
        for (String type : List.of("application-app1", "prepayment-receipt", "passport", "medical-028e",
                "medical-insurance", "intent-agreement-app3")) {
            docs.add(new PresentedDocument(type, true, LocalDate.of(2026, 2, 1), null, LocalDate.of(2027, 2, 1), null,
                    List.of(Scans.sha256(type.getBytes(StandardCharsets.UTF_8)),
                            Scans.sha256((type + "-2").getBytes(StandardCharsets.UTF_8)))));
        }
        return new Application(Application.FORMAT, draft.id().toString(), draft.service(), null, "kk", f, docs,
                List.of());
    }
}
