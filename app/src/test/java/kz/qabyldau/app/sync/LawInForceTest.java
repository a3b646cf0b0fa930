package kz.qabyldau.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.central.CentralConfig;
import kz.qabyldau.app.central.CentralService;
import kz.qabyldau.app.central.CentralTestSupport;
import kz.qabyldau.app.central.ReferenceBundle;
import kz.qabyldau.forms.application.Application;
import kz.qabyldau.forms.reference.ReferenceSource;
import kz.qabyldau.forms.service.ServiceCatalog;

/**
 * Issue #6: a reference-data update received by sync applies only from its effective date, to the desk already
 * running, and applications already accepted keep the verdict they were judged by.
 */
class LawInForceTest {

    /** The example's filing day; the update is effective the next day. */
    private static final LocalDateTime TODAY = LocalDateTime.of(2026, 3, 2, 10, 15);
    private static final LocalDateTime TOMORROW = TODAY.plusDays(1);

    @TempDir
    Path dir;
    private CentralService central;
    private Desk desk;

    @BeforeEach
    void start() {
        central = CentralService.start(CentralConfig.defaults(dir.resolve("central"), 0)
                .withLimits(CentralTestSupport.exampleDates())
                .withDecisionDelay(Duration.ofHours(1)).withRates(0, 0));
        desk = new Desk(dir.resolve("desk"), central.baseUri(), "AST-03", Duration.ofSeconds(5), 1 << 20)
                .trusting(central);
    }

    @AfterEach
    void stop() {
        desk.close();
        central.stop();
    }

    @Test
    void ground7_prepaymentJudgedWithTheMciReceivedOnlyFromItsEffectiveDate() throws IOException {
        LawInForce law = LawInForce.received(ServiceCatalog.loadBundled(), desk.syncStore);
        Application app = Desk.example("permit-issue-accepted", UUID.randomUUID(), List.of());
        // Judged once before the update arrives: the desk keeps what it read, and must notice the new bundle.
        assertThat(law.evaluate(app, TOMORROW).figures()).containsEntry("prepaymentExpected", new BigDecimal("103800"));

        receiveMci2026(4500, TOMORROW.toLocalDate());

        assertThat(law.evaluate(app, TODAY).figures())
                .as("before its effective date the bundled MCI of 2026 (4 325 tenge): 6 months x 4 MCI")
                .containsEntry("prepaymentExpected", new BigDecimal("103800"));
        assertThat(law.evaluate(app, TODAY).warnings()).isEmpty();
        assertThat(law.evaluate(app, TOMORROW).figures())
                .as("from its effective date the received MCI (4 500 tenge)")
                .containsEntry("prepaymentExpected", new BigDecimal("108000"));
        assertThat(law.evaluate(app, TOMORROW).warnings()).isNotEmpty();
    }

    @Test
    void acceptedApplicationKeepsTheVerdictItWasJudgedBy() throws IOException {
        UUID accepted = desk.acceptOne(0, 0);
        String frozen = desk.store.drafts().find(accepted).orElseThrow().verdictJson().orElseThrow();

        receiveMci2026(4500, LocalDate.of(2026, 1, 1));

        assertThat(desk.store.drafts().find(accepted).orElseThrow().verdictJson()).contains(frozen);
    }

    @Test
    void theSameDayAndNoNewBundleReuseTheParsedLaw() {
        LawInForce law = LawInForce.received(ServiceCatalog.loadBundled(), desk.syncStore);

        assertThat(law.on(TODAY.toLocalDate())).isSameAs(law.on(TODAY.toLocalDate()));
        assertThat(law.on(TOMORROW.toLocalDate())).as("no bundle: one parse for every day")
                .isSameAs(law.on(TODAY.toLocalDate()));
    }

    /** Publishes a rates.json whose 2026 MCI is {@code tenge}, effective {@code from}, and syncs it in. */
    private void receiveMci2026(int tenge, LocalDate from) throws IOException {
        String rates = bundledRates();
        String changed = rates.replace("\"tenge\": 4325", "\"tenge\": " + tenge);
        assertThat(changed).isNotEqualTo(rates);
        central.publishReferenceData(new ReferenceBundle("mci-" + tenge, from, "MCI of 2026 corrected",
                List.of(ReferenceBundle.File.of("reference/rates.json", changed))));
        assertThat(desk.worker.syncOnce().bundles()).isEqualTo(1);
    }

    private static String bundledRates() throws IOException {
        try (InputStream in = ReferenceSource.bundled().open("rates.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
