package kz.qabyldau.app.ui.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.qabyldau.app.reports.OfficeReport;
import kz.qabyldau.app.reports.ReportDocument;
import kz.qabyldau.app.reports.ReportService;
import kz.qabyldau.app.reports.ServedApplication;
import kz.qabyldau.app.ui.common.BackgroundTask;
import kz.qabyldau.app.ui.common.TaskExecutor;

/**
 * Today (every operator): the signed-in operator's day at this workstation — applications per service, intake
 * refusals with their grounds, each applicant's service time against the 20-minute standard, handouts done and
 * waiting, the outbox and since when. Computed in a background task; the tables follow the language.
 */
public final class TodayViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(TodayViewModel.class);

    /** The figures of one day as read. */
    public record Today(OfficeReport report, List<ServedApplication> served, String operator) {
    }

    private final ReportService reports;
    private final TaskExecutor executor;
    private final ReportTexts texts;
    private final Supplier<String> operator;
    private final String workstationId;
    private final Clock clock;
    private final ReportWriter writer;

    private final ReadOnlyObjectWrapper<Today> today = new ReadOnlyObjectWrapper<>(this, "today");
    private final ReadOnlyObjectWrapper<ReportDocument> document = new ReadOnlyObjectWrapper<>(this, "document");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");

    /**
     * @param operator      the name the signed-in operator's applications are finished under
     * @param workstationId this workstation's id (Today counts only what was done here)
     */
    public TodayViewModel(ReportService reports, TaskExecutor executor, ReportTexts texts, Supplier<String> operator,
                          String workstationId, ReportsViewModel.Output output, Clock clock) {
        this.reports = Objects.requireNonNull(reports);
        this.executor = Objects.requireNonNull(executor);
        this.texts = Objects.requireNonNull(texts);
        this.operator = Objects.requireNonNull(operator);
        this.workstationId = Objects.requireNonNull(workstationId);
        this.clock = Objects.requireNonNull(clock);
        this.writer = new ReportWriter(output, executor, texts);
        texts.i18n().languageProperty().addListener((o, a, b) -> relabel());
    }

    /** Reads today's figures again, off the FX thread. */
    public void refresh() {
        LocalDate day = LocalDate.now(clock);
        String who = operator.get();
        loading.set(true);
        problem.set("");
        BackgroundTask.wrap(() -> new Today(reports.today(day, workstationId, who),
                        reports.served(day, workstationId, who), who))
                .onSuccess(t -> {
                    loading.set(false);
                    today.set(t);
                    relabel();
                })
                .onFailure(error -> {
                    loading.set(false);
                    LOG.warn("Today's figures could not be read", error);
                    problem.set(texts.get("reports.error.failed"));
                })
                .executeWith(executor);
    }

    /** Today's tables as CSV ("today-2026-03-10.csv", private, audited); every operator may take their own day. */
    public void exportCsv() {
        Today t = today.get();
        writer.csv(document.get(), t == null ? "" : fileName(t), () -> true);
    }

    /** Today's tables on paper with the forms' engine, audited. */
    public void print() {
        Today t = today.get();
        writer.print(document.get(), t == null ? "" : fileName(t), () -> true);
    }

    /** The day, never a person. */
    static String fileName(Today t) {
        return "today-" + t.report().period().from();
    }

    public ReadOnlyStringProperty statusProperty() {
        return writer.statusProperty();
    }

    public ReadOnlyBooleanProperty writingProperty() {
        return writer.writingProperty();
    }

    private void relabel() {
        Today t = today.get();
        document.set(t == null ? null : ReportSheets.today(t.report(), t.served(), t.operator(), texts));
    }

    public ReadOnlyObjectProperty<Today> todayProperty() {
        return today.getReadOnlyProperty();
    }

    /** Today's tables in the current language (null until first read). */
    public ReadOnlyObjectProperty<ReportDocument> documentProperty() {
        return document.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Why the figures could not be read, in the operator's language; "" when they were. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
