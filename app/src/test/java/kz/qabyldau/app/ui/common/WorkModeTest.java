package kz.qabyldau.app.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import kz.qabyldau.app.config.LaunchOptions;
import kz.qabyldau.app.settings.OfficeSettings;
import kz.qabyldau.app.ui.Fixtures;

class WorkModeTest {

    private static final LaunchOptions TRAINING = new LaunchOptions(Optional.empty(), true);

    @Test
    void firstStartWithoutAnOfficeIsTraining() {
        assertThat(WorkMode.decide(LaunchOptions.defaults(), OfficeSettings.unconfigured()))
                .isEqualTo(WorkMode.TRAINING_NOT_CONFIGURED);
    }

    @Test
    void configuredOfficeWorksForReal() {
        assertThat(WorkMode.decide(LaunchOptions.defaults(), Fixtures.configuredOffice())).isEqualTo(WorkMode.OFFICE);
    }

    @Test
    void trainingFlagWinsOverAConfiguredOffice() {
        assertThat(WorkMode.decide(TRAINING, Fixtures.configuredOffice())).isEqualTo(WorkMode.TRAINING_REQUESTED);
    }

    @Test
    void partlyConfiguredOfficeIsStillTraining() {
        OfficeSettings noUrl = new OfficeSettings("ХҚКО", "710000000", "Әкімдік", "Айгүл", "kk", "");
        assertThat(WorkMode.decide(LaunchOptions.defaults(), noUrl)).isEqualTo(WorkMode.TRAINING_NOT_CONFIGURED);
    }
}
