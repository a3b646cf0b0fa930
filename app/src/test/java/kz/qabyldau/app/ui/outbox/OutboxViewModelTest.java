package kz.qabyldau.app.ui.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.i18n.Language;
import kz.qabyldau.app.store.applications.OutboxEntry;
import kz.qabyldau.app.store.applications.OutboxState;
import kz.qabyldau.app.sync.SyncStore;

/** What the clerk reads for each kind of failure, never the technical text. */
class OutboxViewModelTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', value = {
            "OFFLINE||cannot connect to 127.0.0.1:1; outbox.problem.offline",
            "TIMEOUT||no answer within PT30S; outbox.problem.timeout",
            "SERVER_ERROR|INTERNAL|HTTP 500; outbox.problem.server",
            "garbage; outbox.problem.offline"})
    void aFailureIsToldInTheClerksWords(String stored, String key) {
        I18n i18n = new I18n(Language.RU);
        OutboxEntry e = new OutboxEntry(7, UUID.randomUUID(), "application", "{}", 3, Instant.EPOCH, stored,
                OutboxState.FAILED);

        assertThat(OutboxViewModel.clerkText(i18n, e)).isEqualTo(i18n.get(key)).doesNotContain("127.0.0.1", "HTTP");
    }

    @ParameterizedTest
    @CsvSource({"en", "kk", "ru"})
    void aRefusalNamesItsCodeInEveryLanguage(String lang) {
        I18n i18n = new I18n(Language.valueOf(lang.toUpperCase()));
        OutboxEntry e = new OutboxEntry(7, UUID.randomUUID(), "application", "{}", 1, Instant.EPOCH,
                "REJECTED|APPLICATION_REJECTED|HTTP 422 …", OutboxState.FAILED);

        assertThat(OutboxViewModel.clerkText(i18n, e)).contains("APPLICATION_REJECTED").doesNotContain("HTTP 422");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"kk, UNSIGNED", "kk, BAD_SIGNATURE", "kk, OLDER", "ru, UNSIGNED", "ru, BAD_SIGNATURE", "ru, OLDER",
            "kk, UNTRUSTED_KEY:3f0c1a2b4d5e6f708192a3b4c5d6e7f8", "ru, UNTRUSTED_KEY:3f0c1a2b4d5e6f708192a3b4c5d6e7f8",
            "en, OLDER"})
    void aRefusedLawUpdateIsToldInTheClerksLanguage(String lang, String reason) {
        I18n i18n = new I18n(Language.valueOf(lang.toUpperCase()));
        SyncStore.RefusedBundle r = new SyncStore.RefusedBundle("2026-07-01-rates", reason,
                Instant.parse("2026-07-01T04:30:00Z"));

        String text = OutboxViewModel.refusal(i18n, r);

        assertThat(text).contains("2026-07-01-rates", "01.07.2026 09:30").doesNotContain("{0}", "{1}", reason,
                "outbox.law");
    }

    @ParameterizedTest
    @CsvSource({"kk", "ru", "en"})
    void lawSignedByAPublisherKeyNotInstalledNamesItsFingerprint(String lang) {
        I18n i18n = new I18n(Language.valueOf(lang.toUpperCase()));
        SyncStore.RefusedBundle r = new SyncStore.RefusedBundle("2026-07-01-rates",
                "UNTRUSTED_KEY:3f0c1a2b4d5e6f708192a3b4c5d6e7f8", Instant.parse("2026-07-01T04:30:00Z"));

        String text = OutboxViewModel.refusal(i18n, r);

        assertThat(text).isEqualTo(i18n.get("outbox.law.UNTRUSTED_KEY", "2026-07-01-rates", "01.07.2026 09:30",
                "3f0c 1a2b 4d5e 6f70 8192 a3b4 c5d6 e7f8")).doesNotContain("{2}", "UNTRUSTED_KEY", "outbox.law");
    }

    @ParameterizedTest
    @CsvSource({"kk", "ru"})
    void aCentralThatNoLongerSpeaksThisVersionSaysAnUpdateIsNeeded(String lang) {
        I18n i18n = new I18n(Language.valueOf(lang.toUpperCase()));
        OutboxEntry e = new OutboxEntry(7, UUID.randomUUID(), "application", "{}", 1, Instant.EPOCH,
                "REJECTED|UNSUPPORTED_PROTOCOL|HTTP 400 …", OutboxState.FAILED);

        assertThat(OutboxViewModel.clerkText(i18n, e)).isEqualTo(i18n.get("sync.updateNeeded"))
                .doesNotContain("UNSUPPORTED_PROTOCOL", "HTTP");
    }
}
