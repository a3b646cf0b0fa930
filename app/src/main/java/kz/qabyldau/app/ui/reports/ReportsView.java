package kz.qabyldau.app.ui.reports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.reports.ReportDocument;
import kz.qabyldau.app.ui.common.Styles;
import kz.qabyldau.app.ui.common.View;
import java.util.ArrayList;

/**
 * The Reports page (administrator): a period, "Show", the charts per day and per service (accepted and refused
 * at intake), the report's tables below. The period's report is computed as the page opens.
 */
public final class ReportsView implements View {

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /**
     * A service's name on the chart's axis is written whole, on lines of about this many letters (a longer word keeps
     * its own line): "Еңбекші көшіп келушімен еңбек шартын бұзу туралы хабарлама" takes two or three lines.
     */
    static final int LINE_LENGTH = 28;
    /** The height a line of an axis label takes, and the room above and below a service's bars. */
    private static final double LINE_HEIGHT = 16;
    private static final double BAND_PADDING = 16;
    /** The chart's title, legend and number axis around the bars. */
    private static final double CHART_FRAME = 130;
    private static final double CHART_HEIGHT = 320;

    private final ScrollPane root;
    private final I18n i18n;

    public ReportsView(ReportsViewModel model, I18n i18n) {
        this.i18n = i18n;
        Label title = new Label();
        title.setId("reports-title");
        title.getStyleClass().add(Styles.PAGE_TITLE);
        title.textProperty().bind(i18n.text("nav.reports"));

        DatePicker from = datePicker("reports-from", model.fromProperty().get());
        DatePicker to = datePicker("reports-to", model.toProperty().get());
        from.valueProperty().bindBidirectional(model.fromProperty());
        to.valueProperty().bindBidirectional(model.toProperty());
        Button show = new Button();
        show.setId("reports-show");
        show.textProperty().bind(i18n.text("reports.show"));
        show.setDefaultButton(true);
        show.getStyleClass().add(Styles.PRIMARY_BUTTON);
        show.disableProperty().bind(model.loadingProperty());
        show.setOnAction(e -> model.refresh());
        ProgressIndicator progress = new ProgressIndicator();
        progress.setId("reports-progress");
        progress.setPrefSize(24, 24);
        progress.visibleProperty().bind(model.loadingProperty());
        Button csv = new Button();
        csv.setId("reports-csv");
        csv.textProperty().bind(i18n.text("reports.export.csv"));
        csv.setOnAction(e -> model.exportCsv());
        Button print = new Button();
        print.setId("reports-print");
        print.textProperty().bind(i18n.text("reports.print"));
        print.setOnAction(e -> model.print());
        for (Button b : List.of(csv, print)) {
            b.disableProperty().bind(model.documentProperty().isNull().or(model.writingProperty())
                    .or(model.loadingProperty()));
        }
        HBox period = new HBox(8, label("reports.from", from), from, label("reports.to", to), to, show, progress,
                csv, print);
        period.setAlignment(Pos.CENTER_LEFT);

        Label problem = new Label();
        problem.setId("reports-problem");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.getStyleClass().add(Styles.FIELD_ERROR);
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        Label status = new Label();
        status.setId("reports-status");
        status.setWrapText(true);
        status.textProperty().bind(model.statusProperty());
        status.getStyleClass().add(Styles.STATUS_MESSAGE);
        status.managedProperty().bind(status.textProperty().isNotEmpty());
        Label lines = new Label();
        lines.setId("reports-lines");
        lines.setWrapText(true);
        lines.getStyleClass().add(Styles.PAGE_INTRO);

        StackedBarChart<String, Number> perDay = new StackedBarChart<>(new CategoryAxis(), new NumberAxis());
        perDay.setId("reports-chart-day");
        // Services lie along the vertical axis: their names are long and stay readable written across.
        BarChart<Number, String> perService = new BarChart<>(new NumberAxis(), new CategoryAxis());
        perService.setId("reports-chart-service");
        wholeNumbers((NumberAxis) perDay.getYAxis());
        wholeNumbers((NumberAxis) perService.getXAxis());
        for (XYChart<?, ?> chart : List.of(perDay, perService)) {
            chart.setAnimated(false);
            chart.setPrefSize(600, CHART_HEIGHT);
            chart.setMinWidth(420);
        }
        FlowPane charts = new FlowPane(16, 16, perDay, perService);

        ReportTablesView tables = new ReportTablesView("reports");
        Runnable showReport = () -> {
            ReportDocument d = model.documentProperty().get();
            lines.setText(d == null ? "" : d.title() + "\n" + String.join("\n", d.lines()));
            perDay.setTitle(i18n.get("reports.chart.perDay"));
            perService.setTitle(i18n.get("reports.chart.perService"));
            fill(perDay, model.byDayProperty().get());
            fillAcross(perService, model.byServiceProperty().get());
            charts.setVisible(d != null);
            charts.setManaged(d != null);
            tables.show(d, i18n.get("reports.none"));
        };
        model.documentProperty().addListener((o, a, b) -> showReport.run());
        showReport.run();

        VBox page = new VBox(12, title, period, problem, status, lines, charts, tables.root());
        page.getStyleClass().add(Styles.PAGE);
        root = new ScrollPane(page);
        root.setFitToWidth(true);
        root.setId("reports-page");
        model.refresh();
    }

    /** Applications are counted, never halved: ticks only at whole numbers. */
    private static void wholeNumbers(NumberAxis axis) {
        axis.setMinorTickVisible(false);
        axis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? Long.toString(n.longValue()) : "";
            }

            @Override
            public Number fromString(String text) {
                return Long.parseLong(text);
            }
        });
    }

    private Label label(String key, DatePicker target) {
        Label l = new Label();
        l.textProperty().bind(i18n.text(key));
        l.setLabelFor(target);
        return l;
    }

    private static DatePicker datePicker(String id, LocalDate value) {
        DatePicker picker = new DatePicker(value);
        picker.setId(id);
        picker.setPrefWidth(140);
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : TYPED.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                try {
                    return text == null || text.isBlank() ? null : LocalDate.parse(text.strip(), TYPED);
                } catch (DateTimeParseException e) {
                    return null; // the period check says what is wrong
                }
            }
        });
        return picker;
    }

    private void fill(XYChart<String, Number> chart, List<ReportsViewModel.Bar> bars) {
        XYChart.Series<String, Number> accepted = new XYChart.Series<>();
        accepted.setName(i18n.get("reports.column.accepted"));
        XYChart.Series<String, Number> refused = new XYChart.Series<>();
        refused.setName(i18n.get("reports.column.refusedAtIntake"));
        for (ReportsViewModel.Bar bar : bars) {
            accepted.getData().add(new XYChart.Data<>(bar.label(), bar.accepted()));
            refused.getData().add(new XYChart.Data<>(bar.label(), bar.refused()));
        }
        // The category axis keeps the categories of the first data it saw unless told the new ones.
        ((CategoryAxis) chart.getXAxis()).getCategories().setAll(bars.stream().map(ReportsViewModel.Bar::label)
                .distinct().toList());
        chart.getData().setAll(List.of(accepted, refused));
    }

    /**
     * Bars lying down: the category (a service's name, whole, wrapped by {@link #wrapped}) on the left. The chart is as
     * high as its names need, so the axis never leaves one out as overlapping.
     */
    private void fillAcross(XYChart<Number, String> chart, List<ReportsViewModel.Bar> bars) {
        XYChart.Series<Number, String> accepted = new XYChart.Series<>();
        accepted.setName(i18n.get("reports.column.accepted"));
        XYChart.Series<Number, String> refused = new XYChart.Series<>();
        refused.setName(i18n.get("reports.column.refusedAtIntake"));
        List<String> labels = new ArrayList<>();
        for (ReportsViewModel.Bar bar : bars) {
            String label = wrapped(bar.label(), LINE_LENGTH);
            labels.add(label);
            accepted.getData().add(new XYChart.Data<>(bar.accepted(), label));
            refused.getData().add(new XYChart.Data<>(bar.refused(), label));
        }
        List<String> categories = labels.stream().distinct().toList();
        ((CategoryAxis) chart.getYAxis()).getCategories().setAll(categories);
        chart.getData().setAll(List.of(accepted, refused));
        double bands = categories.stream().mapToDouble(c -> c.lines().count() * LINE_HEIGHT + BAND_PADDING).sum();
        chart.setPrefHeight(Math.max(CHART_HEIGHT, CHART_FRAME + bands));
        chart.setMinHeight(Region.USE_PREF_SIZE);
    }

    /**
     * The text on lines of at most {@code length} letters, broken between words only (a longer word stands whole on a
     * line of its own); every word is kept.
     */
    static String wrapped(String text, int length) {
        StringBuilder lines = new StringBuilder();
        int lineStart = 0;
        for (String word : text.strip().split("\\s+")) {
            if (lines.length() > lineStart && lines.length() - lineStart + 1 + word.length() > length) {
                lines.append('\n');
                lineStart = lines.length();
            } else if (lines.length() > lineStart) {
                lines.append(' ');
            }
            lines.append(word);
        }
        return lines.toString();
    }

    @Override
    public Parent root() {
        return root;
    }
}
