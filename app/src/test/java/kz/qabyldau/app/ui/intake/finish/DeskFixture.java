package kz.qabyldau.app.ui.intake.finish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import javax.print.PrintService;

import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.i18n.Language;
import kz.qabyldau.app.print.FormPrinter;
import kz.qabyldau.app.print.PaperDelivery;
import kz.qabyldau.app.print.PrintEnvironment;
import kz.qabyldau.app.print.PrintServices;
import kz.qabyldau.app.print.PrinterChoiceStore;
import kz.qabyldau.app.settings.OfficeSettings;
import kz.qabyldau.app.store.Database;
import kz.qabyldau.app.store.applications.ApplicationStore;
import kz.qabyldau.app.ui.common.RecordingDialogs;
import kz.qabyldau.app.ui.common.TaskExecutor;
import kz.qabyldau.app.ui.intake.Debouncer;
import kz.qabyldau.app.ui.intake.IntakeSession;
import kz.qabyldau.app.ui.intake.IntakeSessions;
import kz.qabyldau.forms.application.Application;
import kz.qabyldau.forms.application.ApplicationJson;
import kz.qabyldau.forms.print.FormRenderer;
import kz.qabyldau.forms.reference.ReferenceData;
import kz.qabyldau.forms.service.ServiceCatalog;
import kz.qabyldau.forms.verdict.Verdicts;
import kz.qabyldau.forms.application.ApplicationFormatException;

/**
 * The intake desk for view-model tests: a real application store in a temporary folder, the bundled law core, the
 * clock standing at Monday 2 March 2026, 10:15 in Astana (the day of the examples in docs/examples), tasks on the
 * calling thread, saves at once, and a machine without printers.
 */
public final class DeskFixture implements AutoCloseable {

    public static final Instant MONDAY_MORNING = Instant.parse("2026-03-02T05:15:00Z");
    private static final Verdicts VERDICTS;
    private static final FormRenderer RENDERER = new FormRenderer();

    static {
        ReferenceData reference = ReferenceData.loadBundled();
        VERDICTS = new Verdicts(ServiceCatalog.loadBundled(), reference, reference.calendar());
    }

    public final Clock clock;
    public final I18n i18n = new I18n(Language.RU);
    public final RecordingDialogs dialogs = new RecordingDialogs();
    public final OfficeSettings office = new OfficeSettings("ХҚКО №2 Астана", "710000000",
            "Астана қаласы Алматы ауданының әкімдігі", "Айгүл Сейітова", "ru", "https://central.example.kz");
    public final Database database;
    /** Where forms that could not be printed are saved. */
    public final Path printedFolder;
    public final ApplicationStore store;
    public final IntakeSessions sessions;

    public DeskFixture(Path folder) {
        this(folder, Clock.fixed(MONDAY_MORNING, ZoneId.of("Asia/Almaty")));
    }

    /** The desk on another clock (one a test moves on). */
    public DeskFixture(Path folder, Clock clock) {
        this.clock = clock;
        printedFolder = folder.resolve("printed");
        database = Database.open(DataFolder.at(folder, false));
        store = ApplicationStore.open(database, true, clock);
        sessions = new IntakeSessions(store.drafts(), VERDICTS, clock, TaskExecutor.callingThread(),
                Debouncer.immediate(), dialogs, i18n);
    }

    /** A new draft of {@code service} opened as a session. */
    public IntakeSession start(String service) {
        return sessions.open(sessions.createDraft(service, "A-17", office.clerkName()));
    }

    /** A new draft filled with the fields and documents of {@code docs/examples/NAME.json}. */
    public IntakeSession startWith(String example) {
        Application app = example(example);
        IntakeSession session = start(app.service());
        session.setFields(app.fields());
        app.documents().forEach(session::setDocument);
        app.overrides().forEach(session::addOverride);
        return session;
    }

    public static Application example(String name) {
        try {
            return ApplicationJson.read(Files.readString(Path.of("..", "docs", "examples", name + ".json")));
        } catch (IOException | ApplicationFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The finish step's view model on a machine without printers. */
    public FinishViewModel finish(IntakeSession session, boolean training) {
        return new FinishViewModel(session, store, new IntakeForms(RENDERER), new PaperDelivery(
                PrintEnvironment.saveOnly(), PrinterChoiceStore.inMemory(), printedFolder, clock),
                TaskExecutor.callingThread(), dialogs, i18n, () -> office, training);
    }

    public static FormPrinter noPrinters() {
        return new FormPrinter(new PrintServices() {
            @Override
            public List<PrintService> all() {
                return List.of();
            }

            @Override
            public Optional<PrintService> systemDefault() {
                return Optional.empty();
            }
        }, PrinterChoiceStore.inMemory());
    }

    @Override
    public void close() {
        database.close();
    }
}
