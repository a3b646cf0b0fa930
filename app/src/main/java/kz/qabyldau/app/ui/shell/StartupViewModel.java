package kz.qabyldau.app.ui.shell;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.qabyldau.app.config.LaunchOptions;
import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.i18n.Language;
import kz.qabyldau.app.ui.common.BackgroundTask;
import kz.qabyldau.app.ui.common.DialogService;
import kz.qabyldau.app.ui.common.TaskExecutor;

/**
 * Start-up while the window already shows: opens the workstation off the FX thread, then either
 * hands it to the main window in the clerk's saved language, or explains why it cannot start and
 * ends the program without touching the data.
 */
public final class StartupViewModel {

    /** Where start-up is. */
    public enum Phase { OPENING, READY, FAILED }

    /** Says in a given language why start-up failed (a locked or damaged database …). */
    @FunctionalInterface
    public interface FailureExplainer {
        String explain(Exception error, Language language);
    }

    private static final Logger LOG = LoggerFactory.getLogger(StartupViewModel.class);

    private final WorkstationOpener opener;
    private final LaunchOptions options;
    private final I18n i18n;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final FailureExplainer explain;
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.OPENING);

    /**
     * @param explain what to tell the clerk about a failure to open
     */
    public StartupViewModel(WorkstationOpener opener, LaunchOptions options, I18n i18n, TaskExecutor executor,
                            DialogService dialogs, FailureExplainer explain) {
        this.opener = Objects.requireNonNull(opener);
        this.options = Objects.requireNonNull(options);
        this.i18n = Objects.requireNonNull(i18n);
        this.executor = Objects.requireNonNull(executor);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.explain = Objects.requireNonNull(explain);
    }

    /**
     * Opens the workstation.
     *
     * @param onReady  receives the opened workstation after the saved language is set
     * @param onFailed runs after the clerk has read why start-up failed; it must end the program
     */
    public void start(Consumer<OpenedWorkstation> onReady, Runnable onFailed) {
        BackgroundTask.wrap(() -> opener.open(options))
                .onSuccess(opened -> {
                    i18n.languageProperty().set(Language.fromCode(opened.settings().language()));
                    phase.set(Phase.READY);
                    onReady.accept(opened);
                })
                .onFailure(error -> {
                    LOG.error("The workstation could not start", error);
                    phase.set(Phase.FAILED);
                    // The clerk's language is saved in the database that did not open: say it in all three.
                    dialogs.showError(inAllLanguages(l -> i18n.in(l, "startup.failed.title"), "\n"),
                            inAllLanguages(l -> explain.explain(error, l), "\n\n"));
                    onFailed.run();
                })
                .executeWith(executor);
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    private static String inAllLanguages(Function<Language, String> text, String separator) {
        return Stream.of(Language.values()).map(text).distinct().collect(Collectors.joining(separator));
    }
}
