package kz.qabyldau.app.ui.outbox;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.ui.common.DialogService;
import kz.qabyldau.app.ui.common.EmptyStateView;
import kz.qabyldau.app.ui.common.Styles;
import kz.qabyldau.app.ui.common.Tables;
import kz.qabyldau.app.ui.common.TaskExecutor;
import kz.qabyldau.app.ui.common.View;
import kz.qabyldau.app.ui.status.SyncIndicator;
import kz.qabyldau.forms.service.ServiceCatalog;
import kz.qabyldau.app.store.applications.OutboxState;

/** Accepted applications on their way to the central service: state, failures a clerk understands, retry. */
public final class OutboxView implements View {

    private final VBox root;

    public OutboxView(OutboxViewModel model, I18n i18n, ServiceCatalog catalog) {
        Label title = new Label();
        title.textProperty().bind(i18n.text("outbox.title"));
        title.getStyleClass().add(Styles.PAGE_TITLE);
        Label problem = new Label(model.problem());
        problem.setWrapText(true);
        problem.setVisible(!model.problem().isEmpty());
        problem.setManaged(problem.isVisible());
        TableView<OutboxViewModel.Row> list = Tables.table("outbox-table");
        list.setItems(model.rows());
        // While the entries are read the outbox is not empty, it is unknown: say so.
        Label reading = new Label();
        reading.textProperty().bind(i18n.text("outbox.loading"));
        reading.getStyleClass().add(Styles.EMPTY_STATE_TITLE);
        Node empty = EmptyStateView.statement(i18n, "outbox.empty.title", "outbox.empty.text");
        list.placeholderProperty().bind(Bindings.when(model.loadingProperty()).<Node>then(reading).otherwise(empty));
        list.getColumns().add(Tables.column(i18n, "outbox.column.seq", 60, r -> String.valueOf(r.seq())));
        list.getColumns().add(Tables.column(i18n, "outbox.column.applicant", 240, OutboxViewModel.Row::application));
        list.getColumns().add(Tables.column(i18n, "outbox.column.service", 280,
                r -> Tables.serviceName(catalog, i18n, r.service())));
        list.getColumns().add(Tables.column(i18n, "outbox.column.state", 130, r -> stateText(i18n, r.state())));
        list.getColumns().add(Tables.column(i18n, "outbox.column.attempts", 80, r -> String.valueOf(r.attempts())));
        list.getColumns().add(Tables.column(i18n, "outbox.column.problem", 240, OutboxViewModel.Row::problem));
        VBox.setVgrow(list, Priority.ALWAYS);
        Button retry = new Button();
        retry.setId("outbox-retry");
        retry.textProperty().bind(i18n.text("outbox.retryNow"));
        retry.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        retry.setOnAction(e -> {
            OutboxViewModel.Row row = list.getSelectionModel().getSelectedItem();
            if (row != null) {
                model.retryNow(row);
            }
        });
        Button sync = new Button();
        sync.setId("outbox-sync-now");
        sync.textProperty().bind(i18n.text("outbox.syncNow"));
        sync.getStyleClass().add(Styles.PRIMARY_BUTTON);
        sync.setOnAction(e -> model.syncNow());
        Button refresh = new Button();
        refresh.textProperty().bind(i18n.text("outbox.refresh"));
        refresh.setOnAction(e -> model.refresh());
        root = new VBox(12, title, problem, refusedLaw(model, i18n), new HBox(8, sync, retry, refresh), list);
        root.getStyleClass().add(Styles.PAGE);
        // Read again whenever the page is opened, as the drafts are.
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                model.refresh();
            }
        });
        model.refresh();
    }

    /** The page for the shell: the workstation's outbox, refreshed after every sync round. */
    public static View page(SyncIndicator indicator, I18n i18n, TaskExecutor executor, DialogService dialogs,
                            ServiceCatalog catalog) {
        OutboxViewModel model = new OutboxViewModel(indicator.sync(), i18n, executor);
        indicator.statusProperty().addListener((o, a, b) -> model.refresh());
        return new OutboxView(model, i18n, catalog);
    }

    /** The law updates refused whole, shown above the queue while there are any. */
    private static VBox refusedLaw(OutboxViewModel model, I18n i18n) {
        Label heading = new Label();
        heading.textProperty().bind(i18n.text("outbox.law.title"));
        heading.getStyleClass().add(Styles.SECTION_TITLE);
        VBox box = new VBox(4, heading);
        box.setId("outbox-refused-law");
        Runnable fill = () -> {
            box.getChildren().setAll(heading);
            for (String text : model.refusedLaw()) {
                Label line = new Label(text);
                line.setWrapText(true);
                box.getChildren().add(line);
            }
            box.setVisible(!model.refusedLaw().isEmpty());
            box.setManaged(box.isVisible());
        };
        model.refusedLaw().addListener((ListChangeListener<String>) c -> fill.run());
        fill.run();
        return box;
    }

    private static String stateText(I18n i18n, OutboxState state) {
        return switch (state) {
            case PENDING -> i18n.get("outbox.state.PENDING");
            case SENT -> i18n.get("outbox.state.SENT");
            case FAILED -> i18n.get("outbox.state.FAILED");
        };
    }

    @Override
    public Parent root() {
        return root;
    }
}
