package kz.qabyldau.app.ui.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.qabyldau.app.print.PaperDelivery;
import kz.qabyldau.app.reports.CentralReports;
import kz.qabyldau.app.reports.DayCount;
import kz.qabyldau.app.reports.OfficeReport;
import kz.qabyldau.app.reports.ReportAccessDeniedException;
import kz.qabyldau.app.reports.ReportDocument;
import kz.qabyldau.app.reports.ReportExport;
import kz.qabyldau.app.reports.ReportPdf;
import kz.qabyldau.app.reports.ReportPeriod;
import kz.qabyldau.app.reports.ReportService;
import kz.qabyldau.app.ui.common.BackgroundTask;
import kz.qabyldau.app.ui.common.TaskExecutor;

/**
 * The office's reports (administrator): any period, every operator of this database — applications per day and
 * service for the charts, the tables of {@link ReportSheets}. The role is checked here and again by the
 * service, whatever the navigation shows: a clerk who reaches this page (a shortcut, a stale window) gets a
 * message, never a figure. Computed in a background task with {@link #loadingProperty()} for the progress
 * indicator.
 */
public final class ReportsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(ReportsViewModel.class);

    /** Periods longer than this are charted by month, not by day (a year of days is no chart). */
    static final long DAYS_CHARTED_BY_DAY = 62;

    /** One bar of a chart: its label, accepted and refused at intake. */
    public record Bar(String label, int accepted, int refused) {
    }

    /** Where a rendered report goes: {@link PaperDelivery#deliver} (in tests, a list). */
    @FunctionalInterface
    public interface Paper {
        PaperDelivery.Delivery send(byte[] pdf, String form) throws Exception;
    }

    /**
     * How a report leaves the workstation.
     *
     * @param export   the private exports folder and the audit trail
     * @param pdf      the forms' engine
     * @param paper    the printer, or the printed folder and the viewer
     * @param training training papers carry the training mark
     * @param operator who exports or prints (the audit trail's clerk)
     */
    public record Output(ReportExport export, ReportPdf pdf, Paper paper, boolean training,
                         Supplier<String> operator) {
        public Output {
            Objects.requireNonNull(export);
            Objects.requireNonNull(pdf);
            Objects.requireNonNull(paper);
            Objects.requireNonNull(operator);
        }
    }

    /** What the background task computed: the workstation's figures and the central service's beside them. */
    private record Computed(OfficeReport report, CentralReports.Result central) {
    }

    private final ReportService reports;
    private final CentralReports central;
    private final TaskExecutor executor;
    private final ReportTexts texts;

    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ReadOnlyObjectWrapper<OfficeReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyObjectWrapper<CentralReports.Result> centralResult =
            new ReadOnlyObjectWrapper<>(this, "central");
    private final ReadOnlyObjectWrapper<ReportDocument> document = new ReadOnlyObjectWrapper<>(this, "document");
    private final ReadOnlyObjectWrapper<List<Bar>> byDay = new ReadOnlyObjectWrapper<>(this, "byDay", List.of());
    private final ReadOnlyObjectWrapper<List<Bar>> byService =
            new ReadOnlyObjectWrapper<>(this, "byService", List.of());
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReportWriter writer;

    /**
     * Opens on the current month so far: Ctrl+9 alone answers "how is this month going".
     *
     * @param central the office's figures from the central service, asked with every computation
     */
    public ReportsViewModel(ReportService reports, CentralReports central, TaskExecutor executor, ReportTexts texts,
                            Output output, Clock clock) {
        this.reports = Objects.requireNonNull(reports);
        this.central = Objects.requireNonNull(central);
        this.executor = Objects.requireNonNull(executor);
        this.texts = Objects.requireNonNull(texts);
        this.writer = new ReportWriter(output, executor, texts);
        LocalDate today = LocalDate.now(clock);
        from.set(today.withDayOfMonth(1));
        to.set(today);
        texts.i18n().languageProperty().addListener((o, a, b) -> relabel());
    }

    /** Whether the signed-in operator may see the office's reports at all. */
    public boolean mayOpen() {
        return reports.mayOpenOfficeReports();
    }

    /** Computes the report of the chosen period in the background. */
    public void refresh() {
        if (!reports.mayOpenOfficeReports()) {
            denied();
            return;
        }
        ReportPeriod period;
        try {
            period = new ReportPeriod(from.get(), to.get());
        } catch (IllegalArgumentException | NullPointerException e) {
            problem.set(texts.get("reports.error.period"));
            return;
        }
        loading.set(true);
        problem.set("");
        BackgroundTask.wrap(() -> {
            OfficeReport here = reports.office(period);
            return new Computed(here, central.fetch(period));
        })
                .onSuccess(r -> {
                    loading.set(false);
                    centralResult.set(r.central());
                    report.set(r.report());
                    relabel();
                })
                .onFailure(error -> {
                    loading.set(false);
                    if (error instanceof ReportAccessDeniedException) {
                        denied();
                    } else {
                        LOG.warn("The office's report could not be computed", error);
                        problem.set(texts.get("reports.error.failed"));
                    }
                })
                .executeWith(executor);
    }

    /**
     * Writes the report on screen as CSV (UTF-8 with BOM) into the private exports folder, recorded in the audit
     * trail; the status says where. Nothing to write before a report was computed.
     */
    public void exportCsv() {
        OfficeReport r = report.get();
        writer.csv(document.get(), r == null ? "" : fileName(r), this::mayWrite);
    }

    /** Renders the report with the forms' engine and prints it (or saves and opens the PDF), audited. */
    public void print() {
        OfficeReport r = report.get();
        writer.print(document.get(), r == null ? "" : fileName(r), this::mayWrite);
    }

    private boolean mayWrite() {
        if (!reports.mayOpenOfficeReports()) {
            denied();
            return false;
        }
        return true;
    }

    /** The period, never a person: "report-2026-03-01-2026-03-31". */
    static String fileName(OfficeReport r) {
        return "report-" + r.period().from() + "-" + r.period().to();
    }

    private void denied() {
        report.set(null);
        centralResult.set(null);
        relabel();
        problem.set(texts.get(ReportAccessDeniedException.MESSAGE_KEY));
    }

    private void relabel() {
        OfficeReport r = report.get();
        // The charts' bars first: the page redraws when the document changes.
        byDay.set(r == null ? List.of() : byDay(r, texts));
        byService.set(r == null ? List.of() : byService(r, texts));
        document.set(r == null ? null : ReportSheets.office(r, centralResult.get(), texts));
    }

    /** Bars per day, or per month for a period longer than {@link #DAYS_CHARTED_BY_DAY}; every day shown. */
    static List<Bar> byDay(OfficeReport r, ReportTexts texts) {
        boolean monthly = r.period().days() > DAYS_CHARTED_BY_DAY;
        Map<LocalDate, int[]> counts = new TreeMap<>();
        if (!monthly) {
            for (LocalDate d = r.period().from(); !d.isAfter(r.period().to()); d = d.plusDays(1)) {
                counts.put(d, new int[2]);
            }
        }
        for (DayCount d : r.days()) {
            LocalDate key = monthly ? d.day().withDayOfMonth(1) : d.day();
            int[] c = counts.computeIfAbsent(key, k -> new int[2]);
            c[0] += d.accepted();
            c[1] += d.refusedAtIntake();
        }
        List<Bar> bars = new ArrayList<>();
        counts.forEach((day, c) -> bars.add(new Bar(monthly ? monthLabel(YearMonth.from(day))
                : texts.day(day).substring(0, 5), c[0], c[1])));
        return bars;
    }

    private static String monthLabel(YearMonth month) {
        return String.format("%02d.%d", month.getMonthValue(), month.getYear());
    }

    static List<Bar> byService(OfficeReport r, ReportTexts texts) {
        List<Bar> bars = new ArrayList<>();
        r.perService().forEach((service, c) -> bars.add(new Bar(texts.service(service), c[0], c[1])));
        return bars;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** The figures of the last period computed (null until then, or after a refusal). */
    public ReadOnlyObjectProperty<OfficeReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    /** The central service's figures of the last period computed, or why there are none (null until then). */
    public ReadOnlyObjectProperty<CentralReports.Result> centralProperty() {
        return centralResult.getReadOnlyProperty();
    }

    /** The report's tables in the current language. */
    public ReadOnlyObjectProperty<ReportDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Bar>> byDayProperty() {
        return byDay.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<Bar>> byServiceProperty() {
        return byService.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Where the last export or print went, in the operator's language. */
    public ReadOnlyStringProperty statusProperty() {
        return writer.statusProperty();
    }

    /** An export or print is under way. */
    public ReadOnlyBooleanProperty writingProperty() {
        return writer.writingProperty();
    }

    /** What went wrong, in the operator's language ("" when nothing did). */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
