package kz.qabyldau.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import kz.qabyldau.app.central.CentralConfig;
import kz.qabyldau.app.central.CentralService;
import kz.qabyldau.app.central.CentralTestSupport;
import kz.qabyldau.app.central.FaultMode;
import kz.qabyldau.app.store.applications.ApplicationStatus;
import kz.qabyldau.app.store.applications.OutboxState;
import kz.qabyldau.app.store.applications.StoredApplication;
import java.util.stream.Stream;

/**
 * The sync worker against the REAL simulated central service over loopback (no HTTP mocks), with every fault
 * it can inject. After each run: every accepted application is on the server exactly once, every decision is
 * on the workstation, nothing queued was lost.
 */
class SyncAgainstCentralTest {

    private static final Duration TIMEOUT = Duration.ofMillis(400);

    @TempDir
    Path dir;
    private CentralService central;
    private Desk desk;

    @BeforeEach
    void start() {
        central = CentralService.start(CentralConfig.defaults(dir.resolve("central"), 0)
                .withLimits(CentralTestSupport.exampleDates())
                .withDecisionDelay(Duration.ofHours(1)).withRates(0.3, 0).withHang(Duration.ofMillis(1500))
                .withRefuseFor(Duration.ofMillis(200)).withSignedRequestsOnly(true));
        // With signing on (issue #11): the desk enrolled, every request signed, unsigned ones refused.
        desk = Desk.enrolled(dir.resolve("desk"), central, "AST-03", TIMEOUT, 4096);
    }

    @AfterEach
    void stop() {
        desk.close();
        central.stop();
    }

    @Test
    void acceptedApplicationsReachTheServerOnceAndTheirDecisionsComeBack() {
        List<UUID> ids = desk.accept(5, 3, 1000);

        desk.drain(3);
        assertThat(central.decideNow()).isEqualTo(5);
        SyncWorker.Report report = desk.worker.syncOnce();

        assertThat(report.decisions()).isEqualTo(5);
        assertEverythingArrivedOnceAndCameBack(ids);
    }

    @Test
    void aRoundWithoutTheServerLeavesEverythingQueuedAndSaysOffline() {
        List<UUID> ids = desk.accept(2, 1, 500);
        central.refuseConnections(Optional.empty());

        SyncWorker.Report report = desk.worker.syncOnce();

        assertThat(report.online()).isFalse();
        assertThat(desk.worker.status().online()).isFalse();
        assertThat(desk.store.outbox().waitingCount()).isEqualTo(2);
        assertThat(desk.store.outbox().pending(10)).first().satisfies(e -> {
            assertThat(e.state()).isEqualTo(OutboxState.FAILED);
            assertThat(SyncFailure.kindOf(e.lastError())).isEqualTo(SyncFailure.Kind.OFFLINE);
            assertThat(e.nextAttemptAt()).isAfter(desk.clock.instant());
        });
        assertThat(desk.store.outbox().pending(10).get(1).state())
                .as("the entry behind the failed one waits its turn").isEqualTo(OutboxState.PENDING);

        central.acceptConnections();
        desk.drain(5);
        central.decideNow();
        desk.worker.syncOnce();
        assertEverythingArrivedOnceAndCameBack(ids);
    }

    /** One fault mode at a time, on the first requests of the drain. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(FaultMode.class)
    void eachFaultAloneLosesNothingAndDuplicatesNothing(FaultMode mode) {
        List<UUID> ids = desk.accept(4, 3, 6000); // 6000 bytes = 2 chunks: cut uploads resume
        inject(mode, 3);

        desk.drain(30, central::acceptConnections);
        central.faults().clear();
        central.decideNow();
        inject(mode, 1); // the first pull fails too
        desk.syncUntilOnline(10, central::acceptConnections);

        assertEverythingArrivedOnceAndCameBack(ids);
        // Signed: a request the JDK client repeated with its nonce after a cut is signed afresh, never refused.
        assertThat(desk.refusals).isEmpty();
    }

    @Test
    void aServerRestartInTheMiddleLosesNothing() {
        List<UUID> ids = desk.accept(6, 2, 800);
        desk.store.outbox().pending(10); // nothing sent yet
        desk.worker.syncOnce();
        List<UUID> more = desk.accept(3, 2, 800);
        central.restart();
        desk.drain(10);
        central.restart();
        central.decideNow();
        desk.syncUntilOnline(5);

        assertEverythingArrivedOnceAndCameBack(concat(ids, more));
    }

    @Test
    void randomMixOfEveryFaultWithAFixedSeed() {
        List<UUID> ids = desk.accept(12, 3, 5000);
        central.faults().random(0.35, 20261122L, List.of(FaultMode.ERROR_500, FaultMode.HANG,
                FaultMode.DROP_AFTER_COMMIT, FaultMode.REFUSE_CONNECTIONS));

        desk.drain(200, central::acceptConnections);
        central.decideNow();
        desk.syncUntilOnline(50, central::acceptConnections);
        central.restart();
        desk.syncUntilOnline(50, central::acceptConnections);
        central.faults().clear();
        desk.worker.syncOnce();

        assertEverythingArrivedOnceAndCameBack(ids);
        assertThat(desk.refusals).isEmpty();
    }

    @Test
    void aPageOfChangesAppliedTwiceChangesNothing() {
        List<UUID> ids = desk.accept(3, 1, 500);
        desk.drain(3);
        central.decideNow();
        desk.worker.syncOnce();
        Map<UUID, StoredApplication> before = byId(ids);

        desk.syncStore.setValue("cursor", ""); // as if the cursor had not been stored: the pages come again
        SyncWorker.Report again = desk.worker.syncOnce();

        assertThat(again.decisions()).isZero();
        assertThat(byId(ids)).isEqualTo(before);
    }

    private void inject(FaultMode mode, int count) {
        switch (mode) {
            case REFUSE_CONNECTIONS -> central.refuseConnections(Optional.empty());
            default -> central.faults().next(mode, count);
        }
    }

    /** The invariants of the issue: exactly once on the server, every decision here, nothing queued lost. */
    private void assertEverythingArrivedOnceAndCameBack(List<UUID> ids) {
        List<String> onServer = central.applications().stream().map(Map.Entry::getKey).toList();
        assertThat(onServer).as("every accepted application exactly once on the server")
                .containsExactlyInAnyOrderElementsOf(ids.stream().map(UUID::toString).toList());
        assertThat(desk.store.outbox().waitingCount()).as("nothing left queued").isZero();
        assertThat(desk.store.outbox().recent(1000)).allSatisfy(e -> assertThat(e.state()).isEqualTo(OutboxState.SENT))
                .hasSize(ids.size());
        Map<String, String> references = central.applications().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        for (UUID id : ids) {
            StoredApplication app = desk.store.drafts().find(id).orElseThrow();
            assertThat(app.status()).as("decision of %s on the workstation", id)
                    .isIn(ApplicationStatus.ISSUED, ApplicationStatus.REFUSED);
            assertThat(app.serverReference()).as("the server's reference").contains(references.get(id.toString()));
            if (app.status() == ApplicationStatus.ISSUED) {
                assertThat(app.permitNumber()).hasValueSatisfying(n -> assertThat(n).startsWith("RP-71-"));
            }
        }
        assertThat(central.stats().get("decisions")).isEqualTo(ids.size());
    }

    private Map<UUID, StoredApplication> byId(List<UUID> ids) {
        return ids.stream().collect(Collectors.toMap(id -> id, id -> desk.store.drafts().find(id).orElseThrow()));
    }

    private static List<UUID> concat(List<UUID> a, List<UUID> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }
}
