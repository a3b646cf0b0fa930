package kz.qabyldau.app.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.central.CentralConfig;
import kz.qabyldau.app.central.CentralService;
import kz.qabyldau.app.central.CentralTestSupport;
import kz.qabyldau.app.store.AuditActions;
import kz.qabyldau.app.store.AuditAnchor;
import kz.qabyldau.app.store.AuditChain;
import kz.qabyldau.app.store.AuditLog;
import kz.qabyldau.app.store.Vault;
import kz.qabyldau.app.store.crypto.DataKeyKeeper;

/**
 * The audit trail sent to the REAL simulated central service (issue #9, docs/sync-protocol.md 3.6), and every
 * way of rewriting a workstation's trail quietly that the central copy must catch: a tail forged and re-chained
 * with its head and acknowledgement, the newest entries removed, the whole log emptied, a file rolled back and
 * written on, and a client that skips or forges entries.
 */
class AuditTrailSyncTest {

    @TempDir
    Path dir;
    private CentralService central;
    private Desk desk;

    @BeforeEach
    void start() {
        central = CentralService.start(CentralConfig.defaults(dir.resolve("central"), 0)
                .withLimits(CentralTestSupport.exampleDates()).withDecisionDelay(Duration.ofHours(1)).withRates(0, 0)
                .withSignedRequestsOnly(true));
        desk = Desk.enrolled(dir.resolve("desk"), central, "AST-03", Duration.ofSeconds(5), 4096);
    }

    @AfterEach
    void stop() {
        desk.close();
        central.stop();
    }

    private AuditLog audit() {
        return desk.store.audit();
    }

    private AuditAnchor anchor() {
        return audit().anchor();
    }

    private void entries(int n) {
        for (int i = 0; i < n; i++) {
            audit().record("Дана", AuditActions.SEARCHED, "", "drafts: Сапаров " + i);
        }
    }

    private long lastId() {
        return audit().latest(1).get(0).id();
    }

    @Test
    void theTrailReachesTheCentralServiceOnceAndRoundsAgainChangeNothing() throws Exception {
        desk.acceptOne(1, 500);
        entries(3);
        long last = lastId();

        desk.worker.syncOnce();

        CentralClient.AuditHeld held = desk.worker.client().auditHeld();
        assertThat(held.held()).isEqualTo(last);
        assertThat(held.entries()).isEqualTo(last);
        assertThat(anchor().acknowledged()).contains(new AuditAnchor.Acknowledged(last, held.hash()));
        assertThat(anchor().hashOf(last)).contains(held.hash());

        desk.worker.syncOnce();
        desk.worker.syncOnce();
        assertThat(desk.worker.client().auditHeld()).isEqualTo(held);
        assertThat(anchor().disagreement()).isEmpty();
        assertThat(audit().verify().intact()).isTrue();

        entries(AuditPush.BATCH + 5);
        desk.worker.syncOnce();
        assertThat(desk.worker.client().auditHeld().held()).isEqualTo(lastId());
        assertThat(anchor().acknowledged().orElseThrow().id()).isEqualTo(lastId());
    }

    @Test
    void aForgedEntryReChainedWithTheHeadAndTheAcknowledgementIsCaughtAtTheNextSync() throws Exception {
        entries(5);
        desk.worker.syncOnce();
        CentralClient.AuditHeld before = desk.worker.client().auditHeld();

        // Someone who knows the encoding changes entry 3 and re-computes every later hash, the head and the
        // acknowledgement: the file alone is consistent again.
        desk.database.write(c -> {
            update(c, "UPDATE audit_log SET details = 'drafts: someone else' WHERE id = 3");
            reChain(c);
            return null;
        });
        assertThat(audit().verify().intact()).as("locally consistent").isTrue();

        desk.worker.syncOnce();

        assertThat(anchor().disagreement()).hasValueSatisfying(why -> assertThat(why).contains("AUDIT_DIFFERS"));
        AuditChain.Verification v = audit().verify();
        assertThat(v.problem()).contains(AuditChain.Problem.CENTRAL_DISAGREES);
        // The acknowledged entry is sent again each round; its hash covers every entry before it, entry 3 included.
        assertThat(v.description()).contains("entry 5 differs from the one held under its id");
        assertThat(desk.worker.client().auditHeld()).as("the central copy is untouched").isEqualTo(before);

        // New entries do not make it agree: nothing is acknowledged while the copies differ.
        entries(1);
        desk.worker.syncOnce();
        assertThat(audit().verify().problem()).contains(AuditChain.Problem.CENTRAL_DISAGREES);
        assertThat(desk.worker.client().auditHeld()).isEqualTo(before);
    }

    @Test
    void theNewestEntriesRemovedWithTheHeadAndTheAcknowledgementSetBackAreCaught() throws Exception {
        entries(6);
        desk.worker.syncOnce();
        desk.database.write(c -> {
            update(c, "DELETE FROM audit_log WHERE id > 4");
            reChain(c);
            return null;
        });
        assertThat(audit().verify().intact()).isTrue();

        desk.worker.syncOnce();

        assertThat(audit().verify().description()).contains("the central service holds entries 1-6, this log ends "
                + "before entry 6");
    }

    @Test
    void aFileRolledBackToAnOlderCopyAndWrittenOnIsCaught() throws Exception {
        entries(6);
        desk.worker.syncOnce();
        // An older copy: entries 5 and 6 never happened, and the next entry takes id 5 again.
        desk.database.write(c -> {
            update(c, "DELETE FROM audit_log WHERE id > 4");
            update(c, "UPDATE sqlite_sequence SET seq = 4 WHERE name = 'audit_log'");
            reChain(c);
            return null;
        });
        entries(1);
        assertThat(lastId()).isEqualTo(5);
        assertThat(audit().verify().intact()).isTrue();

        desk.worker.syncOnce();

        assertThat(audit().verify().description()).contains("AUDIT_DIFFERS").contains("entry 5 differs");
    }

    @Test
    void anEmptiedLogIsCaught() throws Exception {
        entries(3);
        desk.worker.syncOnce();
        desk.database.write(c -> {
            update(c, "DELETE FROM audit_log");
            update(c, "DELETE FROM audit_state");
            return null;
        });
        assertThat(audit().verify().intact()).as("nothing left to check locally").isTrue();

        desk.worker.syncOnce();

        AuditChain.Verification v = audit().verify();
        assertThat(v.problem()).contains(AuditChain.Problem.CENTRAL_DISAGREES);
        assertThat(v.description()).contains("the central service holds entries 1-3");
    }

    @Test
    void aClientThatSkipsOrForgesEntriesIsRefusedAndNothingOfItIsKept() throws Exception {
        entries(2);
        desk.worker.syncOnce();
        CentralClient client = desk.worker.client();
        CentralClient.AuditHeld held = client.auditHeld();
        List<AuditChain.StoredEntry> stored = anchor().storedFrom(1, 10);
        AuditChain.StoredEntry second = stored.get(1);

        String gap = AuditPush.body(List.of(entry(4, second.entryHash(), "x")));
        assertThatThrownBy(() -> client.postAudit(gap)).isInstanceOf(SyncFailure.class)
                .extracting(f -> ((SyncFailure) f).code()).isEqualTo("AUDIT_GAP");
        AuditChain.StoredEntry wrongHash = new AuditChain.StoredEntry(3, "2026-03-02T06:00:00.000Z", "Дана", "search",
                "", "x", second.entryHash(), "0".repeat(64));
        assertThatThrownBy(() -> client.postAudit(AuditPush.body(List.of(wrongHash))))
                .extracting(f -> ((SyncFailure) f).code()).isEqualTo("AUDIT_BROKEN");
        String otherChain = AuditPush.body(List.of(entry(3, "1".repeat(64), "x")));
        assertThatThrownBy(() -> client.postAudit(otherChain))
                .extracting(f -> ((SyncFailure) f).code()).isEqualTo("AUDIT_BROKEN");
        // A good entry after a bad one in the same call: the call is kept whole or not at all.
        String mixed = AuditPush.body(List.of(entry(3, second.entryHash(), "ok"), entry(4, "2".repeat(64), "x")));
        assertThatThrownBy(() -> client.postAudit(mixed))
                .extracting(f -> ((SyncFailure) f).code()).isEqualTo("AUDIT_BROKEN");

        assertThat(client.auditHeld()).isEqualTo(held);
        assertThat(client.postAudit(AuditPush.body(stored))).as("a repeat is harmless").isEqualTo(held);
    }

    @Test
    void entriesTheCentralServiceHoldsStayAsSentWhenTheFirstAdministratorMakesTheKey() throws Exception {
        entries(3);
        desk.worker.syncOnce();
        CentralClient.AuditHeld held = desk.worker.client().auditHeld();
        entries(1);

        DataKeyKeeper.attach(desk.database).establish("admin", "admin-secret-1".toCharArray());
        entries(1);

        List<AuditChain.StoredEntry> stored = anchor().storedFrom(1, 10);
        assertThat(stored.subList(0, 3)).allMatch(e -> !e.details().startsWith(Vault.TEXT_PREFIX));
        assertThat(stored.subList(3, 5)).allMatch(e -> e.details().startsWith(Vault.TEXT_PREFIX));
        assertThat(anchor().hashOf(3)).contains(held.hash());
        assertThat(audit().verify().intact()).isTrue();

        desk.worker.syncOnce();

        assertThat(anchor().disagreement()).isEmpty();
        assertThat(desk.worker.client().auditHeld().held()).isEqualTo(5);
    }

    private static AuditChain.StoredEntry entry(long id, String prev, String details) {
        String at = "2026-03-02T06:00:00.000Z";
        return new AuditChain.StoredEntry(id, at, "Дана", "search", "", details, prev,
                AuditChain.hash(prev, id, at, "Дана", "search", "", details));
    }

    private static void update(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.executeUpdate(sql);
        }
    }

    /** What a forger who read docs/storage.md does: every hash, the head and the acknowledgement re-computed. */
    private static void reChain(Connection c) throws SQLException {
        List<Object[]> rows = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT id, at, clerk, action, subject, details FROM audit_log ORDER BY id")) {
            while (rs.next()) {
                rows.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6)});
            }
        }
        String prev = AuditChain.GENESIS;
        long id = 0;
        for (Object[] r : rows) {
            id = (Long) r[0];
            String hash = AuditChain.hash(prev, id, (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                    (String) r[5]);
            try (PreparedStatement st = c.prepareStatement(
                    "UPDATE audit_log SET prev_hash = ?, entry_hash = ? WHERE id = ?")) {
                st.setString(1, prev);
                st.setString(2, hash);
                st.setLong(3, id);
                st.executeUpdate();
            }
            prev = hash;
        }
        for (String key : new String[] {"head", AuditChain.CENTRAL_ACKED}) {
            try (PreparedStatement st = c.prepareStatement("UPDATE audit_state SET value = ? WHERE key = ?")) {
                st.setString(1, id + " " + prev);
                st.setString(2, key);
                st.executeUpdate();
            }
        }
    }
}
