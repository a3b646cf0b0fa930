package kz.qabyldau.app.store.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.store.AuditLog;
import kz.qabyldau.app.store.Database;
import kz.qabyldau.app.store.StoreException;
import kz.qabyldau.app.store.Vault;

/**
 * Audit details in an encrypted office database (issue #10): sealed like every personal value, the chain
 * computed over the sealed text so that {@code audit verify} needs no key, and the entries of the plain days
 * sealed and re-chained when the first administrator makes the key.
 */
class AuditSealingTest {

    private static final String RECIPIENT = "Исаев Нурлан, паспорт N1234567";

    @TempDir
    Path temp;

    private DataFolder folder() {
        return DataFolder.at(temp.resolve("data"), false);
    }

    @Test
    void detailsWrittenPlainAreSealedAndReChainedWhenTheKeyIsMadeAndNewOnesSealedAtOnce() throws Exception {
        try (Database db = Database.open(folder())) {
            DataKeyKeeper keys = DataKeyKeeper.attach(db, DataKeyKeeperTest.TEST_COST, Clock.systemUTC());
            AuditLog log = new AuditLog(db, Clock.systemUTC());
            db.write(c -> log.append(c, "Дана", "application.handedOut", "A-1", RECIPIENT));
            assertThat(storedDetails(db)).containsExactly(RECIPIENT);

            keys.establish("admin", "correct horse".toCharArray());
            db.write(c -> log.append(c, "Дана", "search", "", "Сапаров 880101300111"));
            db.write(c -> log.appendPublic(c, "Дана", "settings.changed", "", "ui.language"));

            assertThat(storedDetails(db).subList(0, 2)).allMatch(d -> d.startsWith(Vault.TEXT_PREFIX));
            assertThat(storedDetails(db).get(2)).isEqualTo("ui.language");
            assertThat(log.latest(10)).extracting(AuditLog.Entry::details)
                    .containsExactly("ui.language", "Сапаров 880101300111", RECIPIENT);
            assertThat(log.verify().intact()).isTrue();
            keys.lock();
            assertThatThrownBy(() -> db.write(c -> log.append(c, "Дана", "search", "", "Сапаров")))
                    .isInstanceOf(StoreException.class).extracting(e -> ((StoreException) e).messageKey())
                    .isEqualTo(StoreException.KEY_LOCKED);
            db.write(c -> log.appendPublic(c, "", "signIn.failed", "", "login dana"));
        }
        try (Database db = Database.open(folder())) {
            assertThat(new AuditLog(db, Clock.systemUTC()).verify().intact()).as("no key at hand").isTrue();
        }
        byte[] file = Files.readAllBytes(folder().databaseFile());
        String asText = new String(file, StandardCharsets.UTF_8);
        assertThat(asText).doesNotContain("Исаев").doesNotContain("N1234567").doesNotContain("880101300111");
    }

    private static List<String> storedDetails(Database db) {
        return db.read(c -> {
            List<String> all = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement("SELECT details FROM audit_log ORDER BY id");
                 ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    all.add(rs.getString(1));
                }
            }
            return all;
        });
    }
}
