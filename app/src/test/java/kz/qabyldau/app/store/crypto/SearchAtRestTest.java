package kz.qabyldau.app.store.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.store.Database;
import kz.qabyldau.app.store.SearchTerms;
import kz.qabyldau.app.store.StoreException;
import kz.qabyldau.app.store.Vault;
import kz.qabyldau.app.store.applications.ApplicationStatus;
import kz.qabyldau.app.store.applications.ApplicationStore;
import kz.qabyldau.app.store.applications.SearchHit;
import kz.qabyldau.app.store.applications.SearchKind;
import kz.qabyldau.app.store.applications.StoredApplication;
import java.util.Arrays;

/**
 * The office search on an encrypted database: it answers every kind of query with the key open, its index
 * holds blind terms only (no surname, prefix, IIN or number, nor their plain-mode terms or unkeyed digests),
 * terms written while the office was still plain are sealed with the rest, and a locked database searches
 * nothing.
 */
class SearchAtRestTest {

    static final String SURNAME = "Жұмабекова";
    static final String IIN = "900101400123";
    static final String PASSPORT = "N12345678";
    static final String PERMIT = "RP-71-2026-000777";

    @TempDir
    Path temp;

    @Test
    void anEncryptedDatabaseIsSearchedThroughBlindTermsOnly() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T05:15:00Z"), ZoneOffset.UTC);
        try (Database db = Database.open(DataFolder.at(temp.resolve("data"), false))) {
            DataKeyKeeper keys = DataKeyKeeper.attach(db, DataKeyKeeperTest.TEST_COST, clock);
            ApplicationStore store = ApplicationStore.open(db, false, clock);
            StoredApplication before = draft(store, "Ким", "N00000001", "880202300456", "Q-5");
            assertThat(store.search().find("ким", 0, 5).hits()).hasSize(1);

            keys.establish("admin", "pw".toCharArray());
            StoredApplication after = draft(store, SURNAME, PASSPORT, IIN, "A-17");
            db.write(c -> {
                try (PreparedStatement st = c.prepareStatement(
                        "UPDATE application SET status = 'QUEUED' WHERE id = ?")) {
                    st.setString(1, after.id().toString());
                    st.executeUpdate();
                }
                return null;
            });
            store.records().recordDecision(after.id(), ApplicationStatus.ISSUED, PERMIT, "{}");

            assertFinds(store, "жұмаб", SearchKind.NAME, after);
            assertFinds(store, "ZHUMABEKOVA ӘСЕЛ", SearchKind.NAME, after);
            assertFinds(store, IIN, SearchKind.IIN, after);
            assertFinds(store, "n 1234 5678", SearchKind.PASSPORT, after);
            assertFinds(store, PERMIT.toLowerCase(), SearchKind.PERMIT, after);
            assertFinds(store, "a-17", SearchKind.TICKET, after);
            assertFinds(store, "ким", SearchKind.NAME, before);
            assertFinds(store, "880202300456", SearchKind.IIN, before);
            assertThat(store.search().find("ZHUMABEKOVA", 0, 5).hits().get(0).applicantName())
                    .isEqualTo(SURNAME + " Әсел");

            List<byte[]> stored = terms(db);
            assertThat(stored).isNotEmpty().allSatisfy(t -> assertThat(SearchTerms.isSealed(t)).isTrue());
            for (String value : List.of("n:zh", "n:zhumabekova", "n:kim", "n:k", "iin:" + IIN,
                    "iin:880202300456", "doc:" + PASSPORT, "permit:" + PERMIT, "zhumabekova", IIN, PASSPORT)) {
                byte[] plain = value.getBytes(StandardCharsets.UTF_8);
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(plain);
                for (byte[] term : stored) {
                    assertThat(contains(term, plain)).as(value + " in a term").isFalse();
                    assertThat(contains(digest, Arrays.copyOfRange(term, 1, term.length)))
                            .as("an unkeyed digest of " + value).isFalse();
                }
                assertThat(stored).noneMatch(t -> Arrays.equals(t, SearchTerms.term(Vault.PLAIN,
                        value.substring(0, Math.max(0, value.indexOf(':'))), value.substring(value.indexOf(':') + 1))));
            }

            keys.lock();
            assertThatThrownBy(() -> store.search().find("жұмаб", 0, 5)).isInstanceOf(StoreException.class)
                    .extracting(e -> ((StoreException) e).messageKey()).isEqualTo(StoreException.KEY_LOCKED);
        }
    }

    @Test
    void anotherOfficesKeyGivesOtherTermsForTheSameValue() throws NoSuchAlgorithmException {
        Clock clock = Clock.systemUTC();
        List<byte[]> termsOfEach = new ArrayList<>();
        for (String office : List.of("one", "two")) {
            try (Database db = Database.open(DataFolder.at(temp.resolve(office), false))) {
                DataKeyKeeper keys = DataKeyKeeper.attach(db, DataKeyKeeperTest.TEST_COST, clock);
                keys.establish("admin", "pw".toCharArray());
                termsOfEach.add(SearchTerms.term(db.vault(), "iin", IIN));
            }
        }
        assertThat(termsOfEach.get(0)).isNotEqualTo(termsOfEach.get(1));
    }

    private static StoredApplication draft(ApplicationStore store, String surname, String passport, String iin,
                                           String ticket) {
        StoredApplication d = store.drafts().create("permit.issue", ticket, "Dana");
        store.drafts().save(d.id(), DataAtRestTest.application(d, surname, passport, iin, List.of()), 1,
                Duration.ZERO);
        return d;
    }

    private static void assertFinds(ApplicationStore store, String query, SearchKind kind, StoredApplication app) {
        assertThat(store.search().find(query, 0, 5)).satisfies(r -> {
            assertThat(r.kind()).as(query).isEqualTo(kind);
            assertThat(r.hits()).as(query).extracting(SearchHit::id).containsExactly(app.id());
        });
    }

    private static List<byte[]> terms(Database db) {
        return db.read(c -> {
            List<byte[]> all = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT term FROM search_term");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    all.add(rs.getBytes(1));
                }
            }
            return all;
        });
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        return DataAtRestTest.indexOf(haystack, needle) >= 0;
    }
}
