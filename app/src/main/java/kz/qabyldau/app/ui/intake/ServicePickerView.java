package kz.qabyldau.app.ui.intake;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.ui.common.Scrolling;
import kz.qabyldau.app.ui.common.Styles;
import javafx.geometry.VPos;

/**
 * Choosing the service: the queue ticket first (Enter moves on), then the eight services by their names in the
 * definitions — arrows or the service's number choose, Enter starts.
 */
final class ServicePickerView {

    private final TextField ticket = new TextField();
    private final ListView<ServiceChoice> services = new ListView<>();
    private final NewApplicationViewModel model;
    private static final double CELL = 38;

    private final ScrollPane root;

    ServicePickerView(NewApplicationViewModel model, I18n i18n) {
        this.model = model;
        Label title = new Label();
        title.textProperty().bind(i18n.text("intake.title"));
        title.getStyleClass().add(Styles.PAGE_TITLE);
        Label intro = new Label();
        intro.textProperty().bind(i18n.text("intake.picker.intro", IntakeSession.SERVICE_STANDARD.toMinutes()));
        intro.getStyleClass().add(Styles.PAGE_INTRO);
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);

        Label ticketLabel = new Label();
        ticketLabel.textProperty().bind(i18n.text("intake.picker.ticket"));
        ticketLabel.getStyleClass().add(Styles.FORM_LABEL);
        ticketLabel.setLabelFor(ticket);
        ticket.setId("intake-ticket-input");
        ticket.textProperty().bindBidirectional(model.ticketProperty());
        ticket.setPrefColumnCount(10);
        ticket.setMaxWidth(200);
        Label ticketHint = new Label();
        ticketHint.textProperty().bind(i18n.text("intake.picker.ticket.hint"));
        ticketHint.getStyleClass().add(Styles.FIELD_HINT);

        Label servicesLabel = new Label();
        servicesLabel.textProperty().bind(i18n.text("intake.picker.service"));
        servicesLabel.getStyleClass().add(Styles.FORM_LABEL);
        services.setId("intake-services");
        services.getItems().setAll(model.services());
        services.getStyleClass().add(IntakeStyles.SERVICE_LIST);
        services.setFixedCellSize(CELL);
        fitHeight(model.services().size());
        services.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(ServiceChoice item, boolean empty) {
                super.updateItem(item, empty);
                textProperty().unbind();
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                } else {
                    int n = getListView().getItems().indexOf(item) + 1;
                    Label number = new Label(String.valueOf(n));
                    number.getStyleClass().add(IntakeStyles.STEP_NUMBER);
                    Label name = new Label();
                    name.textProperty().bind(i18n.languageProperty().map(l -> item.name().in(l.code())));
                    HBox row = new HBox(12, number, name);
                    row.setAlignment(Pos.CENTER_LEFT);
                    setGraphic(row);
                    setText(null);
                }
            }
        });
        servicesLabel.setLabelFor(services);
        services.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.selectedProperty().set(b));
        services.getSelectionModel().selectFirst();
        services.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                model.start();
            } else if (e.getCode().isDigitKey() && !e.isAltDown() && !e.isControlDown()) {
                int n = Character.getNumericValue(e.getCode().getChar().charAt(0));
                if (n >= 1 && n <= services.getItems().size()) {
                    services.getSelectionModel().select(n - 1);
                    e.consume();
                }
            }
        });
        services.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                model.start();
            }
        });
        ticket.setOnAction(e -> services.requestFocus());

        Button start = new Button();
        start.setId("intake-start");
        start.textProperty().bind(i18n.text("intake.picker.start"));
        start.getStyleClass().add(Styles.PRIMARY_BUTTON);
        start.disableProperty().bind(Bindings.or(model.busyProperty(), model.selectedProperty().isNull()));
        start.setOnAction(e -> model.start());

        GridPane form = new GridPane();
        form.getStyleClass().addAll(Styles.FORM, IntakeStyles.PICKER);
        form.add(ticketLabel, 0, 0);
        form.add(new VBox(4, ticket, ticketHint), 1, 0);
        form.add(servicesLabel, 0, 1);
        GridPane.setValignment(servicesLabel, VPos.TOP);
        GridPane.setValignment(ticketLabel, VPos.TOP);
        form.add(services, 1, 1);
        GridPane.setHgrow(services, Priority.ALWAYS);
        form.add(start, 1, 2);
        form.setMaxWidth(980);

        VBox page = new VBox(title, intro, form);
        page.getStyleClass().addAll(Styles.PAGE, IntakeStyles.PICKER_PAGE);
        // Every service is in the list at once; a screen lower than the page scrolls it as a whole.
        root = new ScrollPane(page);
        root.setFitToWidth(true);
        root.setFocusTraversable(false);
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((p, was, now) -> Scrolling.reveal(root, now));
            }
        });
    }

    Node root() {
        return root;
    }

    /** The list as high as its services: none hidden below a scroll bar. */
    private void fitHeight(int count) {
        services.setPrefHeight(CELL * count + 6);
        services.setMinHeight(CELL * count + 6);
    }

    void focus() {
        // The services in force may have changed since the list was built (a definition received by sync).
        List<ServiceChoice> now = model.services();
        if (!now.equals(services.getItems())) {
            services.getItems().setAll(now);
            fitHeight(now.size());
            services.getSelectionModel().selectFirst();
        }
        Focus.whenShown(ticket);
    }
}
