package kz.qabyldau.app.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import kz.qabyldau.app.i18n.Language;
import kz.qabyldau.app.settings.OfficeSettings;
import kz.qabyldau.app.ui.Fixtures;
import kz.qabyldau.app.ui.InMemorySettingsStore;
import kz.qabyldau.app.ui.common.QueuedTaskExecutor;

class SavedSettingsTest {

    private final InMemorySettingsStore store = new InMemorySettingsStore(OfficeSettings.unconfigured());
    private final QueuedTaskExecutor executor = new QueuedTaskExecutor();
    private final SavedSettings saved = new SavedSettings(store, executor, store.load());
    private final List<Exception> failures = new ArrayList<>();

    @Test
    void currentChangesOnlyOnceTheSaveHasReachedTheStore() {
        saved.save(Fixtures.configuredOffice(), () -> { }, failures::add);

        assertThat(saved.current()).isEqualTo(OfficeSettings.unconfigured());
        executor.runAll();
        assertThat(saved.current()).isEqualTo(Fixtures.configuredOffice());
    }

    @Test
    void languageSwitchDuringASaveKeepsTheNewSettings() {
        saved.save(Fixtures.configuredOffice(), () -> { }, failures::add);
        saved.saveLanguage(Language.EN, failures::add);

        executor.runAll();

        OfficeSettings expected = Fixtures.configuredOffice();
        assertThat(store.load()).isEqualTo(new OfficeSettings(expected.officeName(), expected.regionCode(),
                expected.providerName(), expected.clerkName(), "en", expected.centralUrl()));
        assertThat(failures).isEmpty();
    }

    @Test
    void failedSaveReportsTheErrorAndKeepsTheOldSettings() {
        store.failSaves();

        saved.save(Fixtures.configuredOffice(), () -> { }, failures::add);
        executor.runAll();

        assertThat(failures).hasSize(1);
        assertThat(saved.current()).isEqualTo(OfficeSettings.unconfigured());
    }
}
