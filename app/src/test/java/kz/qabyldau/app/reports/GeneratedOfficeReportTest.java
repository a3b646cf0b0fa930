package kz.qabyldau.app.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.cli.GenerateCommand;
import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.config.LaunchOptions;
import kz.qabyldau.app.store.Database;

/**
 * {@code qabyldau generate} writes the facts the reports read (as the desk and the sync do), so a generated office
 * has the figures its manifest says: every state counted, none lost.
 */
class GeneratedOfficeReportTest {

    @TempDir
    Path dir;

    @Test
    void aGeneratedOfficeReportsWhatItsManifestSays() throws IOException {
        Path data = dir.resolve("office");
        Path manifest = dir.resolve("manifest.tsv");
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        PrintStream quiet = new PrintStream(sink, true, StandardCharsets.UTF_8);
        int code = new GenerateCommand().run(List.of("--data-dir", data.toString(), "--applications", "1500",
                "--seed", "11", "--manifest", manifest.toString()), LaunchOptions.defaults(), quiet, quiet);
        assertThat(code).isZero();
        Map<String, Long> states = Files.readAllLines(manifest, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.startsWith("#")).map(l -> l.substring(l.lastIndexOf('\t') + 1))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));

        LocalDate today = LocalDate.now(ZoneId.of("Asia/Almaty"));
        try (Database db = Database.open(DataFolder.at(data, false))) {
            OfficeReport r = new ReportService(db, ReportAccess.wholeOffice(), ZoneId.of("Asia/Almaty"))
                    .office(new ReportPeriod(today.minusYears(9), today.plusDays(30)));

            long accepted = states.entrySet().stream().filter(e -> List.of("QUEUED", "SUBMITTED", "ISSUED", "REFUSED",
                    "HANDED_OUT").contains(e.getKey())).mapToLong(Map.Entry::getValue).sum();
            assertThat(r.accepted()).isEqualTo(accepted).isPositive();
            long refused = states.getOrDefault("INTAKE_REFUSED", 0L);
            assertThat(r.refusedAtIntake()).isEqualTo(refused).isPositive();
            assertThat(r.intakeGrounds()).isNotEmpty();
            long decided = states.getOrDefault("ISSUED", 0L) + states.getOrDefault("REFUSED", 0L)
                    + states.getOrDefault("HANDED_OUT", 0L);
            assertThat(r.decisions().total()).isEqualTo(decided);
            assertThat(r.decisions().refused()).isGreaterThanOrEqualTo(states.getOrDefault("REFUSED", 0L).intValue());
            assertThat(r.waiting().handoutWaiting()).isEqualTo((long) states.getOrDefault("ISSUED", 0L)
                    + states.getOrDefault("REFUSED", 0L));
            assertThat(r.serviceTimes()).isNotEmpty().allSatisfy(t -> assertThat(t.median()).isPositive());
            assertThat(r.serviceTimes().stream().mapToInt(ServiceTime::applications).sum())
                    .isEqualTo(r.accepted() + r.refusedAtIntake());
        }
    }
}
