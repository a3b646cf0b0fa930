package kz.qabyldau.app.reports;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;

import kz.qabyldau.app.config.PrivateFiles;
import kz.qabyldau.app.store.AuditActions;
import kz.qabyldau.app.store.AuditLog;

/**
 * Writes a report out of the workstation: CSV into the private exports folder (only this account may read it,
 * {@link PrivateFiles}), recorded in the audit trail as an export with what and how many rows. A report holds
 * no applicant's data, but it is the office's business and leaves the desk, so the trail knows who took it.
 */
public final class ReportExport {

    private final Path folder;
    private final AuditLog audit;

    /** @param folder where exports are written (created private when first needed) */
    public ReportExport(Path folder, AuditLog audit) {
        this.folder = Objects.requireNonNull(folder, "folder");
        this.audit = Objects.requireNonNull(audit, "audit");
    }

    /**
     * Writes {@code document} as {@code <name>.csv}, replacing an earlier export of the same name whole.
     *
     * @param name     the file's name without extension: letters, digits, dots, dashes (a period, never a person)
     * @param operator who exports (the audit trail's clerk)
     * @return the file written
     */
    public Path csv(ReportDocument document, String name, String operator) throws IOException {
        if (!name.matches("[A-Za-z0-9._-]{1,80}") || name.startsWith(".")) {
            throw new IllegalArgumentException("not a file name for an export: " + name);
        }
        Path target = PrivateFiles.folder(folder).resolve(name + ".csv");
        PrivateFiles.writeAtomically(target, ReportCsv.bytes(document));
        audit.record(operator, AuditActions.EXPORTED, "", "report CSV " + name + ": " + document.rowCount()
                + " rows");
        return target;
    }

    /** Records that a report went to paper (or to a PDF file when no printer took it). */
    public void printed(ReportDocument document, String name, String operator) {
        audit.record(operator, AuditActions.PRINTED, "", ReportPdf.FORM + " " + name + ": " + document.rowCount()
                + " rows");
    }
}
