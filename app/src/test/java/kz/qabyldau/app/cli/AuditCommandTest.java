package kz.qabyldau.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.config.LaunchOptions;
import kz.qabyldau.app.store.AuditChain;
import kz.qabyldau.app.store.AuditLog;
import kz.qabyldau.app.store.Database;

/**
 * {@code audit verify} against what someone with {@code sqlite3} and the database file can do: change, delete
 * and insert rows, renumber them, remove the newest, and re-chain a forged tail. Each is caught, or (what the
 * chain cannot see without an anchor) shown to be caught once the central service holds the entries.
 */
class AuditCommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @BeforeEach
    void fourEntries() {
        try (Database db = Database.open(DataFolder.at(dir, false))) {
            AuditLog log = new AuditLog(db, Clock.systemUTC());
            db.write(c -> {
                log.append(c, "Дана", "application.accepted", "A-1", "WP-1");
                log.append(c, "Дана", "application.handedOut", "A-1", "Исаев Нурлан, паспорт N1234567");
                log.append(c, "Ерлан", "draft.deleted", "A-2", "опечатка");
                log.appendPublic(c, "Ерлан", "settings.changed", "", "ui.language");
                return null;
            });
        }
    }

    private int verify() {
        out.reset();
        err.reset();
        return new AuditCommand().run(List.of("verify", "--data-dir", dir.toString()), LaunchOptions.defaults(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String problem() {
        return err.toString(StandardCharsets.UTF_8);
    }

    /** Plain SQL on the file, as an attacker with sqlite3 would, with the workstation closed. */
    private void sql(String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(DataFolder.DATABASE_FILE));
             Statement st = c.createStatement()) {
            for (String s : statements) {
                st.execute(s);
            }
        }
    }

    @Test
    void anIntactChainExitsZeroAndCountsTheEntries() {
        assertThat(verify()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("intact, 4 entries");
        assertThat(problem()).isEmpty();
    }

    @Test
    void aChangedDetailIsNamed() throws SQLException {
        sql("UPDATE audit_log SET details = 'Иванов Иван' WHERE id = 2");
        assertThat(verify()).isEqualTo(AuditCommand.BROKEN);
        assertThat(problem()).contains("entry 2 was changed").hasLineCount(1);
    }

    @Test
    void aChangedClerkTimeOrActionIsNamed() throws SQLException {
        sql("UPDATE audit_log SET clerk = 'Ерлан' WHERE id = 1");
        assertThat(verify()).isEqualTo(AuditCommand.BROKEN);
        assertThat(problem()).contains("entry 1 was changed");

        sql("UPDATE audit_log SET clerk = 'Дана' WHERE id = 1", "UPDATE audit_log SET at = '2020-01-01T00:00:00.000Z'"
                + " WHERE id = 3");
        assertThat(verify()).isEqualTo(AuditCommand.BROKEN);
        assertThat(problem()).contains("entry 3 was changed");
    }

    @Test
    void aDeletedEntryInTheMiddleIsNamed() throws SQLException {
        sql("DELETE FROM audit_log WHERE id = 2");
        assertThat(verify()).isEqualTo(AuditCommand.BROKEN);
        assertThat(problem()).contains("entries between 1 and 3 were removed");
    }

    @Test
    void theFirstEntryDeletedIsNamed() throws SQLException {
        sql("DELETE FROM audit_log WHERE id = 1");
        assertThat(verify()).isEqualTo(AuditCommand.BROKEN);
        assertThat(problem()).contains("entries before 2 were removed");
    }

    @Test
    void anInsertedRowIsNamedWithOrWithoutAMadeUpHash() throws SQLException {
        sql("INSERT INTO audit_log (at, clerk, action, subject, details) VALUES ('2026-12-05T10:00:00.000Z', "
                + "'Дана', 'application.accepted', 'A-9', '')");
        assertThat(verify()).isEqualTo(AuditCommand.BROKEN);
        assertThat(problem()).contains("entry 5 has no hash");

        sql("UPDATE audit_log SET prev_hash = '" + "ab".repeat(32) + "', entry_hash = '" + "cd".repeat(32)
                + "' WHERE id = 5");
        assertThat(verify()).isEqualTo(AuditCommand.BROKEN);
        assertThat(problem()).contains("entry 5 was changed");
    }

    @Test
    void aRowInsertedWithTheRightHashAfterTheHeadIsCaughtByTheHeadRecord() throws SQLException {
        String prev = hashOf(4);
        String at = "2026-12-05T10:00:00.000Z";
        String hash = AuditChain.hash(prev, 5, at, "Дана", "application.accepted", "A-9", "");
        sql("INSERT INTO audit_log (id, at, clerk, action, subject, details, prev_hash, entry_hash) VALUES (5, '"
                + at + "', 'Дана', 'application.accepted', 'A-9', '', '" + prev + "', '" + hash + "')");
        assertThat(verify()).isEqualTo(AuditCommand.BROKEN);
        assertThat(problem()).contains("entry 5 is not the head record's entry");
    }

    @Test
    void renumberingToHideAGapIsNamed() throws SQLException {
        sql("DELETE FROM audit_log WHERE id = 2", "UPDATE audit_log SET id = 2 WHERE id = 3",
                "UPDATE audit_log SET id = 3 WHERE id = 4");
        assertThat(verify()).isEqualTo(AuditCommand.BROKEN);
        assertThat(problem()).contains("entry 2 was changed");
    }

    @Test
    void theLastEntryDeletedIsCaughtByTheHeadRecord() throws SQLException {
        sql("DELETE FROM audit_log WHERE id = 4");
        assertThat(verify()).isEqualTo(AuditCommand.BROKEN);
        assertThat(problem()).contains("the entries after 3 were removed (the log ended at 4)");
    }

    @Test
    void everyEntryDeletedIsCaughtByTheHeadRecord() throws SQLException {
        sql("DELETE FROM audit_log");
        assertThat(verify()).isEqualTo(AuditCommand.BROKEN);
        assertThat(problem()).contains("every entry was removed");
    }

    @Test
    void aHashRemovedIsNamed() throws SQLException {
        sql("UPDATE audit_log SET entry_hash = NULL WHERE id = 3");
        assertThat(verify()).isEqualTo(AuditCommand.BROKEN);
        assertThat(problem()).contains("entry 3 has no hash");
    }

    /**
     * The limit of a chain without a secret: whoever knows the encoding re-chains a forged tail and the head.
     * Locally that is intact; the entry the central service acknowledged is what catches it.
     */
    @Test
    void aForgedTailReChainedWithTheHeadIsCaughtOnlyByTheCentralAcknowledgement() throws SQLException {
        String ackedHash = hashOf(3);
        forgeFrom(2, "Иванов Иван");
        assertThat(verify()).as("the documented limit: a re-chained forgery is consistent").isZero();

        sql("INSERT INTO audit_state (key, value) VALUES ('central.acked', '3 " + ackedHash + "')");
        assertThat(verify()).isEqualTo(AuditCommand.BROKEN);
        assertThat(problem()).contains("entry 3, the last one the central service holds, was changed");
    }

    @Test
    void theTailRemovedWithItsHeadIsCaughtOnlyByTheCentralAcknowledgement() throws SQLException {
        String ackedHash = hashOf(4);
        sql("DELETE FROM audit_log WHERE id = 4", "UPDATE audit_state SET value = '3 " + hashOf(3)
                + "' WHERE key = 'head'");
        assertThat(verify()).as("the documented limit: a shorter chain is a chain").isZero();

        sql("INSERT INTO audit_state (key, value) VALUES ('central.acked', '4 " + ackedHash + "')");
        assertThat(verify()).isEqualTo(AuditCommand.BROKEN);
        assertThat(problem()).contains("entry 4, the last one the central service holds, was removed");
    }

    @Test
    void entriesOfAnOlderVersionAreChainedAtTheFirstOpen() throws SQLException {
        sql("UPDATE audit_log SET prev_hash = NULL, entry_hash = NULL", "DELETE FROM audit_state",
                "INSERT INTO audit_state (key, value) VALUES ('legacy.unchained', 'yes')");
        try (Database db = Database.open(DataFolder.at(dir, false))) {
            assertThat(new AuditLog(db, Clock.systemUTC()).verify().intact()).isTrue();
        }
        assertThat(verify()).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("intact, 4 entries");
    }

    @Test
    void usageAndStorageErrorsHaveTheirExitCodes() throws Exception {
        PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
        assertThat(new AuditCommand().run(List.of(), LaunchOptions.defaults(), o, e)).isEqualTo(2);
        assertThat(new AuditCommand().run(List.of("verify", "--bogus"), LaunchOptions.defaults(), o, e)).isEqualTo(2);
        assertThat(new AuditCommand().run(List.of("verify", "--data-dir"), LaunchOptions.defaults(), o, e))
                .isEqualTo(2);
        Path empty = dir.resolve("nothing-here");
        assertThat(new AuditCommand().run(List.of("verify"), new LaunchOptions(Optional.of(empty), false), o, e))
                .isEqualTo(AuditCommand.STORAGE_FAILURE);
        assertThat(Files.exists(empty.resolve(DataFolder.DATABASE_FILE))).as("no database created").isFalse();
    }

    private String hashOf(long id) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(DataFolder.DATABASE_FILE));
             PreparedStatement st = c.prepareStatement("SELECT entry_hash FROM audit_log WHERE id = ?")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** Changes entry {@code from}'s details and re-computes every hash from there on, and the head. */
    private void forgeFrom(long from, String details) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(DataFolder.DATABASE_FILE))) {
            try (PreparedStatement st = c.prepareStatement("UPDATE audit_log SET details = ? WHERE id = ?")) {
                st.setString(1, details);
                st.setLong(2, from);
                st.executeUpdate();
            }
            String prev = hashOf(from - 1);
            long last = 0;
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, at, clerk, action, "
                    + "subject, details FROM audit_log WHERE id >= " + from + " ORDER BY id")) {
                while (rs.next()) {
                    String hash = AuditChain.hash(prev, rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6));
                    try (PreparedStatement up = c.prepareStatement(
                            "UPDATE audit_log SET prev_hash = ?, entry_hash = ? WHERE id = ?")) {
                        up.setString(1, prev);
                        up.setString(2, hash);
                        up.setLong(3, rs.getLong(1));
                        up.executeUpdate();
                    }
                    prev = hash;
                    last = rs.getLong(1);
                }
            }
            try (PreparedStatement st = c.prepareStatement("UPDATE audit_state SET value = ? WHERE key = 'head'")) {
                st.setString(1, last + " " + prev);
                st.executeUpdate();
            }
        }
    }
}
