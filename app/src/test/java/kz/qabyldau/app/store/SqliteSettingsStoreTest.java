package kz.qabyldau.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.settings.OfficeSettings;

class SqliteSettingsStoreTest {

    private static final OfficeSettings ALMATY = new OfficeSettings("ХҚКО №3 Алмалы ауданы", "750000000",
            "Алматы қаласының Жұмыспен қамтуды үйлестіру басқармасы", "Әйгерім Сәрсенбаева", "kk",
            "https://central.example.kz/api");

    @TempDir
    Path temp;

    private DataFolder folder() {
        return DataFolder.at(temp, false);
    }

    @Test
    void newWorkstationLoadsUnconfiguredSettings() {
        try (Database db = Database.open(folder())) {
            assertThat(new SqliteSettingsStore(db).load()).isEqualTo(OfficeSettings.unconfigured());
        }
    }

    @Test
    void savedSettingsSurviveReopeningTheDatabase() {
        try (Database db = Database.open(folder())) {
            new SqliteSettingsStore(db).save(ALMATY);
        }
        try (Database db = Database.open(folder())) {
            assertThat(new SqliteSettingsStore(db).load()).isEqualTo(ALMATY);
        }
    }

    @Test
    void savingAgainReplacesEveryValue() {
        OfficeSettings russian = new OfficeSettings("ЦОН №1", "710000000", "Управление", "Иван", "ru", "");
        try (Database db = Database.open(folder())) {
            SqliteSettingsStore store = new SqliteSettingsStore(db);
            store.save(ALMATY);
            store.save(russian);
            assertThat(store.load()).isEqualTo(russian);
        }
    }

    @Test
    void trainingSettingsAreKeptApartFromTheRealOnes() {
        try (Database real = Database.open(DataFolder.at(temp, false))) {
            new SqliteSettingsStore(real).save(ALMATY);
        }
        try (Database training = Database.open(DataFolder.at(temp, true))) {
            assertThat(new SqliteSettingsStore(training).load()).isEqualTo(OfficeSettings.unconfigured());
        }
    }

    @Test
    void changingSettingsIsAuditedWithTheClerkAndTheChangedKeys() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-22T09:30:00Z"), ZoneOffset.UTC);
        try (Database db = Database.open(folder())) {
            SqliteSettingsStore store = new SqliteSettingsStore(db, clock);
            store.save(ALMATY);
            store.save(new OfficeSettings(ALMATY.officeName(), ALMATY.regionCode(), ALMATY.providerName(),
                    ALMATY.clerkName(), "ru", "https://central.example.kz/v2"));

            var entries = new AuditLog(db, clock).latest(10);
            assertThat(entries).hasSize(2);
            assertThat(entries.get(0).action()).isEqualTo(SqliteSettingsStore.AUDIT_ACTION);
            assertThat(entries.get(0).clerk()).isEqualTo("Әйгерім Сәрсенбаева");
            assertThat(entries.get(0).details()).isEqualTo("central.url, ui.language");
            assertThat(entries.get(0).at()).isEqualTo(clock.instant());
        }
    }

    @Test
    void savingUnchangedSettingsWritesNoAuditEntry() {
        try (Database db = Database.open(folder())) {
            SqliteSettingsStore store = new SqliteSettingsStore(db);
            store.save(ALMATY);
            store.save(ALMATY);
            assertThat(new AuditLog(db, Clock.systemUTC()).latest(10)).hasSize(1);
        }
    }

    @Test
    void workstationPreferencesSurviveReopeningAndNeverTouchTheOfficeSettings() {
        try (Database db = Database.open(folder())) {
            SqliteSettingsStore store = new SqliteSettingsStore(db);
            assertThat(store.preference("printer.name")).isEmpty();
            store.savePreference("printer.name", "HP LaserJet (зал 2)");
        }
        try (Database db = Database.open(folder())) {
            SqliteSettingsStore store = new SqliteSettingsStore(db);
            assertThat(store.preference("printer.name")).contains("HP LaserJet (зал 2)");
            assertThat(store.load()).isEqualTo(OfficeSettings.unconfigured());
            store.savePreference("printer.name", "");
            assertThat(store.preference("printer.name")).isEmpty();
        }
    }

    @Test
    void theWorkstationsOfficeCodeAndTokenAreStoredAndTheTokenNeverAudited() {
        try (Database db = Database.open(folder())) {
            SqliteSettingsStore store = new SqliteSettingsStore(db);
            store.save(ALMATY);
            store.save(ALMATY.withIdentity("ALA-03", "s3cr3t-token"));

            assertThat(new SqliteSettingsStore(db).load()).isEqualTo(ALMATY.withIdentity("ALA-03", "s3cr3t-token"));
            var entries = new AuditLog(db, Clock.systemUTC()).latest(10);
            assertThat(entries.get(0).details()).isEqualTo("central.token, office.code");
            assertThat(entries).allSatisfy(e -> assertThat(e.details()).doesNotContain("s3cr3t"));
        }
    }

    @Test
    void settingsPrintedInALogNeverShowTheToken() {
        assertThat(ALMATY.withIdentity("ALA-03", "s3cr3t-token").toString()).contains("ALA-03")
                .doesNotContain("s3cr3t");
    }
}
