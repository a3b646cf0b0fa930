package kz.qabyldau.app.ui.reports;

import java.util.Objects;
import java.util.function.BooleanSupplier;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.qabyldau.app.reports.ReportDocument;
import kz.qabyldau.app.reports.ReportPdf;
import kz.qabyldau.app.ui.common.BackgroundTask;
import kz.qabyldau.app.ui.common.PaperStatus;
import kz.qabyldau.app.ui.common.TaskExecutor;

/**
 * A page's report out of the workstation, in a background task: CSV into the private exports folder, or paper
 * with the forms' engine; both recorded in the audit trail. The status says where it went, in the reader's
 * language. Shared by Today and Reports.
 */
final class ReportWriter {

    private static final Logger LOG = LoggerFactory.getLogger(ReportWriter.class);

    private final ReportsViewModel.Output output;
    private final TaskExecutor executor;
    private final ReportTexts texts;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper writing = new ReadOnlyBooleanWrapper(this, "writing");

    ReportWriter(ReportsViewModel.Output output, TaskExecutor executor, ReportTexts texts) {
        this.output = Objects.requireNonNull(output);
        this.executor = Objects.requireNonNull(executor);
        this.texts = Objects.requireNonNull(texts);
    }

    /**
     * @param allowed asked before anything is written (the role of whoever is signed in now); false writes nothing
     * @param name    the file's name: a period or a day, never a person
     */
    void csv(ReportDocument d, String name, BooleanSupplier allowed) {
        if (!ready(d, allowed)) {
            return;
        }
        writing.set(true);
        BackgroundTask.wrap(() -> output.export().csv(d, name, output.operator().get()))
                .onSuccess(path -> {
                    writing.set(false);
                    status.set(texts.get("reports.export.saved", path));
                })
                .onFailure(error -> failed("The report could not be exported", error))
                .executeWith(executor);
    }

    void print(ReportDocument d, String name, BooleanSupplier allowed) {
        if (!ready(d, allowed)) {
            return;
        }
        writing.set(true);
        BackgroundTask.wrap(() -> {
            byte[] pdf = output.pdf().render(d, output.training());
            output.export().printed(d, name, output.operator().get());
            return output.paper().send(pdf, ReportPdf.FORM);
        }).onSuccess(delivery -> {
            writing.set(false);
            status.set(PaperStatus.of(texts.i18n(), delivery));
        }).onFailure(error -> failed("The report could not be printed", error)).executeWith(executor);
    }

    private boolean ready(ReportDocument d, BooleanSupplier allowed) {
        if (!allowed.getAsBoolean()) {
            return false;
        }
        if (d == null) {
            status.set(texts.get("reports.export.nothing"));
            return false;
        }
        return true;
    }

    private void failed(String what, Exception error) {
        writing.set(false);
        LOG.warn(what, error);
        status.set(texts.get("reports.export.failed"));
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty writingProperty() {
        return writing.getReadOnlyProperty();
    }
}
