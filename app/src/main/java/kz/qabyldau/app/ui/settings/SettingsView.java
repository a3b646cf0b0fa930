package kz.qabyldau.app.ui.settings;

import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.i18n.Language;
import kz.qabyldau.app.ui.common.Scrolling;
import kz.qabyldau.app.ui.common.Styles;
import kz.qabyldau.app.ui.common.View;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableStringValue;

/** The Settings page. Binds to {@link SettingsViewModel}; holds no state of its own. */
public final class SettingsView implements View {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass(Styles.INVALID);

    private final I18n i18n;
    private final SettingsViewModel model;
    private final BorderPane root;
    private int row;

    public SettingsView(I18n i18n, SettingsViewModel model) {
        this(i18n, model, null);
    }

    /** The page with the workstation's printer section below the other sections (null: none). */
    public SettingsView(I18n i18n, SettingsViewModel model, PrinterSettingsView printer) {
        this.i18n = i18n;
        this.model = model;

        Label title = label("settings.title", Styles.PAGE_TITLE);

        Label training = new Label();
        training.textProperty().bind(model.trainingExplanationProperty());
        training.setWrapText(true);
        training.getStyleClass().add(Styles.NOTICE);
        training.visibleProperty().bind(training.textProperty().isNotEmpty());
        training.managedProperty().bind(training.visibleProperty());

        GridPane office = form();
        TextField officeName = textField("settings-office-name", model.officeNameProperty());
        addRow(office, "settings.officeName", officeName, "settings.officeName.hint");
        addRow(office, "settings.region", regionChooser(), null);
        TextField provider = textField("settings-provider", model.providerNameProperty());
        addRow(office, "settings.provider", provider, "settings.provider.hint");
        TextField url = textField("settings-central-url", model.centralUrlProperty());
        url.setPromptText("https://");
        Label urlError = new Label();
        urlError.textProperty().bind(model.centralUrlErrorProperty());
        urlError.getStyleClass().add(Styles.FIELD_ERROR);
        urlError.setWrapText(true);
        urlError.visibleProperty().bind(urlError.textProperty().isNotEmpty());
        urlError.managedProperty().bind(urlError.visibleProperty());
        model.centralUrlErrorProperty().addListener((o, a, b) -> url.pseudoClassStateChanged(INVALID, !b.isEmpty()));
        addRow(office, "settings.centralUrl", url, "settings.centralUrl.hint");
        office.add(urlError, 1, row++);
        TextField officeCode = textField("settings-office-code", model.officeCodeProperty());
        officeCode.setPromptText("AST-03");
        Label officeCodeError = errorLabel(model.officeCodeErrorProperty());
        model.officeCodeErrorProperty().addListener(
                (o, a, b) -> officeCode.pseudoClassStateChanged(INVALID, !b.isEmpty()));
        addRow(office, "settings.officeCode", officeCode, "settings.officeCode.hint");
        office.add(officeCodeError, 1, row++);
        // The token is a secret: typed into a masked field, never shown.
        PasswordField token = new PasswordField();
        token.setId("settings-token");
        token.textProperty().bindBidirectional(model.tokenProperty());
        addRow(office, "settings.token", token, "settings.token.hint");
        if (model.enrolmentOffered()) {
            addEnrolment(office);
        }
        Label enrolmentStatus = new Label();
        enrolmentStatus.setId("settings-enrol-status");
        enrolmentStatus.textProperty().bind(model.enrolmentMessageProperty());
        enrolmentStatus.setWrapText(true);
        enrolmentStatus.getStyleClass().add(Styles.STATUS_MESSAGE);
        // A refused code or "update needed" is a problem: shown as one, not in the colour of "saved".
        model.enrolmentFailedProperty().addListener((o, was, failed) -> {
            enrolmentStatus.getStyleClass().removeAll(Styles.STATUS_MESSAGE, Styles.FIELD_ERROR);
            enrolmentStatus.getStyleClass().add(failed ? Styles.FIELD_ERROR : Styles.STATUS_MESSAGE);
        });
        enrolmentStatus.visibleProperty().bind(enrolmentStatus.textProperty().isNotEmpty());
        enrolmentStatus.managedProperty().bind(enrolmentStatus.visibleProperty());
        office.add(enrolmentStatus, 1, row++);

        GridPane workstation = form();
        addRow(workstation, "settings.clerkName", textField("settings-clerk-name", model.clerkNameProperty()),
                null);
        addRow(workstation, "settings.language", languageChooser(), "settings.language.hint");

        Button save = new Button();
        save.setId("settings-save");
        save.textProperty().bind(i18n.text("settings.save"));
        save.getStyleClass().add(Styles.PRIMARY_BUTTON);
        save.setDefaultButton(true);
        save.disableProperty().bind(model.canSaveProperty().not());
        save.setOnAction(e -> model.save());
        Button revert = new Button();
        revert.setId("settings-revert");
        revert.textProperty().bind(i18n.text("settings.revert"));
        revert.disableProperty().bind(model.changedProperty().not().or(model.savingProperty()));
        revert.setOnAction(e -> model.resetToSaved());
        Label status = new Label();
        status.setId("settings-status");
        status.textProperty().bind(model.statusMessageProperty());
        status.getStyleClass().add(Styles.STATUS_MESSAGE);
        HBox actions = new HBox(12, save, revert, status);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.getStyleClass().add(Styles.ACTION_BAR);

        VBox page = new VBox(title, training, section("settings.section.office"), office,
                section("settings.section.workstation"), workstation);
        if (printer != null) {
            page.getChildren().add(printer.root());
        }
        page.getStyleClass().add(Styles.PAGE);
        page.setMaxWidth(920);
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        // Tabbing to a field below the fold brings it into sight (ScrollPane does not by itself).
        scroll.sceneProperty().addListener((o, oldScene, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((f, a, focused) -> Scrolling.reveal(scroll, focused));
            }
        });
        // The actions stay in sight below the scrolling form, whatever the screen's height.
        root = new BorderPane(scroll);
        root.setBottom(actions);
    }

    @Override
    public Parent root() {
        return root;
    }

    /** The one-time enrolment code and its own button: enrolling is not saving the form. */
    private void addEnrolment(GridPane grid) {
        TextField code = textField("settings-enrol-code", model.enrolmentCodeProperty());
        code.setPromptText("XXXX-XXXX-XXXX-XXXX");
        Button enrol = new Button();
        enrol.setId("settings-enrol");
        enrol.textProperty().bind(i18n.text("settings.enrol.button"));
        enrol.disableProperty().bind(model.canEnrolProperty().not());
        enrol.setOnAction(e -> model.enrol());
        HBox line = new HBox(8, code, enrol);
        HBox.setHgrow(code, Priority.ALWAYS);
        line.setAlignment(Pos.CENTER_LEFT);
        addRow(grid, "settings.enrol", line, "settings.enrol.hint");
    }

    private Node regionChooser() {
        ComboBox<RegionOption> box = new ComboBox<>(model.regions());
        box.setId("settings-region");
        box.valueProperty().bindBidirectional(model.regionProperty());
        box.setMaxWidth(Double.MAX_VALUE);
        box.promptTextProperty().bind(i18n.text("settings.region.prompt"));
        box.setConverter(regionNames());
        box.setButtonCell(new RegionCell());
        box.setCellFactory(list -> new RegionCell());
        // Region names are in the interface language: redraw them when it changes.
        i18n.languageProperty().addListener((o, a, b) -> {
            box.setConverter(regionNames());
            box.setButtonCell(new RegionCell());
            box.setCellFactory(list -> new RegionCell());
        });
        return box;
    }

    private Node languageChooser() {
        ComboBox<Language> box = new ComboBox<>();
        box.setId("settings-language");
        box.getItems().setAll(model.languages());
        box.setValue(i18n.language());
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(Language language) {
                return language == null ? "" : i18n.get(language.nameKey());
            }

            @Override
            public Language fromString(String text) {
                throw new UnsupportedOperationException("not editable");
            }
        });
        box.setOnAction(e -> model.switchLanguage(box.getValue()));
        i18n.languageProperty().addListener((o, a, b) -> box.setValue(b));
        return box;
    }

    private StringConverter<RegionOption> regionNames() {
        Language language = i18n.language();
        return new StringConverter<>() {
            @Override
            public String toString(RegionOption region) {
                return region == null ? "" : region.name(language);
            }

            @Override
            public RegionOption fromString(String text) {
                throw new UnsupportedOperationException("not editable");
            }
        };
    }

    private final class RegionCell extends ListCell<RegionOption> {
        @Override
        protected void updateItem(RegionOption item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.name(i18n.language()));
        }
    }

    private static Label errorLabel(ObservableStringValue error) {
        Label l = new Label();
        l.textProperty().bind(error);
        l.getStyleClass().add(Styles.FIELD_ERROR);
        l.setWrapText(true);
        l.visibleProperty().bind(l.textProperty().isNotEmpty());
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }

    private TextField textField(String id, StringProperty property) {
        TextField field = new TextField();
        field.setId(id);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private GridPane form() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add(Styles.FORM);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        labels.setPrefWidth(240);
        labels.setHalignment(HPos.LEFT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        row = 0;
        return grid;
    }

    private void addRow(GridPane grid, String labelKey, Node field, String hintKey) {
        Label label = label(labelKey, Styles.FORM_LABEL);
        label.setLabelFor(field);
        label.setWrapText(true);
        if (field instanceof Control control) {
            control.setMaxWidth(Double.MAX_VALUE);
        }
        grid.add(label, 0, row);
        grid.add(field, 1, row++);
        if (hintKey != null) {
            Label hint = label(hintKey, Styles.FIELD_HINT);
            hint.setWrapText(true);
            grid.add(hint, 1, row++);
        }
    }

    private Label section(String key) {
        Label l = label(key, Styles.SECTION_TITLE);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private Label label(String key, String styleClass) {
        Label l = new Label();
        l.textProperty().bind(i18n.text(key));
        l.getStyleClass().add(styleClass);
        return l;
    }
}
