package kz.qabyldau.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kz.qabyldau.app.central.CentralConfig;
import kz.qabyldau.app.central.CentralService;
import kz.qabyldau.app.central.CentralTestSupport;
import kz.qabyldau.app.reports.CentralFigures;
import kz.qabyldau.app.reports.CentralReports;
import kz.qabyldau.app.reports.ReportAccess;
import kz.qabyldau.app.reports.ReportPeriod;

/**
 * {@code GET /sync/1/reports} (sync-protocol 3.8) against the simulator on loopback: an office's figures count every
 * workstation of that office and nothing of another; the office is the signing key's, never a header's; an unsigned
 * request gets none; an unreachable service is "offline", never an error.
 */
class OfficeFiguresTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The examples' registration day (filed 2026-03-02 10:15). */
    private static final ReportPeriod REGISTERED = ReportPeriod.day(LocalDate.of(2026, 3, 2));

    @TempDir
    Path dir;
    private CentralService central;

    @BeforeEach
    void start() {
        central = CentralService.start(CentralConfig.defaults(dir.resolve("central"), 0)
                .withLimits(CentralTestSupport.exampleDates())
                .withDecisionDelay(Duration.ofHours(1)).withRates(0.5, 0).withSeed(3));
    }

    @AfterEach
    void stop() {
        central.stop();
    }

    private static CentralReports reports(Desk desk) {
        return CentralReports.through(ReportAccess.wholeOffice(), () -> Optional.of(desk.worker.client()));
    }

    /** The day the simulator decides on: its clock, Asia/Almaty. */
    private static ReportPeriod decisionDay() {
        return ReportPeriod.day(LocalDate.now(ZoneId.of("Asia/Almaty")));
    }

    private static CentralFigures figures(Desk desk, ReportPeriod period) {
        CentralReports.Result r = reports(desk).fetch(period);
        assertThat(r.unavailable()).isEmpty();
        return r.figures().orElseThrow();
    }

    @Test
    void anOfficeSeesEveryOneOfItsWorkstationsAndNothingOfAnotherOffice() {
        try (Desk first = Desk.enrolled(dir.resolve("a1"), central, "AST-03", Duration.ofSeconds(5), 1 << 20);
             Desk second = Desk.enrolled(dir.resolve("a2"), central, "AST-03", Duration.ofSeconds(5), 1 << 20);
             Desk other = Desk.enrolled(dir.resolve("b"), central, "AST-07", Duration.ofSeconds(5), 1 << 20)) {
            first.accept(3, 1, 500);
            second.accept(2, 1, 500);
            other.accept(4, 1, 500);
            first.drain(3);
            second.drain(3);
            other.drain(3);

            CentralFigures before = figures(first, REGISTERED);
            assertThat(before.office()).isEqualTo("AST-03");
            assertThat(before.receivedTotal()).as("both workstations of the office, none of AST-07").isEqualTo(5);
            assertThat(before.received()).containsExactly(
                    new CentralFigures.Received(REGISTERED.from(), "permit.issue", 5));
            assertThat(before.decisions()).isEmpty();
            assertThat(figures(other, REGISTERED).receivedTotal()).isEqualTo(4);
            assertThat(figures(first, ReportPeriod.day(LocalDate.of(2026, 3, 3))).receivedTotal())
                    .as("another registration day").isZero();

            central.decideNow();

            CentralFigures decided = figures(second, decisionDay());
            assertThat(decided.receivedTotal()).as("received on 2 March, not on the day of decision").isZero();
            assertThat(decided.issued() + decided.refused()).isEqualTo(5);
            assertThat(decided.refused()).as("seed 3 at a refusal rate of 0.5 refuses some").isPositive();
            assertThat(decided.grounds().stream().mapToInt(g -> g.count()).sum()).isEqualTo(decided.refused());
            assertThat(decided.late()).as("due 4 March (p.7), decided later").isEqualTo(5);
            assertThat(decided.daysToDecision().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(5);
            CentralFigures theirs = figures(other, decisionDay());
            assertThat(theirs.office()).isEqualTo("AST-07");
            assertThat(theirs.issued() + theirs.refused()).isEqualTo(4);
        }
    }

    @Test
    void theOfficeIsTheKeysWhateverTheHeadersSay() throws Exception {
        try (Desk other = Desk.enrolled(dir.resolve("b"), central, "AST-07", Duration.ofSeconds(5), 1 << 20)) {
            other.accept(2, 1, 500);
            other.drain(3);
        }
        Enrolment.Enrolled mine = Enrolment.enrol(central.baseUri(), central.issueEnrolmentCode("AST-03",
                Desk.ASTANA), "ws-1", WorkstationKey.generate());
        HttpClient http = HttpClient.newHttpClient();

        HttpResponse<String> plain = http.send(signed(mine.key(), Map.of()), HttpResponse.BodyHandlers.ofString());
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(plain.body()).path("office").asText()).isEqualTo("AST-03");
        assertThat(JSON.readTree(plain.body()).path("received").size()).as("AST-07's two are not AST-03's").isZero();

        HttpResponse<String> claimed = http.send(signed(mine.key(), Map.of("Qabyldau-Office", "AST-07",
                "Qabyldau-Workstation", "ws-1")), HttpResponse.BodyHandlers.ofString());
        assertThat(claimed.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(claimed.body()).path("code").asText()).isEqualTo("IDENTITY_MISMATCH");
        assertThat(claimed.body()).doesNotContain("received");

        HttpResponse<String> unsigned = http.send(HttpRequest.newBuilder(figuresUri())
                .header("Qabyldau-Protocol", "qabyldau.sync/1").header("Qabyldau-Office", "AST-07")
                .header("Qabyldau-Workstation", "ws-9").header("Qabyldau-Region", Desk.ASTANA)
                .header("Authorization", "Bearer any").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(unsigned.statusCode()).as("headers alone name any office: no figures for them").isEqualTo(401);
        JsonNode refusal = JSON.readTree(unsigned.body());
        assertThat(refusal.path("code").asText()).isEqualTo("SIGNATURE_REQUIRED");
        assertThat(unsigned.body()).doesNotContain("received");
    }

    @Test
    void aPeriodTheServiceCannotReadIsRefusedByItsParameter() throws Exception {
        Enrolment.Enrolled mine = Enrolment.enrol(central.baseUri(), central.issueEnrolmentCode("AST-03",
                Desk.ASTANA), "ws-1", WorkstationKey.generate());
        HttpClient http = HttpClient.newHttpClient();
        for (String[] bad : new String[][] {{"from=2026-03-02&to=2026-03-01", "to"},
                {"from=2025-01-01&to=2026-03-01", "to"}, {"from=2.3.2026&to=2026-03-01", "from"},
                {"from=2026-03-01", "to"}}) {
            URI uri = central.baseUri().resolve("sync/1/reports?" + bad[0]);
            WorkstationKey.SignedHeaders s = mine.key().sign("GET", uri.getRawPath(), uri.getRawQuery(), new byte[0],
                    Instant.now().getEpochSecond());
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).header("Qabyldau-Protocol",
                    "qabyldau.sync/1").header("Content-Digest", s.contentDigest())
                    .header("Signature-Input", s.signatureInput()).header("Signature", s.signature()).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).as(bad[0]).isEqualTo(400);
            JsonNode body = JSON.readTree(r.body());
            assertThat(body.path("code").asText()).isEqualTo("BAD_PARAMETER");
            assertThat(body.path("parameter").asText()).as(bad[0]).isEqualTo(bad[1]);
        }
    }

    @Test
    void withoutAKeyOrAServiceTheReportSaysWhyAndNeverFails() {
        try (Desk unenrolled = new Desk(dir.resolve("u"), central.baseUri(), "AST-03", Duration.ofSeconds(5),
                1 << 20)) {
            assertThat(reports(unenrolled).fetch(REGISTERED).unavailable())
                    .contains(CentralReports.Unavailable.NOT_ENROLLED);
        }
        assertThat(CentralReports.notConnected(ReportAccess.wholeOffice()).fetch(REGISTERED).unavailable())
                .contains(CentralReports.Unavailable.NOT_CONNECTED);
        try (Desk desk = Desk.enrolled(dir.resolve("a"), central, "AST-03", Duration.ofSeconds(2), 1 << 20)) {
            central.refuseConnections(Optional.empty());
            assertThat(reports(desk).fetch(REGISTERED).unavailable()).contains(CentralReports.Unavailable.OFFLINE);
            central.acceptConnections();
        }
    }

    private URI figuresUri() {
        return central.baseUri().resolve("sync/1/reports?from=2026-03-02&to=2026-03-02");
    }

    private HttpRequest signed(WorkstationKey key, Map<String, String> headers) {
        URI uri = figuresUri();
        WorkstationKey.SignedHeaders s = key.sign("GET", uri.getRawPath(), uri.getRawQuery(), new byte[0],
                Instant.now().getEpochSecond());
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).header("Qabyldau-Protocol", "qabyldau.sync/1")
                .header("Content-Digest", s.contentDigest()).header("Signature-Input", s.signatureInput())
                .header("Signature", s.signature());
        headers.forEach(b::header);
        return b.GET().build();
    }
}
