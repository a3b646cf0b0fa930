package kz.qabyldau.app.ui.shell;

import java.nio.file.Path;
import java.util.function.Supplier;

import kz.qabyldau.app.config.StorageException;
import kz.qabyldau.app.i18n.I18n;

/** What the clerk is told when start-up fails. */
public final class FailureTexts {

    private FailureTexts() {
    }

    /**
     * A storage failure carries its own text (database locked by another copy, damaged, written
     * by a newer version, folder read-only …); anything else says nothing changed and names the log.
     */
    public static StartupViewModel.FailureExplainer explainer(I18n i18n, Supplier<Path> logFile) {
        return (error, language) -> error instanceof StorageException storage
                ? storage.localizedMessage(language.locale())
                : i18n.in(language, "startup.failed.generic", logFile.get());
    }
}
