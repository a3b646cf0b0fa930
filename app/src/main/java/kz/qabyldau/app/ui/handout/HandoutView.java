package kz.qabyldau.app.ui.handout;


import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.ui.common.DialogService;
import kz.qabyldau.app.ui.common.EmptyStateView;
import kz.qabyldau.app.ui.common.Styles;
import kz.qabyldau.app.ui.common.Tables;
import kz.qabyldau.app.ui.common.View;
import kz.qabyldau.forms.service.ServiceCatalog;
import javafx.scene.layout.Region;

/** Decisions and revocation notices to hand out: find the person, print, mark handed out, duplicate. */
public final class HandoutView implements View {

    private final VBox root;

    public HandoutView(HandoutViewModel model, I18n i18n, DialogService dialogs, ServiceCatalog catalog) {
        Label title = new Label();
        title.textProperty().bind(i18n.text("handout.title"));
        title.getStyleClass().add(Styles.PAGE_TITLE);
        TextField query = new TextField();
        query.setId("handout-query");
        query.promptTextProperty().bind(i18n.text("handout.search.prompt"));
        HBox.setHgrow(query, Priority.ALWAYS);
        Button find = new Button();
        find.setId("handout-find");
        find.textProperty().bind(i18n.text("handout.search"));
        TableView<HandoutViewModel.Item> list = Tables.table("handout-table");
        list.setItems(model.items());
        // While the list is read it is not empty, it is unknown: say so.
        Label reading = new Label();
        reading.textProperty().bind(i18n.text("handout.loading"));
        reading.getStyleClass().add(Styles.EMPTY_STATE_TITLE);
        Node empty = EmptyStateView.statement(i18n, "handout.empty.title", "handout.empty.text");
        list.placeholderProperty().bind(Bindings.when(model.loadingProperty()).<Node>then(reading).otherwise(empty));
        list.getColumns().add(Tables.column(i18n, "handout.column.kind", 170, item -> status(i18n, item)));
        list.getColumns().add(Tables.column(i18n, "handout.column.applicant", 220, HandoutViewModel.Item::person));
        list.getColumns().add(Tables.column(i18n, "handout.column.passport", 120, HandoutViewModel.Item::passport));
        list.getColumns().add(Tables.column(i18n, "handout.column.ticket", 80, HandoutViewModel.Item::ticket));
        list.getColumns().add(Tables.column(i18n, "handout.column.number", 130, HandoutViewModel.Item::number));
        list.getColumns().add(Tables.column(i18n, "handout.column.service", 260,
                item -> Tables.serviceName(catalog, i18n, item.service())));
        VBox.setVgrow(list, Priority.ALWAYS);
        Runnable reload = () -> model.search(query.getText(), () -> { });
        find.setOnAction(e -> reload.run());
        // Enter finds only from the search field or the Find button: not a default button, which would also take
        // the Enter typed in the recipient's fields (and reload the list under the clerk's selection).
        query.setOnAction(e -> reload.run());
        find.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                find.fire();
                e.consume();
            }
        });
        Button print = new Button();
        print.setId("handout-print");
        print.textProperty().bind(i18n.text("handout.print"));
        print.getStyleClass().add(Styles.PRIMARY_BUTTON);
        Button handOut = new Button();
        handOut.setId("handout-handed-out");
        handOut.textProperty().bind(i18n.text("handout.handedOut"));
        Button duplicate = new Button();
        duplicate.setId("handout-duplicate");
        duplicate.textProperty().bind(i18n.text("handout.duplicate"));
        for (Button b : new Button[] {print, handOut, duplicate}) {
            b.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        }
        Label status = new Label();
        status.setId("handout-status");
        // Who takes the paper, typed from the identity document shown: recorded with the handout (audit).
        TextField recipientName = new TextField();
        recipientName.setId("handout-recipient-name");
        recipientName.promptTextProperty().bind(i18n.text("handout.recipient.name"));
        HBox.setHgrow(recipientName, Priority.ALWAYS);
        TextField recipientDocument = new TextField();
        recipientDocument.setId("handout-recipient-document");
        recipientDocument.promptTextProperty().bind(i18n.text("handout.recipient.document"));
        // Its prompt is long in Kazakh ("Жеке басын куәландыратын құжаттың нөмірі"): the two fields share the width.
        HBox.setHgrow(recipientDocument, Priority.ALWAYS);
        handOut.setMinWidth(Region.USE_PREF_SIZE);
        Label recipientTitle = new Label();
        recipientTitle.textProperty().bind(i18n.text("handout.recipient.title"));
        print.setOnAction(e -> printSelected(model, list, false, i18n, dialogs, status));
        duplicate.setOnAction(e -> printSelected(model, list, true, i18n, dialogs, status));
        // Enter prints the selected paper, as "Print" does; the search field's Enter still finds.
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                printSelected(model, list, false, i18n, dialogs, status);
                e.consume();
            }
        });
        query.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !list.getItems().isEmpty()) {
                list.requestFocus();
                if (list.getSelectionModel().isEmpty()) {
                    list.getSelectionModel().select(0);
                }
                e.consume();
            }
        });
        handOut.setOnAction(e -> {
            HandoutViewModel.Item item = list.getSelectionModel().getSelectedItem();
            if (item != null) {
                model.handOut(item, recipientName.getText(), recipientDocument.getText(), () -> {
                    status.setText(i18n.get("handout.handedOut.done"));
                    recipientName.clear();
                    recipientDocument.clear();
                    reload.run();
                }, status::setText);
            }
        });
        root = new VBox(12, title, new HBox(8, query, find), list, new HBox(8, print, duplicate), recipientTitle,
                new HBox(8, recipientName, recipientDocument, handOut), status);
        root.getStyleClass().add(Styles.PAGE);
        status.setWrapText(true);
        // What arrived since the page was last open is listed at once: read again whenever it is shown.
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                reload.run();
            }
        });
        reload.run();
    }

    /** What the line is, in the clerk's language. */
    static String status(I18n i18n, HandoutViewModel.Item item) {
        if (item.revocation().isPresent()) {
            return i18n.get("handout.kind.revocation");
        }
        return switch (item.application().orElseThrow().status()) {
            case ISSUED -> item.application().get().permitNumber().isPresent() ? i18n.get("handout.kind.issued")
                    : i18n.get("handout.kind.registered");
            case REFUSED -> i18n.get("handout.kind.refused");
            case HANDED_OUT -> i18n.get("handout.kind.handedOut");
            default -> item.application().get().status().name();
        };
    }

    private static void printSelected(HandoutViewModel model, TableView<HandoutViewModel.Item> list, boolean duplicate,
                                      I18n i18n, DialogService dialogs, Label status) {
        HandoutViewModel.Item item = list.getSelectionModel().getSelectedItem();
        if (item == null) {
            return;
        }
        if (duplicate && !item.duplicatePossible()) {
            dialogs.showError(i18n.get("handout.title"), i18n.get("handout.duplicate.notPossible"));
            return;
        }
        status.setText("");
        model.print(item, duplicate, status::setText,
                error -> dialogs.showError(i18n.get("handout.title"),
                i18n.get("handout.print.failed", error.getMessage() == null ? "" : error.getMessage())));
    }

    @Override
    public Parent root() {
        return root;
    }
}
