package kz.qabyldau.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.Signature;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Base64;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.store.AuditLog;
import kz.qabyldau.app.store.Database;
import kz.qabyldau.app.store.crypto.DataKeyKeeper;

/**
 * Issue #11: the workstation's private signing key is a secret of the office database — sealed with the office's data
 * key once it exists (also a key stored before it existed), unreadable while nobody is signed in; plain only in a
 * database without a data key (training).
 */
class WorkstationKeyAtRestTest {

    private static final char[] PASSWORD = "correct horse battery".toCharArray();

    @TempDir
    Path dir;

    @Test
    void inAPlainDatabaseTheKeyIsKeptAsItIsAndSignsAfterAReopen() throws Exception {
        KeyPair pair = WorkstationKey.generate();
        try (Database db = Database.open(DataFolder.at(dir, true))) {
            store(db).setWorkstationKey(new WorkstationKey("0123456789abcdef0123456789abcdef", pair.getPrivate()));
            assertThat(raw(db)).startsWith("0123456789abcdef0123456789abcdef ");
        }
        try (Database db = Database.open(DataFolder.at(dir, true))) {
            WorkstationKey key = store(db).workstationKey().orElseThrow();
            assertThat(key.keyId()).isEqualTo("0123456789abcdef0123456789abcdef");
            assertThat(signsFor(key, pair)).isTrue();
            assertThat(key.toString()).doesNotContain(Base64.getEncoder().encodeToString(
                    pair.getPrivate().getEncoded()));
        }
    }

    @Test
    void inAnOfficeDatabaseWithADataKeyTheKeyIsSealedAndLockedUntilSignIn() throws Exception {
        KeyPair pair = WorkstationKey.generate();
        String privateText = Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded());
        try (Database db = Database.open(DataFolder.at(dir, false))) {
            DataKeyKeeper.attach(db).establish("admin", PASSWORD.clone());
            store(db).setWorkstationKey(new WorkstationKey("0123456789abcdef0123456789abcdef", pair.getPrivate()));
            assertThat(raw(db)).startsWith("~q1:").doesNotContain(privateText).doesNotContain("0123456789abcdef");
        }
        try (Database db = Database.open(DataFolder.at(dir, false))) {
            DataKeyKeeper keeper = DataKeyKeeper.attach(db);
            assertThat(store(db).workstationKey()).as("locked: nobody signed in").isEmpty();
            assertThat(keeper.open("admin", PASSWORD.clone())).isTrue();
            assertThat(signsFor(store(db).workstationKey().orElseThrow(), pair)).isTrue();
            keeper.lock();
        }
    }

    @Test
    void aKeyStoredBeforeTheFirstAdministratorIsSealedWhenTheDataKeyIsMade() throws Exception {
        KeyPair pair = WorkstationKey.generate();
        try (Database db = Database.open(DataFolder.at(dir, false))) {
            DataKeyKeeper keeper = DataKeyKeeper.attach(db);
            store(db).setWorkstationKey(new WorkstationKey("0123456789abcdef0123456789abcdef", pair.getPrivate()));
            assertThat(raw(db)).startsWith("0123456789abcdef");

            keeper.establish("admin", PASSWORD.clone());

            assertThat(raw(db)).startsWith("~q1:");
            assertThat(signsFor(store(db).workstationKey().orElseThrow(), pair)).isTrue();
            keeper.lock();
        }
    }

    private static SyncStore store(Database db) {
        return new SyncStore(db, new AuditLog(db, Clock.systemUTC()));
    }

    private static String raw(Database db) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT value FROM sync_state WHERE key = ?")) {
                st.setString(1, "workstation.key");
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.ofNullable(rs.getString(1)).orElse("") : "";
                }
            }
        });
    }

    private static boolean signsFor(WorkstationKey key, KeyPair pair) throws Exception {
        byte[] text = "base".getBytes(StandardCharsets.UTF_8);
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(key.privateKey());
        signer.update(text);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(pair.getPublic());
        verifier.update(text);
        return verifier.verify(signature);
    }
}
