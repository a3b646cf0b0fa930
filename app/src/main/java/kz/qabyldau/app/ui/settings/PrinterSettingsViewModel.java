package kz.qabyldau.app.ui.settings;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javax.print.PrintService;
import javax.print.attribute.standard.Media;
import javax.print.attribute.standard.MediaTray;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.print.PrintServices;
import kz.qabyldau.app.print.PrinterChoice;
import kz.qabyldau.app.print.PrinterChoiceStore;
import kz.qabyldau.app.ui.common.BackgroundTask;
import kz.qabyldau.app.ui.common.TaskExecutor;

/**
 * The "Printer" section of the Settings page: which printer (and tray) this workstation prints
 * forms on. Asking the system for printers and trays can take seconds (CUPS, network printers),
 * and the choice is saved in the database, so both run off the FX thread.
 */
public final class PrinterSettingsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(PrinterSettingsViewModel.class);

    /** The tray entry meaning "let the printer use its default tray" (saved as no tray). */
    public static final String DEFAULT_TRAY = "";

    private final I18n i18n;
    private final PrintServices services;
    private final PrinterChoiceStore store;
    private final TaskExecutor executor;

    private final ObservableList<PrinterOption> printers = FXCollections.observableArrayList();
    private final ObservableList<String> trays = FXCollections.observableArrayList();
    private final ObjectProperty<PrinterOption> printer = new SimpleObjectProperty<>(this, "printer");
    private final ObjectProperty<String> tray = new SimpleObjectProperty<>(this, "tray", DEFAULT_TRAY);
    private final ReadOnlyObjectWrapper<Optional<PrinterChoice>> remembered =
            new ReadOnlyObjectWrapper<>(this, "remembered", Optional.empty());
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    /** The UI text key of the last load's or save's outcome, or empty. */
    private final ReadOnlyObjectWrapper<String> statusKey = new ReadOnlyObjectWrapper<>(this, "statusKey", "");

    private final BooleanBinding noPrinters;
    private final BooleanBinding changed;
    private final BooleanBinding canSave;
    private final StringBinding rememberedText;
    private final StringBinding statusMessage;

    public PrinterSettingsViewModel(I18n i18n, PrintServices services, PrinterChoiceStore store,
                                    TaskExecutor executor) {
        this.i18n = Objects.requireNonNull(i18n);
        this.services = Objects.requireNonNull(services);
        this.store = Objects.requireNonNull(store);
        this.executor = Objects.requireNonNull(executor);

        noPrinters = Bindings.createBooleanBinding(() -> loaded.get() && printers.isEmpty(), loaded, printers);
        changed = Bindings.createBooleanBinding(() -> edited().isPresent() && !edited().equals(remembered.get()),
                printer, tray, remembered);
        canSave = changed.and(saving.not()).and(loading.not());
        rememberedText = Bindings.createStringBinding(this::describeRemembered, remembered, loaded, printers,
                i18n.languageProperty());
        statusMessage = Bindings.createStringBinding(
                () -> statusKey.get().isEmpty() ? "" : i18n.get(statusKey.get()), statusKey, i18n.languageProperty());

        // Another printer has other trays: offer its own, starting from its default tray.
        printer.addListener((o, old, chosen) -> {
            trays.setAll(DEFAULT_TRAY);
            if (chosen != null) {
                trays.addAll(chosen.trays());
            }
            tray.set(DEFAULT_TRAY);
            statusKey.set("");
        });
        tray.addListener((o, a, b) -> statusKey.set(""));
    }

    // Commands

    /** Asks the system for its printers and their trays and shows the remembered choice. */
    public void load() {
        if (loading.get()) {
            return;
        }
        loading.set(true);
        BackgroundTask.wrap(() -> new Found(services.all().stream().map(PrinterSettingsViewModel::option).toList(),
                        store.load()))
                .onSuccess(found -> {
                    loading.set(false);
                    printers.setAll(found.printers());
                    remembered.set(found.remembered());
                    loaded.set(true);
                    showRemembered();
                })
                .onFailure(error -> {
                    loading.set(false);
                    LOG.error("Listing the printers failed", error);
                    statusKey.set("printer.loadFailed");
                })
                .executeWith(executor);
    }

    /** Remembers the chosen printer and tray for this workstation. */
    public void save() {
        Optional<PrinterChoice> choice = edited();
        if (!canSave.get() || choice.isEmpty()) {
            return;
        }
        saving.set(true);
        statusKey.set("");
        BackgroundTask.wrap(() -> store.save(choice.get()))
                .onSuccess(nothing -> {
                    saving.set(false);
                    remembered.set(choice);
                    statusKey.set("printer.saved");
                })
                .onFailure(error -> {
                    saving.set(false);
                    LOG.error("Saving the printer choice failed", error);
                    statusKey.set("printer.saveFailed");
                })
                .executeWith(executor);
    }

    // Property accessors

    /** The printers of this computer, in the order the system lists them. */
    public ObservableList<PrinterOption> printers() {
        return printers;
    }

    /** The chosen printer's trays, {@link #DEFAULT_TRAY} first. */
    public ObservableList<String> trays() {
        return trays;
    }

    public ObjectProperty<PrinterOption> printerProperty() {
        return printer;
    }

    /** The chosen tray's name, or {@link #DEFAULT_TRAY}. */
    public ObjectProperty<String> trayProperty() {
        return tray;
    }

    /** The tray as the clerk reads it: the system's name, or "printer's default tray" in the clerk's language. */
    public String trayLabel(String trayName) {
        if (trayName == null || trayName.isEmpty()) {
            return i18n.get("printer.tray.default");
        }
        // The standard trays (MediaTray's own values) have names a clerk can read in her language;
        // a driver's own trays ("Tray 2", "Lade 1") are shown as the printer calls them.
        return switch (trayName) {
            case "top" -> i18n.get("printer.tray.top");
            case "middle" -> i18n.get("printer.tray.middle");
            case "bottom" -> i18n.get("printer.tray.bottom");
            case "envelope" -> i18n.get("printer.tray.envelope");
            case "manual" -> i18n.get("printer.tray.manual");
            case "large-capacity" -> i18n.get("printer.tray.largeCapacity");
            case "main" -> i18n.get("printer.tray.main");
            case "side" -> i18n.get("printer.tray.side");
            default -> trayName;
        };
    }

    /** What is remembered in the workstation's database; empty until something was chosen or printed. */
    public ReadOnlyObjectProperty<Optional<PrinterChoice>> rememberedProperty() {
        return remembered.getReadOnlyProperty();
    }

    /** The remembered choice in a sentence, in the clerk's language; "" before the printers are listed. */
    public StringBinding rememberedTextProperty() {
        return rememberedText;
    }

    /** True once the listing came back with no printer at all. */
    public BooleanBinding noPrintersProperty() {
        return noPrinters;
    }

    /** What happens without a printer, in the clerk's language. */
    public StringBinding noPrintersTextProperty() {
        return i18n.text("printer.none");
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public BooleanBinding canSaveProperty() {
        return canSave;
    }

    /** The outcome of the last save (or a failed listing) in the clerk's language, or "". */
    public StringBinding statusMessageProperty() {
        return statusMessage;
    }

    // Internals

    /** What the listing found, handed from the worker thread to the FX thread in one piece. */
    private record Found(List<PrinterOption> printers, Optional<PrinterChoice> remembered) {
    }

    private static PrinterOption option(PrintService service) {
        return new PrinterOption(service.getName(), trayNames(service));
    }

    /** The tray names as {@code FormPrinter} matches them ({@code MediaTray#toString}). */
    private static List<String> trayNames(PrintService service) {
        Object values;
        try {
            values = service.getSupportedAttributeValues(Media.class, null, null);
        } catch (RuntimeException e) {
            // Some drivers fail to describe their media; the printer stays usable with its default tray.
            LOG.warn("printer {} does not list its trays", service.getName(), e);
            return List.of();
        }
        if (!(values instanceof Media[] media)) {
            return List.of();
        }
        return Arrays.stream(media).filter(MediaTray.class::isInstance).map(Media::toString).distinct().toList();
    }

    /** Selects the remembered printer and tray among those found. */
    private void showRemembered() {
        Optional<PrinterChoice> choice = remembered.get();
        Optional<PrinterOption> known = choice.flatMap(c -> byName(c.printer()));
        printer.set(known.orElse(null));
        known.ifPresent(p -> choice.flatMap(PrinterChoice::tray).filter(p.trays()::contains).ifPresent(tray::set));
    }

    private Optional<PrinterOption> byName(String name) {
        return printers.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    private Optional<PrinterChoice> edited() {
        PrinterOption p = printer.get();
        if (p == null) {
            return Optional.empty();
        }
        String t = tray.get();
        return Optional.of(new PrinterChoice(p.name(), t == null || t.isEmpty() ? Optional.empty() : Optional.of(t)));
    }

    private String describeRemembered() {
        if (!loaded.get()) {
            return "";
        }
        Optional<PrinterChoice> choice = remembered.get();
        if (choice.isEmpty()) {
            return printers.isEmpty() ? "" : i18n.get("printer.remembered.none");
        }
        PrinterChoice c = choice.get();
        if (byName(c.printer()).isEmpty()) {
            return i18n.get("printer.remembered.missing", c.printer());
        }
        return i18n.get("printer.remembered", c.printer(), trayLabel(c.tray().orElse(DEFAULT_TRAY)));
    }
}
