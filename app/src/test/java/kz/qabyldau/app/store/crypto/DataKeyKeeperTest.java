package kz.qabyldau.app.store.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.store.Database;
import kz.qabyldau.app.store.StoreException;
import kz.qabyldau.app.store.Vault;
import kz.qabyldau.app.store.Vault.Cell;
import java.nio.file.Files;
import java.util.Arrays;

/** The keeper of the data key, attacked the way a thief with a copied database or a clumsy admin would. */
class DataKeyKeeperTest {

    /** Cheap Argon2 so the tests run fast; the cost is stored per wrap, so this changes no behaviour. */
    static final KdfCost TEST_COST = new KdfCost(1024, 1, 1);

    @TempDir
    Path temp;

    private Database db;

    @BeforeEach
    void open() {
        db = Database.open(DataFolder.at(temp.resolve("data"), false));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private DataKeyKeeper keys() {
        return DataKeyKeeper.attach(db, TEST_COST, Clock.systemUTC());
    }

    private static char[] pw(String s) {
        return s.toCharArray();
    }

    private static final Cell SURNAME = new Cell("application", "application_json", "A-1");

    @Test
    void aNewDatabaseIsPlainAndStoresValuesAsGiven() {
        DataKeyKeeper keys = keys();
        assertThat(keys.state()).isEqualTo(Vault.State.PLAIN);
        assertThat(db.vault()).isSameAs(keys);
        assertThat(keys.sealText("Исаев", SURNAME)).isEqualTo("Исаев");
    }

    @Test
    void establishOpensTheKeyAndSealedValuesRoundTripButHideTheText() {
        DataKeyKeeper keys = keys();
        char[] code = keys.establish("admin", pw("correct horse")).orElseThrow();
        assertThat(new String(code)).matches("([0-9A-HJKMNP-TV-Z]{5}-){4}[0-9A-HJKMNP-TV-Z]{5}");
        assertThat(keys.state()).isEqualTo(Vault.State.OPEN);
        String sealed = keys.sealText("Исаев Нурлан 900101300123", SURNAME);
        assertThat(sealed).startsWith(Vault.TEXT_PREFIX).doesNotContain("Исаев").doesNotContain("900101");
        assertThat(keys.sealText("Исаев Нурлан 900101300123", SURNAME)).as("a fresh nonce each time")
                .isNotEqualTo(sealed);
        assertThat(keys.openText(sealed, SURNAME)).isEqualTo("Исаев Нурлан 900101300123");
    }

    @Test
    void afterARestartTheDatabaseIsLockedUntilTheRightPasswordOpensIt() {
        DataKeyKeeper first = keys();
        first.establish("admin", pw("correct horse"));
        String sealed = first.sealText("Исаев", SURNAME);
        first.lock();

        DataKeyKeeper second = keys();
        assertThat(second.state()).isEqualTo(Vault.State.LOCKED);
        assertThatThrownBy(() -> second.openText(sealed, SURNAME)).isInstanceOf(StoreException.class)
                .extracting(e -> ((StoreException) e).messageKey()).isEqualTo(StoreException.KEY_LOCKED);
        assertThatThrownBy(() -> second.sealText("x", SURNAME)).isInstanceOf(StoreException.class);

        assertThat(second.open("admin", pw("correct hors"))).as("wrong password").isFalse();
        assertThat(second.open("nobody", pw("correct horse"))).as("unknown login").isFalse();
        assertThat(second.state()).isEqualTo(Vault.State.LOCKED);
        assertThat(second.open("admin", pw("correct horse"))).isTrue();
        assertThat(second.openText(sealed, SURNAME)).isEqualTo("Исаев");
    }

    @Test
    void aValueSwappedIntoAnotherRowOrColumnDoesNotOpen() {
        DataKeyKeeper keys = keys();
        keys.establish("admin", pw("pw"));
        String sealed = keys.sealText("Исаев", SURNAME);
        for (Cell elsewhere : new Cell[] {new Cell("application", "application_json", "A-2"),
                new Cell("application", "verdict_json", "A-1"), new Cell("draft", "application_json", "A-1")}) {
            assertThatThrownBy(() -> keys.openText(sealed, elsewhere)).isInstanceOf(StoreException.class)
                    .extracting(e -> ((StoreException) e).messageKey()).isEqualTo(StoreException.TAMPERED);
        }
    }

    @Test
    void aTamperedTagNonceOrBodyDoesNotOpenAndAPlainValueIsRefused() {
        DataKeyKeeper keys = keys();
        keys.establish("admin", pw("pw"));
        byte[] sealed = keys.seal("Исаев".getBytes(StandardCharsets.UTF_8), SURNAME);
        for (int at : new int[] {1, 2, 13, 14, sealed.length - 1}) {
            byte[] changed = sealed.clone();
            changed[at] ^= 0x01;
            assertThatThrownBy(() -> keys.open(changed, SURNAME)).isInstanceOf(StoreException.class);
        }
        byte[] cut = Arrays.copyOf(sealed, sealed.length - 1);
        assertThatThrownBy(() -> keys.open(cut, SURNAME)).isInstanceOf(StoreException.class);
        assertThatThrownBy(() -> keys.openText("Исаев", SURNAME)).as("plain text planted in an encrypted database")
                .isInstanceOf(StoreException.class);
    }

    @Test
    void aSecondOperatorGetsItsOwnWrapAndARevokedOneOpensNothing() {
        DataKeyKeeper keys = keys();
        keys.establish("admin", pw("admin-pw"));
        keys.grant("clerk", pw("clerk-pw"));
        keys.lock();
        assertThat(keys.open("clerk", pw("clerk-pw"))).isTrue();
        keys.revoke("clerk");
        keys.lock();
        assertThat(keys.open("clerk", pw("clerk-pw"))).isFalse();
        assertThat(keys.open("admin", pw("admin-pw"))).isTrue();
    }

    @Test
    void changingAPasswordRewrapsTheKeyAndTheOldPasswordNoLongerOpens() {
        DataKeyKeeper keys = keys();
        keys.establish("admin", pw("old"));
        String sealed = keys.sealText("Исаев", SURNAME);
        keys.grant("admin", pw("new"));
        keys.lock();
        assertThat(keys.open("admin", pw("old"))).isFalse();
        assertThat(keys.open("admin", pw("new"))).isTrue();
        assertThat(keys.openText(sealed, SURNAME)).as("the data was not re-encrypted").isEqualTo("Исаев");
    }

    @Test
    void grantNeedsTheKeyOpen() {
        DataKeyKeeper keys = keys();
        keys.establish("admin", pw("pw"));
        keys.lock();
        assertThatThrownBy(() -> keys.grant("clerk", pw("x"))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> keys.establish("admin", pw("again"))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theRecoveryCodeSetsANewPasswordAndAWrongCodeChangesNothing() {
        DataKeyKeeper keys = keys();
        char[] code = keys.establish("admin", pw("forgotten")).orElseThrow();
        String sealed = keys.sealText("Исаев", SURNAME);
        keys.lock();

        char[] wrong = code.clone();
        wrong[0] = wrong[0] == 'A' ? 'B' : 'A';
        assertThat(keys.recover("admin", wrong, pw("new"))).isFalse();
        assertThat(keys.state()).isEqualTo(Vault.State.LOCKED);
        assertThat(keys.open("admin", pw("new"))).isFalse();

        String typed = new String(code).toLowerCase().replace("-", " ").replace('0', 'o');
        assertThat(keys.recover("admin", typed.toCharArray(), pw("new"))).isTrue();
        assertThat(keys.openText(sealed, SURNAME)).isEqualTo("Исаев");
        keys.lock();
        assertThat(keys.open("admin", pw("forgotten"))).isFalse();
        assertThat(keys.open("admin", pw("new"))).isTrue();
    }

    @Test
    void aWrapCopiedFromAnotherDatabaseOpensNothingHere() throws Exception {
        DataKeyKeeper keys = keys();
        keys.establish("admin", pw("pw"));
        try (Database other = Database.open(DataFolder.at(temp.resolve("other"), false))) {
            DataKeyKeeper otherKeys = DataKeyKeeper.attach(other, TEST_COST, Clock.systemUTC());
            otherKeys.establish("mallory", pw("mine"));
            byte[][] row = other.read(c -> {
                try (PreparedStatement st = c.prepareStatement(
                        "SELECT salt, wrapped FROM data_key_wrap WHERE holder = 'operator:mallory'");
                        ResultSet rs = st.executeQuery()) {
                    rs.next();
                    return new byte[][] {rs.getBytes(1), rs.getBytes(2)};
                }
            });
            db.write(c -> {
                try (PreparedStatement st = c.prepareStatement("INSERT INTO data_key_wrap VALUES"
                        + " ('operator:mallory', ?, 1024, 1, 1, ?, '2026-12-05T00:00:00Z')")) {
                    st.setBytes(1, row[0]);
                    st.setBytes(2, row[1]);
                    return st.executeUpdate();
                }
            });
        }
        keys.lock();
        assertThat(keys.open("mallory", pw("mine"))).isFalse();
        assertThat(keys.state()).isEqualTo(Vault.State.LOCKED);
    }

    @Test
    void theDatabaseHoldsNoKeyNoPasswordAndNoRecoveryCode() throws Exception {
        DataKeyKeeper keys = keys();
        char[] code = keys.establish("admin", pw("Пароль-123")).orElseThrow();
        db.close();
        byte[] file = Files.readAllBytes(db.file());
        byte[] wal = Files.exists(Path.of(db.file() + "-wal"))
                ? Files.readAllBytes(Path.of(db.file() + "-wal")) : new byte[0];
        String all = new String(file, StandardCharsets.ISO_8859_1) + new String(wal, StandardCharsets.ISO_8859_1);
        assertThat(all).doesNotContain(new String("Пароль-123".getBytes(StandardCharsets.UTF_8),
                StandardCharsets.ISO_8859_1)).doesNotContain(new String(code)).doesNotContain(
                new String(code).replace("-", ""));
    }

    @Test
    void theIndexKeyIsStableAcrossSignInsAndDiffersBetweenDatabases() {
        DataKeyKeeper keys = keys();
        keys.establish("admin", pw("pw"));
        byte[] mac = keys.indexKey().mac("ИСАЕВ".getBytes(StandardCharsets.UTF_8));
        keys.lock();
        assertThatThrownBy(keys::indexKey).isInstanceOf(StoreException.class);
        keys.open("admin", pw("pw"));
        assertThat(keys.indexKey().mac("ИСАЕВ".getBytes(StandardCharsets.UTF_8))).hasSize(32).isEqualTo(mac);
        try (Database other = Database.open(DataFolder.at(temp.resolve("other"), false))) {
            DataKeyKeeper otherKeys = DataKeyKeeper.attach(other, TEST_COST, Clock.systemUTC());
            otherKeys.establish("admin", pw("pw"));
            assertThat(otherKeys.indexKey().mac("ИСАЕВ".getBytes(StandardCharsets.UTF_8))).isNotEqualTo(mac);
        }
    }

    @Test
    void theOfficeCostIsUsedUnlessATestAsksOtherwise() {
        assertThat(KdfCost.OFFICE.memoryKib()).isGreaterThanOrEqualTo(19 * 1024);
        assertThat(KdfCost.OFFICE.iterations()).isGreaterThanOrEqualTo(1);
        DataKeyKeeper keys = DataKeyKeeper.attach(db);
        keys.establish("admin", pw("pw"));
        keys.lock();
        assertThat(keys.open("admin", pw("pw"))).isTrue();
        Integer memory = db.read(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT memory_kib FROM data_key_wrap WHERE holder = 'operator:admin'");
                    ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
        assertThat(memory).isEqualTo(KdfCost.OFFICE.memoryKib());
    }
}
