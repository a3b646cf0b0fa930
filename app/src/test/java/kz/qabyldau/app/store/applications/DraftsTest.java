package kz.qabyldau.app.store.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kz.qabyldau.app.store.AuditLog;
import kz.qabyldau.app.store.Database;

class DraftsTest {

    @TempDir
    Path folder;

    private Database db;
    private ApplicationStore store;
    private Drafts drafts;

    @BeforeEach
    void open() {
        db = StoreFixture.open(folder);
        store = ApplicationStore.open(db, false, StoreFixture.clock());
        drafts = store.drafts();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void createGivesAnEmptyDraftAtVersionOneWithTheTimerAtZero() {
        StoredApplication draft = drafts.create("permit.issue", "A-017", "Aigerim");

        assertThat(draft.status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(draft.version()).isEqualTo(1);
        assertThat(draft.ticket()).isEqualTo("A-017");
        assertThat(draft.clerk()).isEqualTo("Aigerim");
        assertThat(draft.startedAt()).isEqualTo(StoreFixture.T0);
        assertThat(draft.serviceTime()).isEqualTo(Duration.ZERO);
        assertThat(draft.application().id()).isEqualTo(draft.id().toString());
        assertThat(draft.application().fields()).isEmpty();
        assertThat(draft.workstationId()).isEqualTo(store.workstationId());
        assertThat(draft.training()).isFalse();
        assertThat(drafts.find(draft.id())).contains(draft);
    }

    @Test
    void saveStoresTheApplicationAndReturnsTheNextVersion() {
        StoredApplication draft = drafts.create("permit.issue", "", "Aigerim");

        long v2 = drafts.save(draft.id(), StoreFixture.permit(draft, "Каримов"), 1, Duration.ofSeconds(42));

        assertThat(v2).isEqualTo(2);
        StoredApplication saved = drafts.find(draft.id()).orElseThrow();
        assertThat(saved.version()).isEqualTo(2);
        assertThat(saved.application().field("applicant.surname")).contains("Каримов");
        assertThat(saved.application().field("request.months")).contains(6);
        assertThat(saved.serviceTime()).isEqualTo(Duration.ofSeconds(42));
    }

    @Test
    void staleSaveIsRefusedWithWhoSavedTheNewerVersionAndLeavesItIntact() {
        StoredApplication draft = drafts.create("permit.issue", "", "Aigerim");
        drafts.save(draft.id(), StoreFixture.permit(draft, "Каримов"), 1, Duration.ofSeconds(10), "Dana");

        // A second window still holds version 1.
        assertThatThrownBy(() -> drafts.save(draft.id(), StoreFixture.permit(draft, "Петров"), 1,
                Duration.ofSeconds(11), "Aigerim"))
                .isInstanceOfSatisfying(DraftConflictException.class, e -> {
                    assertThat(e.currentVersion()).isEqualTo(2);
                    assertThat(e.expectedVersion()).isEqualTo(1);
                    assertThat(e.savedBy()).isEqualTo("Dana");
                    assertThat(e.savedOnWorkstation()).isEqualTo(store.workstationId());
                    assertThat(e.savedAt()).isEqualTo(StoreFixture.T0);
                    assertThat(e.messageKey()).isEqualTo(DraftConflictException.KEY);
                    assertThat(e.localizedMessage(Locale.forLanguageTag("ru"))).contains("Dana")
                            .contains(store.workstationId().substring(0, 8))
                            .doesNotContain(store.workstationId());
                });

        StoredApplication kept = drafts.find(draft.id()).orElseThrow();
        assertThat(kept.version()).isEqualTo(2);
        assertThat(kept.application().field("applicant.surname")).contains("Каримов");
        assertThat(kept.savedBy()).isEqualTo("Dana");
    }

    @Test
    void saveOfAnUnknownDraftIsRefused() {
        StoredApplication other = drafts.create("permit.issue", "", "Aigerim");
        UUID unknown = UUID.randomUUID();

        assertThatThrownBy(() -> drafts.save(unknown, StoreFixture.permit(other, "X"), 1, Duration.ZERO))
                .isInstanceOf(ApplicationNotFoundException.class);
    }

    @Test
    void saveOfAnotherServiceIsRefused() {
        StoredApplication draft = drafts.create("permit.issue", "", "Aigerim");
        StoredApplication other = drafts.create("permit.extend", "", "Aigerim");

        assertThatThrownBy(() -> drafts.save(draft.id(), StoreFixture.permit(other, "X"), 1, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(drafts.find(draft.id()).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void deleteKeepsTheRowAsDeletedRecordsWhoAndWhyAndHidesItFromTheList() {
        StoredApplication draft = drafts.create("permit.issue", "A-3", "Aigerim");
        drafts.save(draft.id(), StoreFixture.permit(draft, "Каримов"), 1, Duration.ZERO);

        drafts.delete(draft.id(), "Dana", "applicant left");

        StoredApplication deleted = drafts.find(draft.id()).orElseThrow();
        assertThat(deleted.status()).isEqualTo(ApplicationStatus.DELETED);
        assertThat(deleted.application().field("applicant.surname")).as("what was typed is kept").contains("Каримов");
        assertThat(drafts.list("")).isEmpty();
        AuditLog.Entry entry = new AuditLog(db, StoreFixture.clock()).latest(1).get(0);
        assertThat(entry.action()).isEqualTo(Drafts.AUDIT_DELETED);
        assertThat(entry.clerk()).isEqualTo("Dana");
        assertThat(entry.subject()).isEqualTo(draft.id().toString());
        assertThat(entry.details()).contains("applicant left");
    }

    @Test
    void deletedDraftCannotBeSaved() {
        StoredApplication draft = drafts.create("permit.issue", "", "Aigerim");
        drafts.delete(draft.id(), "Dana", "duplicate");

        assertThatThrownBy(() -> drafts.save(draft.id(), StoreFixture.permit(draft, "X"), 2, Duration.ZERO))
                .isInstanceOf(NotEditableException.class);
    }

    @Test
    void deletingTwiceRecordsOnce() {
        StoredApplication draft = drafts.create("permit.issue", "", "Aigerim");
        drafts.delete(draft.id(), "Dana", "duplicate");
        drafts.delete(draft.id(), "Dana", "duplicate");

        long deletions = new AuditLog(db, StoreFixture.clock()).latest(10).stream()
                .filter(e -> e.action().equals(Drafts.AUDIT_DELETED)).count();
        assertThat(deletions).isEqualTo(1);
    }

    @ParameterizedTest(name = "\"{0}\" finds the draft")
    @CsvSource({
            "каримов",          // Cyrillic, other case
            "КАРИМОВ АЛИШЕР",   // name and given names
            "karimov",          // Latin letters for a Cyrillic name
            "fa1234567",        // passport, lower case
            "FA 1234 567",      // passport typed with spaces
            "880101300123",     // IIN
            "A-17",             // ticket
    })
    void listFindsByNamePassportIinOrTicket(String query) {
        StoredApplication draft = drafts.create("permit.issue", "A-17", "Aigerim");
        drafts.save(draft.id(), StoreFixture.permit(draft, "Каримов", "Алишер", "FA1234567", "880101300123",
                List.of()), 1, Duration.ZERO);
        StoredApplication other = drafts.create("permit.issue", "B-2", "Aigerim");
        drafts.save(other.id(), StoreFixture.permit(other, "Петров", "Иван", "N7654321", "900202400456",
                List.of()), 1, Duration.ZERO);

        assertThat(drafts.list(query)).extracting(DraftSummary::id).containsExactly(draft.id());
    }

    @Test
    void listShowsServiceApplicantPassportClerkAndLastChange() {
        StoredApplication draft = drafts.create("permit.issue", "A-17", "Aigerim");
        drafts.save(draft.id(), StoreFixture.permit(draft, "Каримов", "Алишер", "fa 1234567", "880101300123",
                List.of()), 1, Duration.ZERO, "Dana");

        DraftSummary line = drafts.list(null).get(0);

        assertThat(line.service()).isEqualTo("permit.issue");
        assertThat(line.applicantName()).isEqualTo("Каримов Алишер");
        assertThat(line.passportNumber()).isEqualTo("FA1234567");
        assertThat(line.iin()).isEqualTo("880101300123");
        assertThat(line.clerk()).isEqualTo("Aigerim");
        assertThat(line.savedBy()).isEqualTo("Dana");
        assertThat(line.updatedAt()).isEqualTo(StoreFixture.T0);
        assertThat(line.version()).isEqualTo(2);
    }

    @Test
    void listShowsTheLastChangedFirstEvenWithinTheSameSecond() {
        // Instant.toString() writes "05:15:00Z" but "05:15:00.100Z": as text the whole second would sort
        // after its own fractions. The store writes every instant with three fraction digits.
        Instant[] now = {StoreFixture.T0};
        Clock ticking = new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now[0];
            }
        };
        Drafts timed = ApplicationStore.open(db, false, ticking).drafts();
        StoredApplication older = timed.create("permit.issue", "", "Aigerim");
        now[0] = StoreFixture.T0.plusMillis(100);
        StoredApplication newer = timed.create("permit.issue", "", "Aigerim");

        assertThat(timed.list("")).extracting(DraftSummary::id).containsExactly(newer.id(), older.id());
        now[0] = StoreFixture.T0.plusMillis(200);
        timed.save(older.id(), StoreFixture.permit(older, "Каримов"), 1, Duration.ZERO);
        assertThat(timed.list("")).extracting(DraftSummary::id).containsExactly(older.id(), newer.id());
    }

    @Test
    void aCleanExitRestoresNothingAtTheNextStart() {
        StoredApplication draft = drafts.create("permit.issue", "", "Aigerim");
        drafts.save(draft.id(), StoreFixture.permit(draft, "Каримов"), 1, Duration.ZERO);
        store.endSession();

        ApplicationStore next = ApplicationStore.open(db, false, StoreFixture.clock());

        assertThat(next.drafts().openAtLastExit()).isZero();
        assertThat(next.drafts().list("")).hasSize(1);
    }

    @Test
    void anUncleanExitRestoresTheDraftsItChangedOnceOnly() {
        StoredApplication changed = drafts.create("permit.issue", "", "Aigerim");
        drafts.save(changed.id(), StoreFixture.permit(changed, "Каримов"), 1, Duration.ZERO);
        // no endSession(): the program was killed

        ApplicationStore second = ApplicationStore.open(db, false, StoreFixture.clock());
        assertThat(second.drafts().openAtLastExit()).isEqualTo(1);
        assertThat(second.restoredDrafts()).containsExactly(changed.id());
        second.endSession();

        ApplicationStore third = ApplicationStore.open(db, false, StoreFixture.clock());
        assertThat(third.drafts().openAtLastExit()).as("reported once, not at every start").isZero();
    }

    @Test
    void workstationIdIsKeptAcrossStarts() {
        String first = store.workstationId();

        assertThat(ApplicationStore.open(db, false, StoreFixture.clock()).workstationId()).isEqualTo(first);
        assertThat(UUID.fromString(first)).isNotNull();
    }
}
