package kz.qabyldau.app.ui.reports;

import java.util.List;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

import kz.qabyldau.app.reports.ReportDocument;
import kz.qabyldau.app.reports.ReportTable;
import kz.qabyldau.app.ui.common.Styles;

/** The tables of a report on screen, each under its heading, as tall as its rows (the page scrolls, not them). */
final class ReportTablesView {

    /** Rows shown before a table scrolls on its own (the late decisions may be 200). */
    private static final int MAX_VISIBLE_ROWS = 15;
    private static final double ROW_HEIGHT = 28;

    /** About one letter of the table's font, for the columns' preferred widths. */
    private static final double CHAR_WIDTH = 7.5;
    /** About one letter of the headers' bold font, and the cell's padding: a header is never cut to "Выда…". */
    private static final double HEADER_CHAR_WIDTH = 8.5;
    private static final double HEADER_PADDING = 16;
    /** A longer text (a ground in the law's words) wraps the column no further than this many letters. */
    private static final int WIDEST = 60;

    private final VBox box = new VBox(8);

    ReportTablesView(String idPrefix) {
        box.setId(idPrefix + "-tables");
    }

    Node root() {
        return box;
    }

    void show(ReportDocument document, String emptyText) {
        box.getChildren().clear();
        if (document == null) {
            return;
        }
        for (int i = 0; i < document.tables().size(); i++) {
            ReportTable table = document.tables().get(i);
            Label title = new Label(table.title());
            title.getStyleClass().add(Styles.SECTION_TITLE);
            title.setWrapText(true);
            box.getChildren().addAll(title, table(table, box.getId() + "-" + i, emptyText));
        }
    }

    /** The longest text of a column, header included, at least 6 and at most {@link #WIDEST} letters. */
    private static int widest(ReportTable table, int column) {
        int widest = Math.max(6, table.header().get(column).length());
        for (List<String> row : table.rows()) {
            widest = Math.max(widest, row.get(column).length());
        }
        return Math.min(widest, WIDEST);
    }

    private static TableView<List<String>> table(ReportTable table, String id, String emptyText) {
        TableView<List<String>> view = new TableView<>(FXCollections.observableArrayList(table.rows()));
        view.setId(id);
        for (int c = 0; c < table.header().size(); c++) {
            int column = c;
            TableColumn<List<String>, String> col = new TableColumn<>(table.header().get(c));
            col.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().get(column)));
            col.setSortable(false);
            col.setPrefWidth(CHAR_WIDTH * widest(table, column));
            col.setMinWidth(HEADER_CHAR_WIDTH * table.header().get(c).length() + HEADER_PADDING);
            view.getColumns().add(col);
        }
        // Columns share the width in proportion to what they hold: a service's name gets more than a count.
        view.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        view.setPlaceholder(new Label(emptyText));
        int shown = Math.max(1, Math.min(table.rows().size(), MAX_VISIBLE_ROWS));
        view.setFixedCellSize(ROW_HEIGHT);
        double height = (shown + 1) * ROW_HEIGHT + 6;
        view.setMinHeight(height);
        view.setPrefHeight(height);
        view.setMaxHeight(height);
        return view;
    }
}
