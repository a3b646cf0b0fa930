package kz.qabyldau.app.ui.search;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.store.applications.PrintedForm;
import kz.qabyldau.app.store.applications.SearchHit;
import kz.qabyldau.app.ui.common.Styles;
import kz.qabyldau.app.ui.common.View;
import kz.qabyldau.forms.service.ServiceCatalog;
import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * The Search page: one field (name, IIN, passport, permit number, reference or ticket), the results as a table
 * (service, applicant, status, started, decided, clerk), Enter or a double click opens the record read-only
 * with the actions its state allows; Escape goes back to the results.
 */
public final class SearchView implements View {

    private final VBox root = new VBox(12);

    public SearchView(SearchViewModel model, I18n i18n, ServiceCatalog catalog) {
        root.getStyleClass().add(Styles.PAGE);
        Label title = new Label();
        title.textProperty().bind(i18n.text("search.title"));
        title.getStyleClass().add(Styles.PAGE_TITLE);
        Label intro = new Label();
        intro.textProperty().bind(i18n.text("search.empty.text"));
        intro.setWrapText(true);
        // The results table grows: the intro keeps all its lines instead of giving way to "…" at 1366x768.
        intro.setMinHeight(Region.USE_PREF_SIZE);
        intro.getStyleClass().add(Styles.PAGE_INTRO);
        TextField query = new TextField();
        query.setId("search-query");
        query.promptTextProperty().bind(i18n.text("search.prompt"));
        query.textProperty().bindBidirectional(model.queryProperty());
        HBox.setHgrow(query, Priority.ALWAYS);
        Label summary = new Label();
        summary.setId("search-summary");
        summary.textProperty().bind(model.summaryProperty());

        TableView<SearchHit> table = table(model, i18n, catalog);
        query.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN || e.getCode() == KeyCode.ENTER) {
                table.requestFocus();
                if (table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()) {
                    table.getSelectionModel().select(0);
                }
                e.consume();
            }
        });
        Button open = new Button();
        open.setId("search-open");
        open.textProperty().bind(i18n.text("search.open"));
        open.getStyleClass().add(Styles.PRIMARY_BUTTON);
        open.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        open.setOnAction(e -> model.open(table.getSelectionModel().getSelectedItem()));
        Button more = new Button();
        more.setId("search-more");
        more.textProperty().bind(i18n.text("startup.drafts.more"));
        more.visibleProperty().bind(model.moreProperty());
        more.managedProperty().bind(more.visibleProperty());
        more.disableProperty().bind(model.loadingProperty());
        more.setOnAction(e -> model.loadMore());
        HBox actions = new HBox(10, open, more);
        actions.setAlignment(Pos.CENTER_LEFT);
        actions.getStyleClass().add(Styles.ACTION_BAR);
        VBox results = new VBox(12, intro, new HBox(query), summary, table, actions);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox.setVgrow(results, Priority.ALWAYS);

        VBox record = new VBox(10);
        record.setId("search-record");
        ScrollPane recordScroll = new ScrollPane(record);
        recordScroll.setFitToWidth(true);
        VBox.setVgrow(recordScroll, Priority.ALWAYS);
        model.openedProperty().addListener((o, a, detail) -> {
            results.setVisible(detail.isEmpty());
            results.setManaged(detail.isEmpty());
            recordScroll.setVisible(detail.isPresent());
            recordScroll.setManaged(detail.isPresent());
            record.getChildren().setAll(detail.map(d -> recordNodes(d, model, i18n)).orElse(List.of()));
            if (detail.isPresent()) {
                Optional.ofNullable(record.lookup("#search-back")).ifPresent(Node::requestFocus);
            } else {
                table.requestFocus();
            }
        });
        recordScroll.setVisible(false);
        recordScroll.setManaged(false);
        recordScroll.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                model.close();
                e.consume();
            }
        });
        Label status = new Label();
        status.setId("search-status");
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);

        root.getChildren().addAll(title, results, recordScroll, status);
        root.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                model.search();
                query.requestFocus();
            }
        });
    }

    private static TableView<SearchHit> table(SearchViewModel model, I18n i18n, ServiceCatalog catalog) {
        TableView<SearchHit> table = new TableView<>();
        table.setId("search-table");
        table.getColumns().add(column(i18n, "search.column.service", h -> catalog.inForce(h.service(),
                LocalDate.now()).map(def -> def.name().in(i18n.language().code())).orElse("—")));
        table.getColumns().add(column(i18n, "search.column.applicant",
                h -> h.applicantName().isEmpty() ? "—" : h.applicantName()));
        table.getColumns().add(column(i18n, "search.column.status", h -> RecordDetail.status(i18n, h.status())
                + h.permitNumber().map(n -> " · " + n).orElse("")));
        table.getColumns().add(column(i18n, "search.column.started", h -> RecordDetail.when(h.startedAt())));
        table.getColumns().add(column(i18n, "search.column.decided",
                h -> h.decidedAt().map(RecordDetail::when).orElse("")));
        table.getColumns().add(column(i18n, "search.column.clerk", h -> h.finishedBy().orElse(h.clerk())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        model.rowsProperty().addListener((o, a, rows) -> table.setItems(FXCollections.observableArrayList(rows)));
        Label empty = new Label();
        empty.textProperty().bind(Bindings.when(model.loadingProperty()).then(i18n.text("search.loading"))
                .otherwise(i18n.text("search.empty.title")));
        empty.getStyleClass().add(Styles.EMPTY_STATE_TITLE);
        table.setPlaceholder(empty);
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.open(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        table.setRowFactory(t -> {
            TableRow<SearchHit> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    model.open(row.getItem());
                }
            });
            return row;
        });
        return table;
    }

    private static List<Node> recordNodes(RecordDetail d, SearchViewModel model, I18n i18n) {
        Label heading = new Label(d.title());
        heading.setId("search-record-title");
        heading.getStyleClass().add(Styles.PAGE_TITLE);
        Button back = button("search-back", i18n.get("search.back"), model::close);
        Button resume = button("search-resume", i18n.get("drafts.resume"), model::resume);
        resume.setVisible(d.canResume());
        Button print = button("search-print", i18n.get("search.printDecision"), model::printDecision);
        print.setVisible(d.canPrintDecision());
        Button handOut = button("search-hand-out", i18n.get("handout.handedOut"), model::handOut);
        handOut.setVisible(d.canHandOut());
        for (Button b : new Button[] {resume, print}) {
            b.managedProperty().bind(b.visibleProperty());
        }
        HBox actions = new HBox(10, back, resume, print);
        actions.getStyleClass().add(Styles.ACTION_BAR);
        // Who takes the paper, typed from the identity document shown, as on the Handout page (audit).
        Label recipientTitle = new Label(i18n.get("handout.recipient.title"));
        TextField recipientName = new TextField();
        recipientName.setId("search-recipient-name");
        recipientName.setPromptText(i18n.get("handout.recipient.name"));
        recipientName.textProperty().bindBidirectional(model.recipientNameProperty());
        HBox.setHgrow(recipientName, Priority.ALWAYS);
        TextField recipientDocument = new TextField();
        recipientDocument.setId("search-recipient-document");
        recipientDocument.setPromptText(i18n.get("handout.recipient.document"));
        recipientDocument.textProperty().bindBidirectional(model.recipientDocumentProperty());
        VBox recipient = new VBox(6, recipientTitle, new HBox(8, recipientName, recipientDocument, handOut));
        recipient.setVisible(d.canHandOut());
        recipient.managedProperty().bind(recipient.visibleProperty());

        GridPane data = new GridPane();
        data.setId("search-record-data");
        data.setHgap(16);
        data.setVgap(4);
        int row = 0;
        for (RecordDetail.Line line : d.data()) {
            Label value = new Label(line.value());
            value.setWrapText(true);
            data.addRow(row++, new Label(line.label()), value);
        }
        ListView<PrintedForm> printed = new ListView<>(FXCollections.observableArrayList(d.printed()));
        printed.setId("search-printed");
        printed.setPrefHeight(Math.min(5, Math.max(1, d.printed().size())) * 28 + 4);
        printed.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(PrintedForm f, boolean empty) {
                super.updateItem(f, empty);
                setText(empty || f == null ? null : i18n.get("search.printed.line", RecordDetail.when(f.printedAt()),
                        f.lang().toUpperCase(Locale.ROOT)));
            }
        });
        printed.setPlaceholder(new Label(i18n.get("search.printed.none")));
        Button reprint = button("search-reprint", i18n.get("search.reprint"),
                () -> model.reprint(printed.getSelectionModel().getSelectedItem()));
        reprint.disableProperty().bind(printed.getSelectionModel().selectedItemProperty().isNull());

        VBox box = new VBox(8);
        box.getChildren().addAll(heading, actions, recipient, section(i18n, "search.section.data"), data,
                section(i18n, "search.section.documents"), lines("search-documents", d.documents(),
                        i18n.get("search.documents.none")),
                section(i18n, "search.section.printed"), printed, reprint,
                section(i18n, "search.section.decision"),
                lines("search-decision", d.decision().isEmpty() ? List.of() : List.of(d.decision()),
                        i18n.get("search.decision.none")),
                section(i18n, "search.section.history"), lines("search-history", d.history(), ""));
        return List.of(box);
    }

    private static Label section(I18n i18n, String key) {
        Label l = new Label(i18n.get(key));
        l.getStyleClass().add(Styles.PAGE_INTRO);
        l.setStyle("-fx-font-weight: bold");
        return l;
    }

    private static VBox lines(String id, List<String> lines, String none) {
        VBox box = new VBox(2);
        box.setId(id);
        for (String line : lines.isEmpty() ? List.of(none) : lines) {
            Label l = new Label(line);
            l.setWrapText(true);
            box.getChildren().add(l);
        }
        return box;
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static TableColumn<SearchHit, String> column(I18n i18n, String key, Function<SearchHit, String> value) {
        TableColumn<SearchHit, String> c = new TableColumn<>();
        c.textProperty().bind(i18n.text(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    @Override
    public Parent root() {
        return root;
    }
}
