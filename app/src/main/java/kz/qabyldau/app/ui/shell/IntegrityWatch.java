package kz.qabyldau.app.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.ui.common.BackgroundTask;
import kz.qabyldau.app.ui.common.DialogService;
import kz.qabyldau.app.ui.common.TaskExecutor;

/**
 * The whole-file check of the database that a normal start no longer waits for (ADR 0090): run in the
 * background once the desk takes keys, and a damaged file is told to the clerk as plainly as at a refused
 * start, with the log file to hand to support. The desk stays open: what was saved stays readable as long as
 * SQLite can read it, and closing would not mend the file.
 */
public final class IntegrityWatch {

    private static final Logger LOG = LoggerFactory.getLogger(IntegrityWatch.class);

    private final Supplier<List<String>> check;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final I18n i18n;
    private final Supplier<Path> logFile;

    /**
     * @param check    SQLite's findings about the work database, empty when sound (blocks; run by {@code executor})
     * @param executor a background executor of its own, so that a long check never delays the desk's saves
     */
    public IntegrityWatch(Supplier<List<String>> check, TaskExecutor executor, DialogService dialogs, I18n i18n,
                          Supplier<Path> logFile) {
        this.check = Objects.requireNonNull(check);
        this.executor = Objects.requireNonNull(executor);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.i18n = Objects.requireNonNull(i18n);
        this.logFile = Objects.requireNonNull(logFile);
    }

    /** Starts the check; tells the clerk only when the file is damaged or could not be checked. */
    public void start() {
        BackgroundTask.wrap(check::get)
                .onSuccess(problems -> {
                    if (!problems.isEmpty()) {
                        // SQLite's findings name pages and tables, never what a clerk typed.
                        LOG.error("The database is damaged: {}", String.join("; ", problems));
                        tellDamaged();
                    }
                })
                .onFailure(error -> {
                    LOG.error("The database could not be checked", error);
                    tellDamaged();
                })
                .executeWith(executor);
    }

    private void tellDamaged() {
        dialogs.showError(i18n.get("startup.integrity.title"),
                i18n.get("startup.integrity.text", String.valueOf(logFile.get())));
    }
}
