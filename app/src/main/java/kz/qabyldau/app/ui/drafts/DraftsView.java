package kz.qabyldau.app.ui.drafts;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.store.applications.DraftSummary;
import kz.qabyldau.app.ui.common.Styles;
import kz.qabyldau.app.ui.common.Tables;
import kz.qabyldau.app.ui.common.View;
import kz.qabyldau.forms.service.ServiceCatalog;
import javafx.scene.control.TableRow;

/**
 * The drafts page: a search field (name, passport, IIN), the table of drafts (service, applicant, passport, last
 * change, clerk), Resume (Enter or double click) and Delete (the Delete key, after a confirmation).
 */
public final class DraftsView implements View {

    private static final DateTimeFormatter CHANGED = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final VBox root = new VBox(12);

    public DraftsView(DraftsViewModel model, I18n i18n, ServiceCatalog catalog) {
        root.getStyleClass().add(Styles.PAGE);
        Label title = new Label();
        title.textProperty().bind(i18n.text("drafts.title"));
        title.getStyleClass().add(Styles.PAGE_TITLE);
        TextField search = new TextField();
        search.setId("drafts-search");
        search.promptTextProperty().bind(i18n.text("drafts.search.prompt"));
        search.textProperty().bindBidirectional(model.queryProperty());
        HBox.setHgrow(search, Priority.ALWAYS);

        TableView<DraftSummary> table = Tables.table("drafts-table");
        // The service's name in the interface language, whole (the permit services share their first words).
        table.getColumns().add(Tables.column(i18n, "drafts.column.service", 300,
                d -> Tables.serviceName(catalog, i18n, d.service())));
        table.getColumns().add(Tables.column(i18n, "drafts.column.applicant", 220, DraftSummary::applicantName));
        table.getColumns().add(Tables.column(i18n, "drafts.column.passport", 160, d -> d.passportNumber()
                + (d.iin() == null || d.iin().isEmpty() ? "" : " / " + d.iin())));
        table.getColumns().add(Tables.column(i18n, "drafts.column.changed", 130,
                d -> CHANGED.format(d.updatedAt().atZone(ZoneId.systemDefault()))));
        table.getColumns().add(Tables.column(i18n, "drafts.column.clerk", 160, DraftSummary::savedBy));
        model.rowsProperty().addListener((o, a, rows) -> table.setItems(FXCollections.observableArrayList(rows)));
        table.setItems(FXCollections.observableArrayList(model.rowsProperty().get()));
        Label empty = new Label();
        // Until the first page is read the list is not empty, it is unknown: say so.
        empty.textProperty().bind(Bindings.when(model.loadingProperty())
                .then(i18n.text("startup.drafts.loading")).otherwise(i18n.text("drafts.empty.title")));
        empty.getStyleClass().add(Styles.EMPTY_STATE_TITLE);
        table.setPlaceholder(empty);
        VBox.setVgrow(table, Priority.ALWAYS);
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.resume(table.getSelectionModel().getSelectedItem());
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE) {
                model.delete(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        table.setRowFactory(t -> {
            TableRow<DraftSummary> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    model.resume(row.getItem());
                }
            });
            return row;
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                    table.getSelectionModel().select(0);
                }
                e.consume();
            }
        });

        Button resume = new Button();
        resume.setId("drafts-resume");
        resume.textProperty().bind(i18n.text("drafts.resume"));
        resume.getStyleClass().add(Styles.PRIMARY_BUTTON);
        resume.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        resume.setOnAction(e -> model.resume(table.getSelectionModel().getSelectedItem()));
        Button delete = new Button();
        delete.setId("drafts-delete");
        delete.textProperty().bind(i18n.text("drafts.delete"));
        delete.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        delete.setOnAction(e -> model.delete(table.getSelectionModel().getSelectedItem()));
        Button more = new Button();
        more.setId("drafts-more");
        more.textProperty().bind(i18n.text("startup.drafts.more"));
        more.visibleProperty().bind(model.moreProperty());
        more.managedProperty().bind(more.visibleProperty());
        more.disableProperty().bind(model.loadingProperty());
        more.setOnAction(e -> model.loadMore());
        HBox actions = new HBox(10, resume, delete, more);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.getStyleClass().add(Styles.ACTION_BAR);
        Label intro = new Label();
        intro.textProperty().bind(i18n.text("drafts.empty.text"));
        intro.setWrapText(true);
        intro.setMinHeight(Region.USE_PREF_SIZE);
        intro.getStyleClass().add(Styles.PAGE_INTRO);

        root.getChildren().addAll(title, intro, new HBox(search), table, actions);
        // Every time the page is shown the list is read again (drafts change on the wizard's page).
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                model.refresh();
            }
        });
        model.refresh();
    }

    @Override
    public Parent root() {
        return root;
    }
}
