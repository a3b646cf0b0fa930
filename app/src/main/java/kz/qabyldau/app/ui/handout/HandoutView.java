package kz.qabyldau.app.ui.handout;


import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.ui.common.DialogService;
import kz.qabyldau.app.ui.common.EmptyStateView;
import kz.qabyldau.app.ui.common.Styles;
import kz.qabyldau.app.ui.common.View;

/** Decisions and revocation notices to hand out: find the person, print, mark handed out, duplicate. */
public final class HandoutView implements View {

    private final VBox root;

    public HandoutView(HandoutViewModel model, I18n i18n, DialogService dialogs) {
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
        find.setDefaultButton(true);
        ListView<HandoutViewModel.Item> list = new ListView<>(model.items());
        list.setId("handout-list");
        list.setPlaceholder(EmptyStateView.statement(i18n, "handout.empty.title", "handout.empty.text"));
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(HandoutViewModel.Item item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : status(i18n, item) + " · " + item.label());
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        Runnable reload = () -> model.search(query.getText(), () -> { });
        find.setOnAction(e -> reload.run());
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
        Label recipientTitle = new Label();
        recipientTitle.textProperty().bind(i18n.text("handout.recipient.title"));
        print.setOnAction(e -> printSelected(model, list, false, i18n, dialogs, status));
        duplicate.setOnAction(e -> printSelected(model, list, true, i18n, dialogs, status));
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

    private static void printSelected(HandoutViewModel model, ListView<HandoutViewModel.Item> list, boolean duplicate,
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
