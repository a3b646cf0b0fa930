package kz.qabyldau.app.ui.settings;

import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.ui.common.Styles;
import kz.qabyldau.app.ui.common.View;

/**
 * The "Printer" section embedded in the Settings page. Binds to {@link PrinterSettingsViewModel};
 * it has its own save button because the choice belongs to this computer, not to the office's
 * settings, and is saved on its own. Asks for the printers as soon as it is built.
 */
public final class PrinterSettingsView implements View {

    private final I18n i18n;
    private final PrinterSettingsViewModel model;
    private final VBox root;

    public PrinterSettingsView(I18n i18n, PrinterSettingsViewModel model) {
        this.i18n = i18n;
        this.model = model;

        Label title = label("printer.section", Styles.SECTION_TITLE);
        title.setMaxWidth(Double.MAX_VALUE);

        Label none = new Label();
        none.setId("printer-none");
        none.textProperty().bind(model.noPrintersTextProperty());
        none.setWrapText(true);
        none.getStyleClass().add(Styles.NOTICE);
        none.visibleProperty().bind(model.noPrintersProperty());
        none.managedProperty().bind(none.visibleProperty());

        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        Label searching = label("printer.loading", Styles.FIELD_HINT);
        HBox loading = new HBox(8, spinner, searching);
        loading.setAlignment(Pos.CENTER_LEFT);
        loading.visibleProperty().bind(model.loadingProperty());
        loading.managedProperty().bind(loading.visibleProperty());

        GridPane form = new GridPane();
        form.getStyleClass().add(Styles.FORM);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        labels.setPrefWidth(240);
        labels.setHalignment(HPos.LEFT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().addAll(labels, fields);
        form.visibleProperty().bind(model.noPrintersProperty().not());
        form.managedProperty().bind(form.visibleProperty());

        ComboBox<PrinterOption> printers = new ComboBox<>(model.printers());
        printers.setId("printer-choice");
        printers.valueProperty().bindBidirectional(model.printerProperty());
        printers.promptTextProperty().bind(i18n.text("printer.choose"));
        printers.setButtonCell(new PrinterCell());
        printers.setCellFactory(list -> new PrinterCell());
        printers.setMaxWidth(Double.MAX_VALUE);
        printers.disableProperty().bind(model.loadingProperty());

        ComboBox<String> trays = new ComboBox<>(model.trays());
        trays.setId("printer-tray");
        trays.valueProperty().bindBidirectional(model.trayProperty());
        trays.setButtonCell(new TrayCell());
        trays.setCellFactory(list -> new TrayCell());
        trays.setMaxWidth(Double.MAX_VALUE);
        trays.disableProperty().bind(model.printerProperty().isNull());
        // "Printer's default tray" is in the interface language: redraw it when that changes.
        i18n.languageProperty().addListener((o, a, b) -> {
            trays.setButtonCell(new TrayCell());
            trays.setCellFactory(list -> new TrayCell());
        });

        Label remembered = new Label();
        remembered.setId("printer-remembered");
        remembered.textProperty().bind(model.rememberedTextProperty());
        remembered.setWrapText(true);
        remembered.getStyleClass().add(Styles.FIELD_HINT);

        Label printerLabel = label("printer.printer", Styles.FORM_LABEL);
        printerLabel.setLabelFor(printers);
        Label trayLabel = label("printer.tray", Styles.FORM_LABEL);
        trayLabel.setLabelFor(trays);
        form.add(printerLabel, 0, 0);
        form.add(printers, 1, 0);
        form.add(trayLabel, 0, 1);
        form.add(trays, 1, 1);
        form.add(remembered, 1, 2);

        Button save = new Button();
        save.setId("printer-save");
        save.textProperty().bind(i18n.text("printer.save"));
        save.disableProperty().bind(model.canSaveProperty().not());
        save.setOnAction(e -> model.save());
        Label status = new Label();
        status.setId("printer-status");
        status.textProperty().bind(model.statusMessageProperty());
        status.getStyleClass().add(Styles.STATUS_MESSAGE);
        HBox actions = new HBox(12, save, status);
        actions.setAlignment(Pos.CENTER_LEFT);
        save.visibleProperty().bind(model.noPrintersProperty().not());
        save.managedProperty().bind(save.visibleProperty());

        root = new VBox(8, title, loading, none, form, actions);
        model.load();
    }

    @Override
    public Parent root() {
        return root;
    }

    private Label label(String key, String styleClass) {
        Label l = new Label();
        l.textProperty().bind(i18n.text(key));
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        return l;
    }

    private static final class PrinterCell extends ListCell<PrinterOption> {
        @Override
        protected void updateItem(PrinterOption item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.name());
        }
    }

    private final class TrayCell extends ListCell<String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : model.trayLabel(item));
        }
    }
}
