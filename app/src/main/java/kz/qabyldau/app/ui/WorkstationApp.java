package kz.qabyldau.app.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.qabyldau.app.cli.CommandLine;
import kz.qabyldau.app.config.LaunchOptions;
import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.i18n.Language;
import kz.qabyldau.app.print.PrintEnvironment;
import kz.qabyldau.app.logging.UncaughtErrors;
import kz.qabyldau.app.ui.common.BackgroundTask;
import kz.qabyldau.app.ui.common.DialogService;
import kz.qabyldau.app.ui.common.FxDialogService;
import kz.qabyldau.app.ui.common.FxTaskExecutor;
import kz.qabyldau.app.ui.common.Theme;
import kz.qabyldau.app.ui.settings.RegionOptions;
import kz.qabyldau.app.ui.shell.CrashReporter;
import kz.qabyldau.app.ui.shell.EarlyOpening;
import kz.qabyldau.app.ui.shell.FailureTexts;
import kz.qabyldau.app.ui.shell.IntegrityWatch;
import kz.qabyldau.app.ui.shell.LoadingView;
import kz.qabyldau.app.ui.shell.OpenedWorkstation;
import kz.qabyldau.app.ui.shell.StartupViewModel;
import kz.qabyldau.app.ui.shell.Workbench;
import kz.qabyldau.app.ui.shell.WorkstationOpener;

/**
 * The JavaFX application: the clerk's main window. The window appears at once with a loading
 * state; the data folder and the database open in the background; then the workbench replaces
 * the loading state, or the clerk is told why Qabyldau cannot start and it ends.
 */
public final class WorkstationApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(WorkstationApp.class);

    private volatile FxTaskExecutor executor;
    /** What waits until the desk takes keys (ADR 0091), on a thread of its own so it never delays a save. */
    private volatile FxTaskExecutor later;
    private volatile OpenedWorkstation opened;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread onTermination = new Thread(this::closeOnce, "qabyldau-termination");
    private Workbench workbench;
    private OperatorWindow operatorWindow;
    private volatile Path logFile;

    private final TrainingSimulator.Tuning training;
    /** This computer's printers and PDF viewer, or in tests a computer without either. */
    private final PrintEnvironment printing;
    /** The command-line words, or null to take JavaFX's parameters (as {@link #start(LaunchOptions)} passes them). */
    private final List<String> arguments;

    /** The window as the launcher starts it: the standard training simulator. */
    public WorkstationApp() {
        this.training = TrainingSimulator.Tuning.standard();
        this.arguments = null;
        this.printing = PrintEnvironment.system();
    }

    /**
     * The window with a training simulator tuned otherwise (demonstrations, tests: no refusals, quick decisions),
     * started with these command-line words.
     */
    public WorkstationApp(TrainingSimulator.Tuning training, List<String> arguments) {
        this(training, arguments, PrintEnvironment.system());
    }

    /** The window on another print environment (tests: no printer, no viewer, so every form is only saved). */
    public WorkstationApp(TrainingSimulator.Tuning training, List<String> arguments, PrintEnvironment printing) {
        this.training = Objects.requireNonNull(training, "training");
        this.arguments = List.copyOf(arguments);
        this.printing = Objects.requireNonNull(printing, "printing");
    }

    /** Set when the workstation could not start (database locked, damaged …): the process then exits with 1. */
    private static volatile boolean startupFailed;
    /** The workstation the launcher began to open before the toolkit started (ADR 0092), while the window runs. */
    private static volatile EarlyOpening opening;

    /**
     * Starts the window and returns when it is closed. Called by the launcher on the main thread.
     *
     * @return the process exit code: 0 after a normal close, 1 when the workstation could not start
     */
    public static int start(LaunchOptions options) {
        // The database opens while the toolkit starts and the window appears: neither waits for the other (ADR 0092).
        EarlyOpening early = EarlyOpening.begin(
                new StoreWorkstationOpener(RegionOptions::bundled, TrainingSimulator.Tuning.standard()), options);
        opening = early;
        try {
            Application.launch(WorkstationApp.class, toArguments(options).toArray(String[]::new));
        } finally {
            opening = null;
            // No window took it (no display, GTK missing): close the databases cleanly all the same.
            early.closeUnlessTaken();
        }
        return startupFailed ? 1 : 0;
    }

    /** The launch options as command-line words: JavaFX passes only strings to the application. */
    static List<String> toArguments(LaunchOptions options) {
        List<String> args = new ArrayList<>();
        options.dataDir().ifPresent(dir -> {
            args.add("--data-dir");
            args.add(dir.toString());
        });
        if (options.training()) {
            args.add("--training");
        }
        return args;
    }

    @Override
    public void start(Stage stage) throws CommandLine.UsageException {
        LaunchOptions options = CommandLine.parse(arguments != null ? arguments : getParameters().getRaw()).options();
        executor = new FxTaskExecutor();
        Runtime.getRuntime().addShutdownHook(onTermination);
        I18n i18n = new I18n(Language.KK);
        DialogService dialogs = new FxDialogService(stage, i18n);
        // Started by the launcher (no arguments of our own): take what it began to open; else (tests) open here.
        EarlyOpening early = arguments == null ? opening : null;
        WorkstationOpener opener = early != null ? early.opener()
                : new StoreWorkstationOpener(RegionOptions::bundled, training);
        logFile = StoreWorkstationOpener.logFileFor(options);

        CrashReporter crashes = new CrashReporter(i18n, dialogs, Platform::runLater, () -> logFile);
        // Every thread, the FX thread included (it has no handler of its own), logs and tells the clerk.
        UncaughtErrors.install(crashes);

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // A clerk works in this one window all day: it takes the whole screen (1366x768 up), even where no window
        // manager maximizes it, and stays resizable down to a half screen.
        Scene scene = new Scene(new LoadingView(i18n).root(), screen.getWidth(), screen.getHeight());
        scene.getStylesheets().addAll(Theme.stylesheets());
        stage.setScene(scene);
        stage.setX(screen.getMinX());
        stage.setY(screen.getMinY());
        stage.setResizable(true);
        stage.setMinWidth(Math.min(960, screen.getWidth()));
        stage.setMinHeight(Math.min(600, screen.getHeight()));
        stage.setMaximized(true);
        stage.titleProperty().bind(i18n.text("window.title"));
        stage.show();

        StartupViewModel startup = new StartupViewModel(opener, options, i18n, executor, dialogs,
                FailureTexts.explainer(i18n, () -> logFile));
        startup.start(workstation -> {
            opened = workstation;
            logFile = workstation.logFile();
            if (workstation.session().training()) {
                // The trainee needs no password: training stays one command away (README).
                workbench = new Workbench(workstation, i18n, executor, dialogs, printing);
                workbench.window().installShortcuts(scene);
                scene.setRoot(workbench.window().root());
                LOG.info("Workstation ready ({})", workstation.mode());
                workbench.warmUp();
                startLater(workstation, i18n, dialogs);
                return;
            }
            operatorWindow = new OperatorWindow(scene, workstation.session(), executor, i18n,
                    operator -> {
                        Workbench signedIn = new Workbench(workstation, i18n, executor, dialogs, printing);
                        // Once its desk is in the window (the sign-in puts it there in this same event).
                        Platform.runLater(signedIn::warmUp);
                        return signedIn;
                    },
                    () -> startLater(workstation, i18n, dialogs));
            operatorWindow.show();
            LOG.info("Workstation waiting for sign-in ({})", workstation.mode());
        }, () -> {
            startupFailed = true;
            Platform.exit();
        });
    }

    /** The training simulator and the sync worker, then the whole-file check of the databases. */
    private void startLater(OpenedWorkstation workstation, I18n i18n, DialogService dialogs) {
        later = new FxTaskExecutor();
        BackgroundTask.wrap(() -> {
            workstation.later().warmUp().run();
            return null;
        }).onFailure(error -> LOG.error("The sync could not start; the workstation works offline", error))
                .executeWith(later);
        new IntegrityWatch(workstation.later().integrity(), later, dialogs, i18n, () -> logFile).start();
    }

    /** Lets a save the clerk just clicked finish, then closes the database and frees its lock. */
    @Override
    public void stop() {
        if (operatorWindow != null) {
            workbench = operatorWindow.workbench();
        }
        if (workbench != null) {
            // The draft's last change may still wait for the clerk's pause: save it now, before the executor closes.
            workbench.saveOpenWork();
        }
        try {
            Runtime.getRuntime().removeShutdownHook(onTermination);
        } catch (IllegalStateException alreadyShuttingDown) {
            // The hook runs (or ran) anyway; closing twice does nothing.
        }
        closeOnce();
        Thread.setDefaultUncaughtExceptionHandler(null);
    }

    /**
     * The workers, then the sync and the databases, once: from {@link #stop()} when the window closes, or from
     * the shutdown hook when the session ends the process (SIGTERM at logout or shutdown), which JavaFX does not
     * turn into {@code stop()}. A cleanly closed database needs no whole-file check at the next start (ADR 0090).
     */
    private void closeOnce() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (executor != null) {
            executor.close();
        }
        if (later != null) {
            later.close();
        }
        OpenedWorkstation o = opened;
        if (o != null) {
            try {
                o.resources().close();
            } catch (Exception e) {
                LOG.warn("Closing the database failed", e);
            }
        }
    }
}
