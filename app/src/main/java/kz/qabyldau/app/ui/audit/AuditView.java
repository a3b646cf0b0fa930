package kz.qabyldau.app.ui.audit;

import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.layout.Region;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.ui.common.EmptyStateView;
import kz.qabyldau.app.ui.common.Styles;
import kz.qabyldau.app.ui.common.View;

/**
 * The audit page: filters (operator, action, day, applicant), the entries newest first, the selected entry's
 * recorded details, and the CSV export.
 */
public final class AuditView implements View {

    private final VBox root = new VBox(12);

    public AuditView(AuditViewModel model, I18n i18n) {
        root.getStyleClass().add(Styles.PAGE);
        Label title = new Label();
        title.textProperty().bind(i18n.text("audit.title"));
        title.getStyleClass().add(Styles.PAGE_TITLE);
        Label intro = new Label();
        intro.textProperty().bind(i18n.text("audit.intro"));
        intro.setWrapText(true);
        // The table grows: the intro keeps all its lines instead of giving way to "…" at 1366x768.
        intro.setMinHeight(Region.USE_PREF_SIZE);
        intro.getStyleClass().add(Styles.PAGE_INTRO);

        ComboBox<String> operator = new ComboBox<>(model.operators());
        operator.setId("audit-operator");
        operator.valueProperty().bindBidirectional(model.operatorProperty());
        operator.setCellFactory(v -> operatorCell(i18n));
        operator.setButtonCell(operatorCell(i18n));
        ComboBox<AuditViewModel.ActionChoice> action = new ComboBox<>(model.actions());
        action.setId("audit-action");
        action.valueProperty().bindBidirectional(model.actionProperty());
        DatePicker day = new DatePicker();
        day.setId("audit-day");
        day.valueProperty().bindBidirectional(model.dayProperty());
        day.promptTextProperty().bind(i18n.text("audit.filter.day"));
        TextField applicant = new TextField();
        applicant.setId("audit-applicant");
        applicant.promptTextProperty().bind(i18n.text("audit.filter.applicant"));
        applicant.textProperty().bindBidirectional(model.applicantProperty());
        applicant.setOnAction(e -> model.refresh());
        HBox.setHgrow(applicant, Priority.ALWAYS);
        Button show = new Button();
        show.setId("audit-show");
        show.textProperty().bind(i18n.text("audit.show"));
        show.getStyleClass().add(Styles.PRIMARY_BUTTON);
        show.setOnAction(e -> model.refresh());
        Button export = new Button();
        export.setId("audit-export");
        export.textProperty().bind(i18n.text("audit.export"));
        export.setOnAction(e -> model.export());
        FlowPane filters = new FlowPane(8, 8, operator, action, day, applicant, show, export);

        Label status = new Label();
        status.setId("audit-status");
        status.textProperty().bind(model.statusProperty());

        TableView<AuditViewModel.Row> table = new TableView<>(model.rows());
        table.setId("audit-table");
        table.setPlaceholder(EmptyStateView.statement(i18n, "audit.empty.title", "audit.empty.text"));
        table.getColumns().add(column(i18n, "audit.column.time", AuditViewModel.Row::at));
        table.getColumns().add(column(i18n, "audit.column.operator", AuditViewModel.Row::operator));
        table.getColumns().add(column(i18n, "audit.column.action", AuditViewModel.Row::action));
        table.getColumns().add(column(i18n, "audit.column.about", AuditViewModel.Row::about));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        VBox.setVgrow(table, Priority.ALWAYS);

        Label details = new Label();
        details.setId("audit-details");
        details.setWrapText(true);
        details.textProperty().bind(Bindings.createStringBinding(() -> {
            AuditViewModel.Row row = table.getSelectionModel().getSelectedItem();
            return row == null || row.details().isEmpty() ? "" : i18n.get("audit.details", row.details());
        }, table.getSelectionModel().selectedItemProperty(), i18n.languageProperty()));

        root.getChildren().addAll(title, intro, filters, status, table, details);
        model.refresh();
    }

    private static ListCell<String> operatorCell(I18n i18n) {
        return new ListCell<>() {
            @Override
            protected void updateItem(String name, boolean empty) {
                super.updateItem(name, empty);
                setText(empty ? null : name == null || name.isEmpty() ? i18n.get("audit.filter.anyOperator") : name);
            }
        };
    }

    private static TableColumn<AuditViewModel.Row, String> column(I18n i18n, String key,
                                                                  Function<AuditViewModel.Row, String> value) {
        TableColumn<AuditViewModel.Row, String> column = new TableColumn<>();
        column.textProperty().bind(i18n.text(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    @Override
    public Parent root() {
        return root;
    }
}
