package kz.qabyldau.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.security.KeyPair;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kz.qabyldau.app.central.CentralConfig;
import kz.qabyldau.app.central.CentralService;
import kz.qabyldau.app.central.CentralTestSupport;
import kz.qabyldau.app.central.ReferenceBundle;
import kz.qabyldau.app.store.applications.ApplicationStatus;
import kz.qabyldau.app.store.applications.StoredApplication;
import kz.qabyldau.forms.reference.ReferenceSource;

/** Two workstations of two offices on one central service; revocations; reference-data updates. */
class TwoDesksAndChangesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private CentralService central;
    private Desk astana;
    private Desk other;

    @BeforeEach
    void start() {
        central = CentralService.start(CentralConfig.defaults(dir.resolve("central"), 0)
                .withLimits(CentralTestSupport.exampleDates())
                .withDecisionDelay(Duration.ofHours(1)).withRates(0.25, 0));
        astana = new Desk(dir.resolve("a"), central.baseUri(), "AST-03", Duration.ofSeconds(5), 1 << 20)
                .trusting(central);
        other = new Desk(dir.resolve("b"), central.baseUri(), "AST-07", Duration.ofSeconds(5), 1 << 20)
                .trusting(central);
    }

    @AfterEach
    void stop() {
        astana.close();
        other.close();
        central.stop();
    }

    @Test
    void twoWorkstationsGetTheirOwnDecisionsAndNoneOfTheOthers() {
        List<UUID> a = astana.accept(4, 2, 700);
        List<UUID> b = other.accept(3, 2, 700);
        astana.drain(3);
        other.drain(3);
        central.decideNow();

        SyncWorker.Report ra = astana.worker.syncOnce();
        SyncWorker.Report rb = other.worker.syncOnce();

        assertThat(ra.decisions()).isEqualTo(4);
        assertThat(rb.decisions()).isEqualTo(3);
        a.forEach(id -> assertThat(decided(astana, id)).isTrue());
        b.forEach(id -> assertThat(decided(other, id)).isTrue());
        assertThat(central.applications()).hasSize(7);
        assertThat(astana.store.records().awaitingHandout()).extracting(StoredApplication::id)
                .containsExactlyInAnyOrderElementsOf(a);
        assertThat(other.store.records().awaitingHandout()).extracting(StoredApplication::id)
                .containsExactlyInAnyOrderElementsOf(b);
    }

    @Test
    void p36_aRevocationOfAnIssuedPermitArrivesAsAnApp8NoticeOnce() {
        central.stop();
        central = CentralService.start(CentralConfig.defaults(dir.resolve("central2"), 0)
                .withLimits(CentralTestSupport.exampleDates())
                .withDecisionDelay(Duration.ofHours(1)).withRates(0, 0));
        Desk desk = new Desk(dir.resolve("c"), central.baseUri(), "AST-03", Duration.ofSeconds(5), 1 << 20);
        try {
            UUID id = desk.acceptOne(1, 500);
            desk.drain(3);
            central.decideNow();
            desk.worker.syncOnce();
            String permit = desk.store.drafts().find(id).orElseThrow().permitNumber().orElseThrow();

            String revocationId = central.revoke(permit).orElseThrow();
            SyncWorker.Report first = desk.worker.syncOnce();
            desk.syncStore.setValue("cursor", "");
            SyncWorker.Report again = desk.worker.syncOnce();

            assertThat(first.revocations()).isEqualTo(1);
            assertThat(again.revocations()).isZero();
            assertThat(desk.syncStore.revocations()).singleElement().satisfies(r -> {
                assertThat(r.revocationId()).isEqualTo(revocationId);
                assertThat(r.permitNumber()).isEqualTo(permit);
                assertThat(r.applicationId()).contains(id.toString());
                assertThat(r.handedOutAt()).isEmpty();
            });
        } finally {
            desk.close();
        }
    }

    @Test
    void referenceDataUpdateIsStoredWholeAndReadOnlyFromItsEffectiveDate() throws IOException {
        String rates = bundled("rates.json");
        ReferenceBundle bundle = new ReferenceBundle("2026-07-01-rates", LocalDate.of(2026, 7, 1),
                "MCI from 1 July 2026", List.of(ReferenceBundle.File.of("reference/rates.json", rates + "\n")));
        central.publishReferenceData(bundle);

        SyncWorker.Report report = astana.worker.syncOnce();
        astana.syncStore.setValue("cursor", "");
        SyncWorker.Report again = astana.worker.syncOnce();

        assertThat(report.bundles()).isEqualTo(1);
        assertThat(again.bundles()).isZero();
        assertThat(astana.syncStore.filesInForce(LocalDate.of(2026, 6, 30))).isEmpty();
        assertThat(astana.syncStore.filesInForce(LocalDate.of(2026, 7, 1))).containsOnlyKeys("reference/rates.json");
        assertThat(text(new ReferenceOverlay(astana.syncStore).source(LocalDate.of(2026, 7, 1)), "rates.json"))
                .isEqualTo(rates + "\n");
        assertThat(text(new ReferenceOverlay(astana.syncStore).source(LocalDate.of(2026, 6, 30)), "rates.json"))
                .as("before its effective date the bundled file is read").isEqualTo(rates);
    }

    /**
     * The simulator checks bundles before publishing them, so a broken one is handed to the applier directly, as a
     * real central service might send it: nothing of it is stored, the bundled data stays in force.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"a file the law core cannot read, true", "a file whose hash differs, false"})
    void aBrokenBundleIsNotAppliedAtAll(String what, boolean hashMatches) throws IOException {
        String rates = bundled("rates.json") + "\n";
        String countries = "{}";
        ObjectNode change = JSON.createObjectNode().put("kind", "REFERENCE_DATA");
        ObjectNode bundle = change.putObject("referenceData").put("bundle", "broken")
                .put("effectiveFrom", "2026-07-01");
        ArrayNode files = bundle.putArray("files");
        files.addObject().put("path", "reference/rates.json").put("sha256", ChangeApplier.sha256(
                rates.getBytes(StandardCharsets.UTF_8))).put("text", rates);
        files.addObject().put("path", "reference/countries.json").put("sha256", hashMatches
                ? ChangeApplier.sha256(countries.getBytes(StandardCharsets.UTF_8)) : "0".repeat(64))
                .put("text", countries);

        // Signed by a publisher the desk trusts: what fails is the content, not the signature.
        KeyPair publisher = WorkstationKey.generate();
        LawSignature.sign(bundle, 1, publisher.getPrivate(), publisher.getPublic().getEncoded());

        ChangeApplier.Applied applied = new ChangeApplier(astana.store.records(), astana.syncStore, astana.clock,
                PublisherKeys.of(publisher.getPublic().getEncoded())).apply(change);

        assertThat(applied.bundles()).isZero();
        assertThat(astana.syncStore.filesInForce(LocalDate.MAX)).isEmpty();
    }

    private static boolean decided(Desk desk, UUID id) {
        ApplicationStatus s = desk.store.drafts().find(id).orElseThrow().status();
        return s == ApplicationStatus.ISSUED || s == ApplicationStatus.REFUSED;
    }

    private static String bundled(String path) throws IOException {
        return text(ReferenceSource.bundled(), path);
    }

    private static String text(ReferenceSource source, String path) throws IOException {
        try (InputStream in = source.open(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

}
