package kz.qabyldau.app.store.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.settings.OfficeSettings;
import kz.qabyldau.app.store.Database;
import kz.qabyldau.app.store.SqliteSettingsStore;
import kz.qabyldau.app.store.StoreException;
import kz.qabyldau.app.store.Vault;
import kz.qabyldau.app.store.applications.ApplicationStatus;
import kz.qabyldau.app.store.applications.ApplicationStore;
import kz.qabyldau.app.store.applications.ScanRef;
import kz.qabyldau.app.store.applications.StoredApplication;
import kz.qabyldau.forms.application.Application;
import kz.qabyldau.forms.application.PresentedDocument;
import kz.qabyldau.forms.verdict.Outcome;
import kz.qabyldau.forms.verdict.Verdict;

/**
 * The store with the keeper attached: what a copied database file shows before and after the office's
 * key exists, and that the desk keeps working (drafts search, earlier-permit search, scans, printed
 * forms, the token) with the key open, and stops cleanly when it is locked.
 */
class SealedStoreTest {

    static final String SURNAME = "Жұмабекова";
    static final String IIN = "900101400123";
    static final String PASSPORT = "N12345678";
    static final String TOKEN = "tok-3f9a1c77e2b04d5e";
    static final String PERMIT = "LI-000777";

    @TempDir
    Path temp;

    @Test
    void anOfficeDatabaseShowsNoPersonalDataOnceItsKeyExistsAndTheDeskStillWorks() throws IOException {
        Path data = temp.resolve("data");
        Clock clock = Clock.fixed(Instant.parse("2026-03-02T05:15:00Z"), ZoneOffset.UTC);
        try (Database db = Database.open(DataFolder.at(data, false))) {
            DataKeyKeeper keys = DataKeyKeeper.attach(db, DataKeyKeeperTest.TEST_COST, clock);
            ApplicationStore store = ApplicationStore.open(db, false, clock);
            SqliteSettingsStore settings = new SqliteSettingsStore(db, clock);
            // Worked with before the first administrator: all of this must be sealed by establish.
            settings.save(withToken(settings.load(), TOKEN));
            StoredApplication before = intake(store, "Ким", "N00000001", "880202300456");
            assertThat(indexOf(bytesOf(data), utf8(TOKEN))).as("plain before the key exists").isNotNegative();

            keys.establish("admin", "pw".toCharArray());
            StoredApplication after = intake(store, SURNAME, PASSPORT, IIN);
            store.records().recordDecision(after.id(), ApplicationStatus.ISSUED, PERMIT, "{\"permitNumber\":\""
                    + PERMIT + "\",\"holder\":\"" + SURNAME + "\"}");
            StoredApplication open = store.drafts().create("permit.issue", "A-17", "Dana");
            store.drafts().save(open.id(), application(open, SURNAME + "а", PASSPORT, IIN, List.of()), 1,
                    Duration.ZERO);

            // The desk works with the key open.
            assertThat(store.drafts().list(SURNAME.toLowerCase())).singleElement()
                    .satisfies(d -> assertThat(d.iin()).isEqualTo(IIN));
            assertThat(store.drafts().list("a-17")).hasSize(1);
            assertThat(store.records().findByPermitNumberPassportOrIin(PASSPORT)).extracting(StoredApplication::id)
                    .containsExactly(after.id());
            assertThat(store.records().findByPermitNumberPassportOrIin(IIN)).hasSize(1);
            assertThat(store.records().findByPermitNumberPassportOrIin("li-000 777")).hasSize(1);
            assertThat(store.records().findByPermitNumberPassportOrIin("880202300456")).as("sealed by establish")
                    .extracting(StoredApplication::id).containsExactly(before.id());
            assertThat(store.records().decisionJson(after.id()))
                    .hasValueSatisfying(j -> assertThat(j).contains(SURNAME));
            assertThat(settings.load().token()).isEqualTo(TOKEN);
            assertThat(store.outbox().pending(10)).hasSize(2)
                    .allSatisfy(e -> assertThat(e.payloadJson()).contains("\"applicant.iin\""));
            StoredApplication reread = store.drafts().find(after.id()).orElseThrow();
            assertThat(reread.permitNumber()).contains(PERMIT.replace(" ", ""));
            String scan = reread.application().documents().get(0).scans().get(0);
            assertThat(new String(store.scans().content(scan), StandardCharsets.UTF_8)).contains(SURNAME);
            assertThat(new String(store.printedForms().content(store.printedForms().list(after.id()).get(0).id()),
                    StandardCharsets.UTF_8)).contains(IIN);

            // Locked (signed out): personal data neither read nor written, the token reads as not set.
            keys.lock();
            assertThatThrownBy(() -> store.drafts().find(after.id())).isInstanceOf(StoreException.class);
            assertThatThrownBy(() -> store.scans().put(pdf("x"), null, "x.pdf")).isInstanceOf(StoreException.class);
            assertThat(settings.load().token()).isEmpty();
            store.endSession();
        }
        byte[] copied = bytesOf(data);
        for (String secret : List.of(SURNAME, IIN, PASSPORT, TOKEN, PERMIT, "880202300456", "Ким", "N00000001")) {
            assertThat(indexOf(copied, utf8(secret))).as(secret + " in UTF-8").isEqualTo(-1);
            assertThat(indexOf(copied, secret.getBytes(StandardCharsets.UTF_16LE))).as(secret + " in UTF-16LE")
                    .isEqualTo(-1);
            assertThat(indexOf(copied, secret.getBytes(StandardCharsets.UTF_16BE))).as(secret + " in UTF-16BE")
                    .isEqualTo(-1);
        }
        try (Database db = Database.open(DataFolder.at(data, false))) {
            DataKeyKeeper keys = DataKeyKeeper.attach(db, DataKeyKeeperTest.TEST_COST, clock);
            assertThat(keys.state()).isEqualTo(Vault.State.LOCKED);
            assertThat(keys.open("admin", "pw".toCharArray())).isTrue();
            ApplicationStore store = ApplicationStore.open(db, false, clock);
            assertThat(store.records().findByPermitNumberPassportOrIin(IIN)).singleElement()
                    .satisfies(a -> assertThat(a.application().field("applicant.surname")).contains(SURNAME));
            store.endSession();
        }
    }

    private static StoredApplication intake(ApplicationStore store, String surname, String passport, String iin) {
        StoredApplication draft = store.drafts().create("permit.issue", "", "Dana");
        ScanRef scan = store.scans().put(pdf(surname + " " + passport), null, surname + ".pdf");
        PresentedDocument doc = new PresentedDocument("passport", true, null, null, null, null,
                List.of(scan.sha256()));
        long v = store.drafts().save(draft.id(), application(draft, surname, passport, iin, List.of(doc)), 1,
                Duration.ofSeconds(30));
        store.intake().accept(draft.id(), v, new Verdict("permit.issue", "2026-01-01",
                LocalDateTime.of(2026, 3, 2, 10, 15), LocalDateTime.of(2026, 3, 2, 10, 15).toLocalDate(),
                Outcome.ACCEPT, List.of(), List.of(), List.of(), new TreeMap<>(), new TreeMap<>()), "Dana");
        store.printedForms().save(draft.id(), "permit.app1", "kk", pdf(surname + " " + iin));
        return draft;
    }

    private static Application application(StoredApplication draft, String surname, String passport, String iin,
                                           List<PresentedDocument> documents) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("applicant.surname", surname);
        fields.put("applicant.givenNames", "Әсел");
        fields.put("applicant.document.number", passport);
        fields.put("applicant.iin", iin);
        fields.put("request.months", 6);
        return new Application(Application.FORMAT, draft.id().toString(), draft.service(), null, "kk", fields,
                documents, List.of());
    }

    private static OfficeSettings withToken(OfficeSettings s, String token) {
        return new OfficeSettings(s.officeName(), s.regionCode(), s.providerName(), s.clerkName(), s.language(),
                s.centralUrl(), "AST-03", token);
    }

    static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Every file of the folder, concatenated (database, WAL, side files, logs). */
    static byte[] bytesOf(Path folder) throws IOException {
        List<byte[]> parts = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.filter(Files::isRegularFile).toList()) {
                parts.add(Files.readAllBytes(p));
            }
        }
        int size = parts.stream().mapToInt(b -> b.length + 1).sum();
        byte[] all = new byte[size];
        int at = 0;
        for (byte[] b : parts) {
            System.arraycopy(b, 0, all, at, b.length);
            at += b.length + 1;
        }
        return all;
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
