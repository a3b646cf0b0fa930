package kz.qabyldau.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kz.qabyldau.app.central.CentralConfig;
import kz.qabyldau.app.central.CentralService;
import kz.qabyldau.app.central.CentralTestSupport;
import kz.qabyldau.app.central.ReferenceBundle;
import kz.qabyldau.app.store.AuditActions;
import kz.qabyldau.app.store.AuditLog;
import kz.qabyldau.forms.reference.ReferenceSource;

/**
 * Signed law (issue #11, docs/sync-protocol.md 3.5): a desk applies a reference-data bundle only when a publisher it
 * trusts signed it over exactly this content, with a sequence after the newest it applied. An unsigned, wrongly
 * signed or replayed older bundle, relayed by the real simulator on loopback, is refused whole, recorded in the audit
 * trail and listed for the Outbox page; the law in force stays as it was.
 */
class SignedLawTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** A day after every bundle of these tests takes effect. */
    private static final LocalDate LATER = LocalDate.of(2030, 1, 1);

    @TempDir
    Path dir;
    CentralService central;
    Desk desk;

    @BeforeEach
    void start() {
        central = CentralService.start(CentralConfig.defaults(dir.resolve("central"), 0)
                .withDecisionDelay(Duration.ofHours(1)).withLimits(CentralTestSupport.exampleDates()));
        desk = new Desk(dir.resolve("desk"), central.baseUri(), "AST-03", Duration.ofSeconds(5), 1 << 20);
    }

    @AfterEach
    void stop() {
        desk.close();
        central.stop();
    }

    private static ReferenceBundle rates(String id) throws IOException {
        return new ReferenceBundle(id, LocalDate.of(2026, 7, 1), "MCI from 1 July 2026",
                List.of(ReferenceBundle.File.of("reference/rates.json", bundledRates() + "\n")));
    }

    /** The bundle as the protocol carries it, unsigned. */
    private static ObjectNode tree(ReferenceBundle bundle) {
        ObjectNode tree = JSON.createObjectNode().put("bundle", bundle.bundle())
                .put("effectiveFrom", bundle.effectiveFrom().toString()).put("description", bundle.description());
        bundle.files().forEach(f -> tree.withArray("files").addObject().put("path", f.path())
                .put("sha256", f.sha256()).put("text", f.text()));
        return tree;
    }

    private void assertRefusedWhole(String bundle, LawSignature.Refusal reason) {
        assertThat(desk.syncStore.filesInForce(LATER)).isEmpty();
        assertThat(desk.syncStore.refusedBundles()).first().satisfies(r -> {
            assertThat(r.bundle()).isEqualTo(bundle);
            assertThat(r.refusal()).isEqualTo(reason.name());
        });
        List<AuditLog.Entry> audit = desk.store.audit().latest(50).stream()
                .filter(e -> e.action().equals(AuditActions.LAW_REFUSED)).toList();
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).subject()).isEqualTo(bundle);
    }

    @Test
    void aBundleTheSimulatorSignedIsAppliedByADeskThatTrustsIt() throws IOException {
        desk.trusting(central);
        central.publishReferenceData(rates("2026-07-01-rates"));

        assertThat(desk.worker.syncOnce().bundles()).isEqualTo(1);
        assertThat(desk.syncStore.filesInForce(LATER)).containsOnlyKeys("reference/rates.json");
        assertThat(desk.syncStore.refusedBundles()).isEmpty();
    }

    @Test
    void anOfficeDeskTrustsTheShippedPublisherNotTheSimulator() throws IOException {
        central.publishReferenceData(rates("2026-07-01-rates"));

        assertThat(desk.worker.syncOnce().bundles()).isZero();

        assertRefusedWhole("2026-07-01-rates", LawSignature.Refusal.UNTRUSTED_KEY);
        assertThat(desk.syncStore.refusedBundles().get(0).keyId())
                .isEqualTo(PublisherKeys.keyId(central.publisherKey()));
        assertThat(PublisherKeys.shipped().size()).isEqualTo(1);
        assertThat(PublisherKeys.shipped().find(PublisherKeys.keyId(central.publisherKey()))).isEmpty();
    }

    /** The publisher keys file an office's IT person writes (ADR 0124): comments, keys in base64, maybe a typo. */
    private Path installed(String... lines) throws IOException {
        Path file = dir.resolve("install").resolve(PublisherKeys.INSTALLED);
        Files.createDirectories(file.getParent());
        Files.write(file, List.of(lines), StandardCharsets.UTF_8);
        return file;
    }

    private static String base64(byte[] key) {
        return Base64.getEncoder().encodeToString(key);
    }

    @Test
    void aWrongPublisherKeyInstalledByTheOfficeRefusesTheLawAndNamesTheKeyThatSignedIt() throws IOException {
        KeyPair wrong = WorkstationKey.generate();
        PublisherKeys trusted = PublisherKeys.shippedAnd(Optional.of(installed("# the publisher's key, they said",
                base64(wrong.getPublic().getEncoded()))));
        assertThat(trusted.size()).as("shipped + installed").isEqualTo(2);
        desk.worker.trustLawFrom(trusted);
        central.publishReferenceData(rates("2026-07-01-rates"));

        assertThat(desk.worker.syncOnce().bundles()).isZero();

        assertRefusedWhole("2026-07-01-rates", LawSignature.Refusal.UNTRUSTED_KEY);
        assertThat(desk.syncStore.refusedBundles().get(0).keyId())
                .isEqualTo(PublisherKeys.keyId(central.publisherKey()));
    }

    @Test
    void thePublisherKeyInstalledWithoutRebuildingIsTrustedAndATypoLineIsLeftOut() throws IOException {
        PublisherKeys trusted = PublisherKeys.shippedAnd(Optional.of(installed("# the publisher (fingerprint checked)",
                "not a key at all", base64(central.publisherKey()), "")));
        assertThat(trusted.size()).isEqualTo(2);
        desk.worker.trustLawFrom(trusted);
        central.publishReferenceData(rates("2026-07-01-rates"));

        assertThat(desk.worker.syncOnce().bundles()).isEqualTo(1);

        assertThat(desk.syncStore.filesInForce(LATER)).containsOnlyKeys("reference/rates.json");
        assertThat(desk.syncStore.refusedBundles()).isEmpty();
    }

    @Test
    void noInstalledFileMeansTheShippedKeysOnly() {
        assertThat(PublisherKeys.shippedAnd(Optional.of(dir.resolve("nowhere").resolve(PublisherKeys.INSTALLED)))
                .size()).isEqualTo(PublisherKeys.shipped().size());
        assertThat(PublisherKeys.shippedAnd(Optional.empty()).size()).isEqualTo(PublisherKeys.shipped().size());
    }

    @Test
    void anUnsignedBundleIsRefusedWhole() throws IOException {
        desk.trusting(central);
        central.relayReferenceData(tree(rates("unsigned")));

        assertThat(desk.worker.syncOnce().bundles()).isZero();
        // Delivered again (the cursor set back): refused again, recorded once.
        desk.syncStore.setValue("cursor", "");
        assertThat(desk.worker.syncOnce().bundles()).isZero();

        assertRefusedWhole("unsigned", LawSignature.Refusal.UNSIGNED);
    }

    @Test
    void aBundleSignedByAnotherKeyIsRefusedWhole() throws IOException {
        desk.trusting(central);
        KeyPair stranger = WorkstationKey.generate();
        central.relayReferenceData(LawSignature.sign(tree(rates("stranger")), 99, stranger.getPrivate(),
                stranger.getPublic().getEncoded()));

        assertThat(desk.worker.syncOnce().bundles()).isZero();

        assertRefusedWhole("stranger", LawSignature.Refusal.UNTRUSTED_KEY);
        assertThat(desk.syncStore.refusedBundles().get(0).keyId())
                .isEqualTo(PublisherKeys.keyId(stranger.getPublic().getEncoded()));
    }

    @Test
    void aBundleChangedAfterSigningIsRefusedWhole() throws IOException {
        KeyPair publisher = WorkstationKey.generate();
        desk.worker.trustLawFrom(PublisherKeys.of(publisher.getPublic().getEncoded()));
        ObjectNode signed = LawSignature.sign(tree(rates("changed")), 1, publisher.getPrivate(),
                publisher.getPublic().getEncoded());
        signed.put("effectiveFrom", "2026-01-01");
        central.relayReferenceData(signed);

        assertThat(desk.worker.syncOnce().bundles()).isZero();

        assertRefusedWhole("changed", LawSignature.Refusal.BAD_SIGNATURE);
    }

    @Test
    void anOlderBundleDeliveredAfterANewerOneIsRefusedWhole() throws IOException {
        KeyPair publisher = WorkstationKey.generate();
        desk.worker.trustLawFrom(PublisherKeys.of(publisher.getPublic().getEncoded()));
        ObjectNode older = LawSignature.sign(tree(rates("older")), 1, publisher.getPrivate(),
                publisher.getPublic().getEncoded());
        ObjectNode newer = LawSignature.sign(tree(rates("newer")), 2, publisher.getPrivate(),
                publisher.getPublic().getEncoded());
        // The relay held back the older one and sends it after the newer one.
        central.relayReferenceData(newer);
        assertThat(desk.worker.syncOnce().bundles()).isEqualTo(1);
        central.relayReferenceData(older);

        assertThat(desk.worker.syncOnce().bundles()).isZero();

        assertThat(desk.syncStore.refusedBundles()).singleElement().satisfies(r -> {
            assertThat(r.bundle()).isEqualTo("older");
            assertThat(r.reason()).isEqualTo("OLDER");
        });
        assertThat(desk.syncStore.filesInForce(LATER)).containsOnlyKeys("reference/rates.json");
        assertThat(desk.store.audit().latest(50)).filteredOn(e -> e.action().equals(AuditActions.LAW_REFUSED))
                .singleElement().satisfies(e -> assertThat(e.subject()).isEqualTo("older"));
    }

    @Test
    void theSimulatorKeepsItsPublisherKeyAcrossARestart() {
        byte[] before = central.publisherKey();
        central.restart();

        assertThat(central.publisherKey()).isEqualTo(before);
    }

    private static String bundledRates() throws IOException {
        try (InputStream in = ReferenceSource.bundled().open("rates.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
