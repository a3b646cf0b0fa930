package kz.qabyldau.app.reports;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import kz.qabyldau.app.cli.GenerateCommand;
import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.config.LaunchOptions;
import kz.qabyldau.app.store.Database;
import java.util.function.Supplier;

/**
 * How long the office's report takes over a generated office (docs/benchmarks.md): a main in test scope, not a
 * timed test. Arguments {@code [applications] [folder]}: fills the folder with {@code qabyldau generate} unless it
 * holds a database already, then times {@link ReportService#office} over the last year, the last month and one
 * day, the first call in this JVM (cold) and 20 more (warm), and Today.
 */
public final class ReportBenchmark {

    private ReportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int applications = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path folder = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("report-bench");
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (!Files.exists(folder.resolve("qabyldau.db"))) {
            long t = System.nanoTime();
            int code = new GenerateCommand().run(List.of("--data-dir", folder.toString(), "--applications",
                    Integer.toString(applications), "--seed", "1"), LaunchOptions.defaults(), out, out);
            out.printf("generate: exit %d, %.1f s%n", code, (System.nanoTime() - t) / 1e9);
        }
        ZoneId zone = ZoneId.of("Asia/Almaty");
        LocalDate today = LocalDate.now(zone);
        try (Database db = Database.open(DataFolder.at(folder, false))) {
            ReportService reports = new ReportService(db, ReportAccess.wholeOffice(), zone);
            time(out, "year", () -> reports.office(new ReportPeriod(today.minusYears(1), today)));
            time(out, "month", () -> reports.office(new ReportPeriod(today.minusMonths(1), today)));
            time(out, "day", () -> reports.office(ReportPeriod.day(today.minusDays(20))));
            time(out, "all (9 years)", () -> reports.office(new ReportPeriod(today.minusYears(9), today)));
        }
    }

    private static void time(PrintStream out, String what, Supplier<OfficeReport> report) {
        long t = System.nanoTime();
        OfficeReport first = report.get();
        double cold = (System.nanoTime() - t) / 1e6;
        List<Double> warm = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            t = System.nanoTime();
            report.get();
            warm.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(warm);
        out.printf("%-14s accepted %6d refused %5d decisions %6d late %5d | first %7.1f ms, warm median %6.1f ms,"
                        + " max %6.1f ms%n", what, first.accepted(), first.refusedAtIntake(), first.decisions().total(),
                first.decisions().lateCount(), cold, warm.get(warm.size() / 2), warm.get(warm.size() - 1));
    }
}
