package kz.qabyldau.app.ui.settings;

import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.i18n.Language;
import kz.qabyldau.app.ui.common.DialogService;

/**
 * Switching the interface language: every bound text changes at once, and the choice is
 * remembered in the settings so the next start opens in it.
 */
public final class InterfaceLanguage {

    private static final Logger LOG = LoggerFactory.getLogger(InterfaceLanguage.class);

    private final I18n i18n;
    private final SavedSettings saved;
    private final DialogService dialogs;

    public InterfaceLanguage(I18n i18n, SavedSettings saved, DialogService dialogs) {
        this.i18n = Objects.requireNonNull(i18n);
        this.saved = Objects.requireNonNull(saved);
        this.dialogs = Objects.requireNonNull(dialogs);
    }

    public void switchTo(Language language) {
        if (language == null || language == i18n.language()) {
            return;
        }
        i18n.languageProperty().set(language);
        saved.saveLanguage(language, error -> {
            // The switch itself worked; only remembering it failed, so the clerk can go on.
            LOG.warn("Could not remember the interface language {}", language.code(), error);
            dialogs.showError(i18n.get("error.title"), i18n.get("language.notRemembered"));
        });
    }
}
