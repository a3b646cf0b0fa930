package kz.qabyldau.app.ui.reports;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.reports.ReportDocument;
import kz.qabyldau.app.ui.common.Styles;
import kz.qabyldau.app.ui.common.View;
import java.util.List;

/** The Today page: the day's lines at the top, its tables below; read when the page opens and on "Refresh". */
public final class TodayView implements View {

    private final ScrollPane root;

    public TodayView(TodayViewModel model, I18n i18n) {
        Label title = new Label();
        title.setId("today-title");
        title.getStyleClass().add(Styles.PAGE_TITLE);
        title.textProperty().bind(i18n.text("nav.today"));
        Button refresh = new Button();
        refresh.setId("today-refresh");
        refresh.textProperty().bind(i18n.text("reports.refresh"));
        refresh.setOnAction(e -> model.refresh());
        refresh.disableProperty().bind(model.loadingProperty());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("today-progress");
        progress.setPrefSize(24, 24);
        progress.visibleProperty().bind(model.loadingProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button csv = new Button();
        csv.setId("today-csv");
        csv.textProperty().bind(i18n.text("reports.export.csv"));
        csv.setOnAction(e -> model.exportCsv());
        Button print = new Button();
        print.setId("today-print");
        print.textProperty().bind(i18n.text("reports.print"));
        print.setOnAction(e -> model.print());
        for (Button b : List.of(csv, print)) {
            b.disableProperty().bind(model.documentProperty().isNull().or(model.writingProperty())
                    .or(model.loadingProperty()));
        }
        HBox top = new HBox(12, title, gap, progress, refresh, csv, print);
        top.setAlignment(Pos.CENTER_LEFT);

        Label lines = new Label();
        lines.setId("today-lines");
        lines.setWrapText(true);
        lines.getStyleClass().add(Styles.PAGE_INTRO);
        Label problem = new Label();
        problem.setId("today-problem");
        problem.textProperty().bind(model.problemProperty());
        problem.getStyleClass().add(Styles.FIELD_ERROR);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());

        Label status = new Label();
        status.setId("today-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        status.getStyleClass().add(Styles.STATUS_MESSAGE);
        status.managedProperty().bind(status.textProperty().isNotEmpty());

        ReportTablesView tables = new ReportTablesView("today");
        Runnable show = () -> {
            ReportDocument d = model.documentProperty().get();
            lines.setText(d == null ? "" : d.title() + "\n" + String.join("\n", d.lines()));
            tables.show(d, i18n.get("reports.none"));
        };
        model.documentProperty().addListener((o, a, b) -> show.run());
        show.run();

        VBox page = new VBox(12, top, problem, status, lines, tables.root());
        page.getStyleClass().add(Styles.PAGE);
        root = new ScrollPane(page);
        root.setFitToWidth(true);
        root.setId("today-page");
        model.refresh();
    }

    @Override
    public Parent root() {
        return root;
    }
}
