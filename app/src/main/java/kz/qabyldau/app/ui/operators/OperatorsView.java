package kz.qabyldau.app.ui.operators;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.store.operators.Operator;
import kz.qabyldau.app.store.operators.Role;
import kz.qabyldau.app.ui.common.EmptyStateView;
import kz.qabyldau.app.ui.common.Styles;
import kz.qabyldau.app.ui.common.Tables;
import kz.qabyldau.app.ui.common.View;

/**
 * The Operators page: the office's operators in the desk's table style; for the selected one a temporary password
 * (reset, unblock) and block; below, a new clerk or administrator. Every text from the bundles, in kk/ru.
 */
public final class OperatorsView implements View {

    private final ScrollPane root;

    public OperatorsView(OperatorsViewModel model, I18n i18n) {
        Label title = label(i18n, "operators.title", Styles.PAGE_TITLE);
        Label intro = label(i18n, "operators.intro", Styles.PAGE_INTRO);
        intro.setWrapText(true);

        TableView<Operator> table = Tables.table("operators-table");
        table.setItems(model.operators());
        table.setPlaceholder(EmptyStateView.statement(i18n, "operators.empty.title", "operators.empty.text"));
        table.getColumns().add(Tables.column(i18n, "operators.column.name", 220, Operator::fullName));
        table.getColumns().add(Tables.column(i18n, "operators.column.login", 120, Operator::login));
        table.getColumns().add(Tables.column(i18n, "operators.column.role", 140, o -> model.roleName(o.role())));
        table.getColumns().add(Tables.column(i18n, "operators.column.state", 160, model::stateOf));
        table.getColumns().add(Tables.column(i18n, "operators.column.added", 200, model::addedOf));
        table.setPrefHeight(240);
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> model.selectedProperty().set(b));
        model.selectedProperty().addListener((o, a, b) -> {
            if (b != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(b);
            }
        });

        PasswordField password = new PasswordField();
        password.setId("operators-password");
        password.textProperty().bindBidirectional(model.temporaryProperty());
        PasswordField repeat = new PasswordField();
        repeat.setId("operators-repeat");
        repeat.textProperty().bindBidirectional(model.temporaryRepeatProperty());

        Label selected = new Label();
        selected.setId("operators-selected");
        selected.setWrapText(true);
        selected.textProperty().bind(Bindings.createStringBinding(() -> model.selectedProperty().get() == null
                ? i18n.get("operators.selected.none") : i18n.get("operators.selected", model.selectedProperty().get()
                .fullName(), model.selectedProperty().get().login()), model.selectedProperty(),
                i18n.languageProperty()));
        Button reset = button(i18n, "operators-reset", "operators.reset", model::resetPassword);
        Button block = button(i18n, "operators-block", "operators.block", model::block);
        Button unblock = button(i18n, "operators-unblock", "operators.unblock", model::unblock);
        block.disableProperty().bind(Bindings.createBooleanBinding(() -> model.selectedProperty().get() == null
                || !model.selectedProperty().get().active() || model.busyProperty().get(), model.selectedProperty(),
                model.busyProperty()));
        unblock.disableProperty().bind(Bindings.createBooleanBinding(() -> model.selectedProperty().get() == null
                || model.selectedProperty().get().active() || model.busyProperty().get(), model.selectedProperty(),
                model.busyProperty()));
        reset.disableProperty().bind(Bindings.createBooleanBinding(() -> model.selectedProperty().get() == null
                || !model.selectedProperty().get().active() || model.busyProperty().get(), model.selectedProperty(),
                model.busyProperty()));
        VBox chosen = section(i18n, "operators.section.selected", selected,
                row(i18n, "operators.field.temporary", password), row(i18n, "operators.field.repeat", repeat),
                new FlowPane(8, 8, reset, unblock, block));

        TextField login = new TextField();
        login.setId("operators-login");
        login.textProperty().bindBidirectional(model.loginProperty());
        TextField name = new TextField();
        name.setId("operators-name");
        name.textProperty().bindBidirectional(model.fullNameProperty());
        ComboBox<Role> role = new ComboBox<>();
        role.setId("operators-role");
        role.getItems().setAll(Role.values());
        role.valueProperty().bindBidirectional(model.roleProperty());
        role.setCellFactory(v -> roleCell(model, i18n));
        role.setButtonCell(roleCell(model, i18n));
        i18n.languageProperty().addListener((o, a, b) -> role.setButtonCell(roleCell(model, i18n)));
        PasswordField first = new PasswordField();
        first.setId("operators-new-password");
        first.textProperty().bindBidirectional(model.passwordProperty());
        PasswordField firstAgain = new PasswordField();
        firstAgain.setId("operators-new-repeat");
        firstAgain.textProperty().bindBidirectional(model.repeatProperty());
        Button add = button(i18n, "operators-add", "operators.add", model::add);
        add.getStyleClass().add(Styles.PRIMARY_BUTTON);
        add.disableProperty().bind(model.busyProperty());
        Label addHint = label(i18n, "operators.add.hint", Styles.FIELD_HINT);
        addHint.setWrapText(true);
        VBox adding = section(i18n, "operators.section.add", row(i18n, "operators.field.login", login),
                row(i18n, "operators.field.name", name), row(i18n, "operators.field.role", role),
                row(i18n, "operators.field.password", first), row(i18n, "operators.field.repeat", firstAgain),
                addHint, add);

        Label message = new Label();
        message.setId("operators-message");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add(Styles.STATUS_MESSAGE);

        HBox forms = new HBox(24, chosen, adding);
        HBox.setHgrow(chosen, Priority.ALWAYS);
        HBox.setHgrow(adding, Priority.ALWAYS);
        chosen.setMaxWidth(Double.MAX_VALUE);
        adding.setMaxWidth(Double.MAX_VALUE);
        forms.setAlignment(Pos.TOP_LEFT);

        VBox page = new VBox(12, title, intro, table, message, forms);
        page.getStyleClass().add(Styles.PAGE);
        root = new ScrollPane(page);
        root.setId("operators-page");
        root.setFitToWidth(true);
        model.refresh();
    }

    private static ListCell<Role> roleCell(OperatorsViewModel model, I18n i18n) {
        return new ListCell<>() {
            @Override
            protected void updateItem(Role item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : model.roleName(item));
            }
        };
    }

    private static VBox section(I18n i18n, String titleKey, Node... children) {
        Label title = label(i18n, titleKey, Styles.SECTION_TITLE);
        VBox box = new VBox(8, title);
        box.getChildren().addAll(children);
        box.getStyleClass().add(Styles.FORM);
        return box;
    }

    private static VBox row(I18n i18n, String key, Node field) {
        Label label = label(i18n, key, Styles.FORM_LABEL);
        label.setWrapText(true);
        label.setLabelFor(field);
        return new VBox(4, label, field);
    }

    private static Label label(I18n i18n, String key, String style) {
        Label label = new Label();
        label.textProperty().bind(i18n.text(key));
        label.getStyleClass().add(style);
        return label;
    }

    private static Button button(I18n i18n, String id, String key, Runnable action) {
        Button button = new Button();
        button.setId(id);
        button.textProperty().bind(i18n.text(key));
        button.setOnAction(e -> action.run());
        return button;
    }

    @Override
    public Parent root() {
        return root;
    }
}
