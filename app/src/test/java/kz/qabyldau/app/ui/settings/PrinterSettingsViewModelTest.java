package kz.qabyldau.app.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import javax.print.PrintService;
import javax.print.attribute.standard.Media;
import javax.print.attribute.standard.MediaSizeName;
import javax.print.attribute.standard.MediaTray;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.i18n.Language;
import kz.qabyldau.app.print.PrintServices;
import kz.qabyldau.app.print.PrinterChoice;
import kz.qabyldau.app.print.PrinterChoiceStore;
import kz.qabyldau.app.store.Database;
import kz.qabyldau.app.store.SqliteSettingsStore;
import kz.qabyldau.app.ui.common.QueuedTaskExecutor;
import kz.qabyldau.app.ui.common.TaskExecutor;

/** Issue #4, "Printing": the printer and tray chosen on the Settings page, remembered per workstation. */
class PrinterSettingsViewModelTest {

    private static final PrinterOption RECEPTION = new PrinterOption("HP-Reception",
            List.of(MediaTray.MAIN.toString(), MediaTray.MANUAL.toString()));
    private static final PrinterOption BACK_OFFICE = new PrinterOption("Canon-Back-Office", List.of());

    @TempDir
    Path temp;

    private final I18n i18n = new I18n(Language.EN);

    /** A printer as the system describes it: a name and the media it supports, trays among paper sizes. */
    private static PrintService printer(String name, Media... media) {
        return (PrintService) Proxy.newProxyInstance(PrintService.class.getClassLoader(),
                new Class<?>[] {PrintService.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getName" -> name;
                    case "getSupportedAttributeValues" -> args[0] == Media.class ? media : null;
                    case "toString" -> name;
                    case "hashCode" -> name.hashCode();
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static PrintServices machineWith(PrintService... printers) {
        return new PrintServices() {
            @Override
            public List<PrintService> all() {
                return Arrays.asList(printers);
            }

            @Override
            public Optional<PrintService> systemDefault() {
                return Arrays.stream(printers).findFirst();
            }
        };
    }

    private static PrintServices twoPrinters() {
        return machineWith(printer("HP-Reception", MediaSizeName.ISO_A4, MediaTray.MAIN, MediaTray.MANUAL),
                printer("Canon-Back-Office", MediaSizeName.ISO_A4));
    }

    private PrinterSettingsViewModel loaded(PrintServices services, PrinterChoiceStore store) {
        PrinterSettingsViewModel model = new PrinterSettingsViewModel(i18n, services, store,
                TaskExecutor.callingThread());
        model.load();
        return model;
    }

    @Test
    void computerWithoutPrinterIsToldThatFormsOpenAsPdf() {
        PrinterSettingsViewModel model = loaded(machineWith(), PrinterChoiceStore.inMemory());

        assertThat(model.noPrintersProperty().get()).isTrue();
        assertThat(model.printers()).isEmpty();
        assertThat(model.canSaveProperty().get()).isFalse();
        assertThat(model.noPrintersTextProperty().get()).contains("no printer").contains("PDF");
    }

    @Test
    void computerWithoutPrinterIsToldSoInKazakhAndRussian() {
        PrinterSettingsViewModel model = loaded(machineWith(), PrinterChoiceStore.inMemory());

        i18n.languageProperty().set(Language.KK);
        assertThat(model.noPrintersTextProperty().get()).contains("принтер жоқ").contains("PDF");
        i18n.languageProperty().set(Language.RU);
        assertThat(model.noPrintersTextProperty().get()).contains("не подключён принтер").contains("PDF");
    }

    @Test
    void printersAreListedOffTheFxThreadOnlyWhenTheWorkerRuns() {
        QueuedTaskExecutor worker = new QueuedTaskExecutor();
        PrinterSettingsViewModel model = new PrinterSettingsViewModel(i18n, twoPrinters(),
                PrinterChoiceStore.inMemory(), worker);

        model.load();
        assertThat(model.loadingProperty().get()).isTrue();
        assertThat(model.printers()).isEmpty();
        assertThat(model.noPrintersProperty().get()).as("not known yet").isFalse();

        worker.runAll();
        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.printers()).containsExactly(RECEPTION, BACK_OFFICE);
    }

    @Test
    void traysOfTheChosenPrinterAreOfferedAfterItsDefaultTray() {
        PrinterSettingsViewModel model = loaded(twoPrinters(), PrinterChoiceStore.inMemory());

        model.printerProperty().set(RECEPTION);
        assertThat(model.trays()).containsExactly(PrinterSettingsViewModel.DEFAULT_TRAY, "main", "manual");
        assertThat(model.trayProperty().get()).isEqualTo(PrinterSettingsViewModel.DEFAULT_TRAY);
        assertThat(model.trayLabel(PrinterSettingsViewModel.DEFAULT_TRAY)).isEqualTo("Printer's default tray");

        model.printerProperty().set(BACK_OFFICE);
        assertThat(model.trays()).containsExactly(PrinterSettingsViewModel.DEFAULT_TRAY);
    }

    @Test
    void standardTraysAreNamedInTheClerksLanguageAndDriverTraysAsTheDriverNamesThem() {
        PrinterSettingsViewModel model = new PrinterSettingsViewModel(i18n, machineWith(),
                PrinterChoiceStore.inMemory(), TaskExecutor.callingThread());

        i18n.languageProperty().set(Language.KK);
        assertThat(model.trayLabel(MediaTray.MANUAL.toString())).isEqualTo("Қолмен беру");
        i18n.languageProperty().set(Language.RU);
        assertThat(model.trayLabel(MediaTray.LARGE_CAPACITY.toString())).isEqualTo("Лоток большой ёмкости");
        assertThat(model.trayLabel("Tray 3")).isEqualTo("Tray 3");
    }

    @Test
    void nothingRememberedSaysTheSystemDefaultIsUsed() {
        PrinterSettingsViewModel model = loaded(twoPrinters(), PrinterChoiceStore.inMemory());

        assertThat(model.printerProperty().get()).isNull();
        assertThat(model.rememberedTextProperty().get()).contains("default printer");
        assertThat(model.canSaveProperty().get()).isFalse();
    }

    @Test
    void rememberedPrinterAndTrayAreShownSelected() {
        PrinterChoiceStore store = PrinterChoiceStore.inMemory();
        store.save(new PrinterChoice("HP-Reception", Optional.of("manual")));

        PrinterSettingsViewModel model = loaded(twoPrinters(), store);

        assertThat(model.printerProperty().get()).isEqualTo(RECEPTION);
        assertThat(model.trayProperty().get()).isEqualTo("manual");
        assertThat(model.rememberedTextProperty().get())
                .isEqualTo("Remembered for this computer: HP-Reception — Manual feed.");
        assertThat(model.canSaveProperty().get()).as("nothing changed").isFalse();
    }

    @Test
    void rememberedPrinterNoLongerConnectedIsNamedAndNotSelected() {
        PrinterChoiceStore store = PrinterChoiceStore.inMemory();
        store.save(new PrinterChoice("Kyocera-Old", Optional.empty()));

        PrinterSettingsViewModel model = loaded(twoPrinters(), store);

        assertThat(model.printerProperty().get()).isNull();
        assertThat(model.rememberedTextProperty().get()).contains("Kyocera-Old").contains("not connected");
    }

    @Test
    void savedChoiceIsRememberedInTheWorkstationsDatabase() {
        try (Database db = Database.open(DataFolder.at(temp, false))) {
            PrinterSettingsViewModel model = loaded(twoPrinters(), PrinterChoiceStore.of(new SqliteSettingsStore(db)));
            model.printerProperty().set(RECEPTION);
            model.trayProperty().set("manual");
            assertThat(model.canSaveProperty().get()).isTrue();

            model.save();

            assertThat(model.statusMessageProperty().get()).isEqualTo("Printer saved for this computer.");
            assertThat(model.canSaveProperty().get()).isFalse();
        }
        try (Database db = Database.open(DataFolder.at(temp, false))) {
            PrinterChoiceStore reopened = PrinterChoiceStore.of(new SqliteSettingsStore(db));
            assertThat(reopened.load()).contains(new PrinterChoice("HP-Reception", Optional.of("manual")));
            assertThat(loaded(twoPrinters(), reopened).trayProperty().get()).isEqualTo("manual");
        }
    }

    @Test
    void printersDefaultTraySavesNoTray() {
        PrinterChoiceStore store = PrinterChoiceStore.inMemory();
        store.save(new PrinterChoice("HP-Reception", Optional.of("manual")));
        PrinterSettingsViewModel model = loaded(twoPrinters(), store);

        model.trayProperty().set(PrinterSettingsViewModel.DEFAULT_TRAY);
        model.save();

        assertThat(store.load()).contains(new PrinterChoice("HP-Reception", Optional.empty()));
    }

    @Test
    void failedSaveSaysSoAndKeepsTheEarlierChoice() {
        PrinterChoiceStore broken = new PrinterChoiceStore() {
            @Override
            public Optional<PrinterChoice> load() {
                return Optional.empty();
            }

            @Override
            public void save(PrinterChoice choice) {
                throw new IllegalStateException("database is locked");
            }
        };
        PrinterSettingsViewModel model = loaded(twoPrinters(), broken);
        model.printerProperty().set(BACK_OFFICE);

        model.save();

        assertThat(model.statusMessageProperty().get()).contains("could not be saved");
        assertThat(model.rememberedProperty().get()).isEmpty();
        assertThat(model.canSaveProperty().get()).as("may try again").isTrue();
    }
}
