package kz.qabyldau.app.store.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.store.Database;

class OutboxTest {

    @TempDir
    Path folder;

    private Database db;
    private ApplicationStore store;

    @BeforeEach
    void open() {
        db = StoreFixture.open(folder);
        store = ApplicationStore.open(db, false, StoreFixture.clock());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private AcceptedApplication accepted(String surname) {
        StoredApplication draft = store.drafts().create("permit.issue", "", "Aigerim");
        store.drafts().save(draft.id(), StoreFixture.permit(draft, surname), 1, Duration.ZERO);
        return store.intake().accept(draft.id(), 2, StoreFixture.accepting("permit.issue"), "Aigerim");
    }

    @Test
    void pendingListsWaitingEntriesInAcceptanceOrder() {
        AcceptedApplication a = accepted("Ахметов");
        AcceptedApplication b = accepted("Бекова");
        AcceptedApplication c = accepted("Жумабаев");

        assertThat(store.outbox().pending(10)).extracting(OutboxEntry::applicationId)
                .containsExactly(a.id(), b.id(), c.id());
        assertThat(store.outbox().pending(2)).extracting(OutboxEntry::seq).containsExactly(a.outboxSeq(),
                b.outboxSeq());
        assertThat(store.outbox().waitingCount()).isEqualTo(3);
    }

    @Test
    void markSentSubmitsTheApplicationWithTheServerReferenceAndKeepsTheEntry() {
        AcceptedApplication a = accepted("Ахметов");

        store.outbox().markSent(a.outboxSeq(), "KZ-2026-000123");

        assertThat(store.outbox().pending(10)).isEmpty();
        assertThat(store.outbox().waitingCount()).isZero();
        OutboxEntry sent = store.outbox().find(a.outboxSeq()).orElseThrow();
        assertThat(sent.state()).isEqualTo(OutboxState.SENT);
        assertThat(sent.attempts()).isEqualTo(1);
        StoredApplication app = store.drafts().find(a.id()).orElseThrow();
        assertThat(app.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(app.serverReference()).contains("KZ-2026-000123");
    }

    @Test
    void markSentTwiceIsHarmlessAndKeepsTheFirstReference() {
        AcceptedApplication a = accepted("Ахметов");

        store.outbox().markSent(a.outboxSeq(), "KZ-1");
        store.outbox().markSent(a.outboxSeq(), "KZ-2");

        OutboxEntry sent = store.outbox().find(a.outboxSeq()).orElseThrow();
        assertThat(sent.state()).isEqualTo(OutboxState.SENT);
        assertThat(sent.attempts()).isEqualTo(1);
        assertThat(store.drafts().find(a.id()).orElseThrow().serverReference()).contains("KZ-1");
        assertThat(store.outbox().waitingCount()).isZero();
    }

    @Test
    void markSentNeverUndoesADecisionThatArrivedFirst() {
        AcceptedApplication a = accepted("Ахметов");
        store.records().recordDecision(a.id(), ApplicationStatus.ISSUED, "P-1", "{}");

        store.outbox().markSent(a.outboxSeq(), "KZ-1");

        assertThat(store.drafts().find(a.id()).orElseThrow().status()).isEqualTo(ApplicationStatus.ISSUED);
    }

    @Test
    void aFailedAttemptIsKeptWithItsErrorAndNextAttempt() {
        AcceptedApplication a = accepted("Ахметов");
        Instant retryAt = StoreFixture.T0.plusSeconds(30);

        store.outbox().markAttemptFailed(a.outboxSeq(), "connection refused", retryAt);
        store.outbox().markAttemptFailed(a.outboxSeq(), "HTTP 500", retryAt.plusSeconds(60));

        OutboxEntry failed = store.outbox().pending(10).get(0);
        assertThat(failed.state()).isEqualTo(OutboxState.FAILED);
        assertThat(failed.attempts()).isEqualTo(2);
        assertThat(failed.lastError()).isEqualTo("HTTP 500");
        assertThat(failed.nextAttemptAt()).isEqualTo(retryAt.plusSeconds(60));
        assertThat(store.outbox().waitingCount()).as("a failed entry still waits").isEqualTo(1);
        assertThat(store.drafts().find(a.id()).orElseThrow().status()).isEqualTo(ApplicationStatus.QUEUED);
    }

    @Test
    void retryNowMakesAFailedEntryDueAtOnce() {
        AcceptedApplication a = accepted("Ахметов");
        store.outbox().markAttemptFailed(a.outboxSeq(), "timeout", StoreFixture.T0.plusSeconds(600));

        store.outbox().retryNow(a.outboxSeq());

        assertThat(store.outbox().find(a.outboxSeq()).orElseThrow().nextAttemptAt()).isNull();
    }

    @Test
    void aLateFailureAfterSuccessIsIgnored() {
        AcceptedApplication a = accepted("Ахметов");
        store.outbox().markSent(a.outboxSeq(), "KZ-1");

        store.outbox().markAttemptFailed(a.outboxSeq(), "timeout", StoreFixture.T0);

        assertThat(store.outbox().find(a.outboxSeq()).orElseThrow().state()).isEqualTo(OutboxState.SENT);
    }

    @Test
    void recentShowsSentEntriesToo() {
        AcceptedApplication a = accepted("Ахметов");
        AcceptedApplication b = accepted("Бекова");
        store.outbox().markSent(a.outboxSeq(), "KZ-1");

        assertThat(store.outbox().recent(10)).extracting(OutboxEntry::seq).containsExactly(b.outboxSeq(),
                a.outboxSeq());
    }

    @Test
    void unknownEntryIsReported() {
        assertThatThrownBy(() -> store.outbox().markSent(999, "KZ-1")).isInstanceOf(NoSuchElementException.class);
    }
}
