package kz.qabyldau.app.ui.intake.documents;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.store.applications.ScanRejectedException;
import kz.qabyldau.app.store.applications.Scans;
import kz.qabyldau.app.ui.common.BackgroundTask;
import kz.qabyldau.app.ui.common.TaskExecutor;
import kz.qabyldau.app.ui.intake.IntakeSession;
import kz.qabyldau.forms.application.PresentedDocument;
import kz.qabyldau.forms.service.DocumentRequirement;
import kz.qabyldau.forms.verdict.FieldError;
import kz.qabyldau.forms.verdict.ReceiptLine;
import kz.qabyldau.forms.verdict.Verdict;

/**
 * The documents checklist of one {@link IntakeSession}: the service's required documents (those the desk does not
 * print itself), whether each was presented, the dates its validity rules need and its scanned copies. Every change
 * goes into the session (saved as the draft, judged live); what the law core says about a document is read back from
 * the session's verdict, never computed here.
 */
public final class DocumentsViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentsViewModel.class);

    private final IntakeSession session;
    private final Scans scans;
    private final TaskExecutor executor;
    private final I18n i18n;
    private final ReadOnlyStringWrapper scanProblem = new ReadOnlyStringWrapper(this, "scanProblem", "");

    public DocumentsViewModel(IntakeSession session, Scans scans, TaskExecutor executor, I18n i18n) {
        this.session = Objects.requireNonNull(session);
        this.scans = Objects.requireNonNull(scans);
        this.executor = Objects.requireNonNull(executor);
        this.i18n = Objects.requireNonNull(i18n);
    }

    public IntakeSession session() {
        return session;
    }

    /** The documents the clerk collects, in the order of App. 2 (the application form itself is printed later). */
    public List<DocumentRequirement> checklist() {
        return session.serviceDefinition().get().documents().stream().filter(d -> !d.printedAtIntake()).toList();
    }

    /** The entry recorded for {@code type}, if the clerk has touched that row. */
    public Optional<PresentedDocument> entry(String type) {
        return session.application().get().document(type);
    }

    /** Whether the applicant presented {@code type} (an untouched row counts as not presented). */
    public boolean presented(String type) {
        return entry(type).map(PresentedDocument::isPresented).orElse(false);
    }

    public void setPresented(String type, boolean presented) {
        PresentedDocument d = entryOrEmpty(type);
        session.setDocument(new PresentedDocument(type, presented, d.issuedOn(), d.validFrom(), d.validUntil(),
                d.borderCrossingOn(), d.scans()));
    }

    /** Records a date; a date typed for a document marks it presented (the clerk holds it in hand). */
    public void setDate(String type, DocumentDate which, LocalDate date) {
        PresentedDocument d = entryOrEmpty(type);
        if (Objects.equals(which.of(d), date) && d.isPresented()) {
            return;
        }
        PresentedDocument changed = which.with(d, date);
        session.setDocument(new PresentedDocument(type, true, changed.issuedOn(), changed.validFrom(),
                changed.validUntil(), changed.borderCrossingOn(), changed.scans()));
    }

    /** The stored date, or null. */
    public LocalDate date(String type, DocumentDate which) {
        return entry(type).map(which::of).orElse(null);
    }

    /**
     * Stores a scanned copy (off the FX thread) and attaches it to the document, which then counts as presented.
     * A file the store refuses (type, size, unreadable) is reported in {@link #scanProblemProperty()}.
     *
     * @param then called on success with the stored scan (to draw its thumbnail)
     */
    public void addScan(String type, File chosen, Consumer<String> then) {
        scanProblem.set("");
        Path file = chosen.toPath();
        BackgroundTask.wrap(() -> scans.put(file))
                .onSuccess(ref -> {
                    PresentedDocument d = entryOrEmpty(type);
                    if (!d.scans().contains(ref.sha256())) {
                        List<String> all = new ArrayList<>(d.scans());
                        all.add(ref.sha256());
                        session.setDocument(new PresentedDocument(type, true, d.issuedOn(), d.validFrom(),
                                d.validUntil(), d.borderCrossingOn(), all));
                    }
                    then.accept(ref.sha256());
                })
                .onFailure(error -> {
                    if (error instanceof ScanRejectedException rejected) {
                        scanProblem.set(rejected.localizedMessage(i18n.language().locale()));
                    } else {
                        LOG.error("A scan could not be stored", error);
                        scanProblem.set(i18n.get("documents.scan.failed", file.getFileName()));
                    }
                })
                .executeWith(executor);
    }

    /**
     * The thumbnail of stored scan {@code sha256} as PNG bytes, drawn off the FX thread; empty when it cannot be
     * drawn (the scan stays attached).
     */
    public void thumbnail(String sha256, Consumer<Optional<byte[]>> then) {
        BackgroundTask.wrap(() -> Thumbnails.png(scans.content(sha256)))
                .onSuccess(then::accept)
                .onFailure(error -> {
                    LOG.warn("No thumbnail for scan {}", sha256, error);
                    then.accept(Optional.empty());
                })
                .executeWith(executor);
    }

    /** Detaches a scanned copy from the document (the stored bytes stay: content-addressed, maybe shared). */
    public void removeScan(String type, String sha256) {
        PresentedDocument d = entryOrEmpty(type);
        List<String> rest = d.scans().stream().filter(s -> !s.equals(sha256)).toList();
        session.setDocument(new PresentedDocument(type, d.presented(), d.issuedOn(), d.validFrom(), d.validUntil(),
                d.borderCrossingOn(), rest));
    }

    /** The last refused file, worded for the clerk; '' when none. */
    public ReadOnlyStringProperty scanProblemProperty() {
        return scanProblem.getReadOnlyProperty();
    }

    /**
     * What the law core says about {@code type} now, in the clerk's language: the receipt lines (missing, expired)
     * and the dates it still needs. Empty when the document passes.
     */
    public List<String> problems(String type) {
        Verdict verdict = session.verdict().get();
        if (verdict == null) {
            return List.of();
        }
        String lang = i18n.language().code();
        List<String> out = new ArrayList<>();
        for (ReceiptLine line : verdict.receipt()) {
            if (line.document().equals(type)) {
                out.add(line.message().in(lang));
            }
        }
        for (FieldError error : verdict.fieldErrors()) {
            if (error.field().equals("documents." + type) || error.field().startsWith("documents." + type + ".")) {
                out.add(error.message().in(lang));
            }
        }
        return out;
    }

    /** Whether the verdict refuses intake because of {@code type} (missing or expired). */
    public boolean refuses(String type) {
        Verdict verdict = session.verdict().get();
        return verdict != null && verdict.receipt().stream().anyMatch(l -> l.document().equals(type));
    }

    private PresentedDocument entryOrEmpty(String type) {
        return entry(type).orElse(new PresentedDocument(type, false, null, null, null, null, List.of()));
    }
}
