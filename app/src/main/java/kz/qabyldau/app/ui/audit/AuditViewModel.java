package kz.qabyldau.app.ui.audit;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.qabyldau.app.config.PrivateFiles;
import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.store.AuditActions;
import kz.qabyldau.app.store.AuditLog;
import kz.qabyldau.app.store.AuditQuery;
import kz.qabyldau.app.ui.common.BackgroundTask;
import kz.qabyldau.app.ui.common.DialogService;
import kz.qabyldau.app.ui.common.TaskExecutor;
import kz.qabyldau.app.ui.operators.OperatorSession;

/**
 * The administrator's audit page: the office's audit trail filtered by operator, action, day and applicant,
 * and its export to CSV. Only an administrator may read it: {@link #refresh} and {@link #export} check the
 * signed-in operator themselves ({@link OperatorSession#requireAdministrator}), whatever the navigation shows.
 * The applicant filter is a search over personal data and the export takes data out of the workstation: both
 * are recorded in the audit trail they read.
 */
public final class AuditViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(AuditViewModel.class);
    /** The page shows the newest entries; the export writes every matching one up to {@link #EXPORTED}. */
    static final int SHOWN = 500;
    static final int EXPORTED = 100_000;
    private static final DateTimeFormatter AT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss");
    private static final DateTimeFormatter FILE_STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** An action in the filter list: its code and its words ({@code code} null for "every action"). */
    public record ActionChoice(String code, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    /** One entry as the page shows it: every text in the reader's language, no code. */
    public record Row(long id, String at, String operator, String action, String about, String details) {
    }

    private final OperatorSession session;
    private final AuditLog audit;
    private final Applicants applicants;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final I18n i18n;
    private final Path exportFolder;
    private final Clock clock;
    private final ObservableList<String> operators = FXCollections.observableArrayList();
    private final ObservableList<ActionChoice> actions = FXCollections.observableArrayList();
    /** "" at first: the filter's box then says "every operator" instead of showing nothing. */
    private final ObjectProperty<String> operator = new SimpleObjectProperty<>(this, "operator", "");
    private final ObjectProperty<ActionChoice> action = new SimpleObjectProperty<>(this, "action");
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(this, "day");
    private final StringProperty applicant = new SimpleStringProperty(this, "applicant", "");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private String lastRecordedSearch = "";
    private final AuditDetails details;
    /** The entries on the page and their applicants' names: shown anew in another language without reading again. */
    private Found shown = new Found(List.of(), List.of(), Map.of());

    /**
     * @param exportFolder where exports are written (a private folder in the data folder)
     * @param clock        the office's clock and time zone (days and times are the office's)
     * @param serviceNames a service's name in the interface language, from its id (the details name services)
     */
    public AuditViewModel(OperatorSession session, AuditLog audit, Applicants applicants, TaskExecutor executor,
                          DialogService dialogs, I18n i18n, Path exportFolder, Clock clock,
                          Function<String, String> serviceNames) {
        this.session = Objects.requireNonNull(session);
        this.audit = Objects.requireNonNull(audit);
        this.applicants = Objects.requireNonNull(applicants);
        this.executor = Objects.requireNonNull(executor);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.i18n = Objects.requireNonNull(i18n);
        this.exportFolder = Objects.requireNonNull(exportFolder);
        this.clock = Objects.requireNonNull(clock);
        this.details = new AuditDetails(i18n, Objects.requireNonNull(serviceNames));
        relabelActions();
        operators.add("");
        // The filter's actions and the entries on the page follow the language switch at once.
        i18n.languageProperty().addListener((o, a, b) -> {
            relabelActions();
            rows.setAll(rowsOf(shown.entries(), shown.names()));
        });
    }

    /** The action choices in the interface language, the chosen one kept. */
    private void relabelActions() {
        String chosen = action.get() == null ? null : action.get().code();
        List<ActionChoice> labelled = new ArrayList<>();
        labelled.add(new ActionChoice(null, i18n.get("audit.filter.anyAction")));
        AuditActions.ALL.forEach(code -> labelled.add(new ActionChoice(code, ActionNames.of(i18n, code))));
        actions.setAll(labelled);
        action.set(labelled.stream().filter(c -> Objects.equals(c.code(), chosen)).findFirst()
                .orElse(labelled.get(0)));
    }

    /** The names recorded as acting, after {@code ""} for every operator. */
    public ObservableList<String> operators() {
        return operators;
    }

    public ObservableList<ActionChoice> actions() {
        return actions;
    }

    /** The operator's name as recorded; null or {@code ""} for every operator. */
    public ObjectProperty<String> operatorProperty() {
        return operator;
    }

    public ObjectProperty<ActionChoice> actionProperty() {
        return action;
    }

    /** The office's day; null for every day. */
    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    /** A name, IIN, passport or permit number (found through the office search). */
    public StringProperty applicantProperty() {
        return applicant;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** How many entries are shown, or why none. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /**
     * Reads the entries the filter asks for, newest first, in the background.
     *
     * @throws kz.qabyldau.app.store.operators.OperatorAccessDeniedException unless an administrator is signed in
     */
    public void refresh() {
        session.requireAdministrator("read the audit trail");
        Filter filter = filter();
        BackgroundTask.wrap(() -> {
            List<AuditLog.Entry> entries = find(filter, SHOWN);
            return new Found(audit.clerks(), entries, namesOf(entries));
        })
                .onSuccess(found -> {
                    shown = found;
                    String chosen = operator.get();
                    List<String> names = new ArrayList<>();
                    names.add("");
                    names.addAll(found.operators());
                    operators.setAll(names);
                    operator.set(chosen);
                    rows.setAll(rowsOf(found.entries(), found.names()));
                    status.set(found.entries().isEmpty() ? i18n.get("audit.status.none")
                            : found.entries().size() >= SHOWN ? i18n.get("audit.status.limited", SHOWN)
                            : i18n.get("audit.status.count", found.entries().size()));
                })
                .onFailure(error -> {
                    LOG.warn("The audit trail could not be read", error);
                    dialogs.showError(i18n.get("audit.title"), i18n.get("audit.error.read"));
                })
                .executeWith(executor);
    }

    /**
     * Writes every entry the filter asks for to a new CSV file in the export folder, private to this account,
     * after recording the export (what filter, how many rows) in the audit trail.
     *
     * @throws kz.qabyldau.app.store.operators.OperatorAccessDeniedException unless an administrator is signed in
     */
    public void export() {
        session.requireAdministrator("export the audit trail");
        Filter filter = filter();
        String who = session.clerkName();
        BackgroundTask.wrap(() -> {
            List<AuditLog.Entry> entries = find(filter, EXPORTED);
            List<Row> written = rowsOf(entries, namesOf(entries));
            Path file = exportFolder.resolve("audit-" + FILE_STAMP.format(clock.instant().atZone(zone())) + ".csv");
            audit.record(who, AuditActions.EXPORTED, "", "audit CSV, " + filter.describe() + "; " + entries.size()
                    + " rows");
            List<List<String>> lines = new ArrayList<>();
            for (int i = 0; i < entries.size(); i++) {
                AuditLog.Entry e = entries.get(i);
                Row r = written.get(i);
                lines.add(List.of(Long.toString(e.id()), e.at().toString(), r.at(), e.clerk(), e.action(),
                        r.action(), e.subject(), r.about(), e.details()));
            }
            PrivateFiles.folder(exportFolder);
            PrivateFiles.writeAtomically(file, AuditCsv.write(header(), lines));
            return new Exported(file, entries.size());
        })
                .onSuccess(done -> {
                    dialogs.showInformation(i18n.get("audit.exported.title"),
                            i18n.get("audit.exported.text", done.rows(), done.file().toString()));
                    refresh();
                })
                .onFailure(error -> {
                    LOG.warn("The audit trail could not be exported", error);
                    dialogs.showError(i18n.get("audit.exported.title"), i18n.get(error instanceof IOException
                            ? "audit.error.write" : "audit.error.read"));
                })
                .executeWith(executor);
    }

    private List<String> header() {
        return List.of(i18n.get("audit.csv.number"), i18n.get("audit.csv.utc"), i18n.get("audit.csv.time"),
                i18n.get("audit.csv.operator"), i18n.get("audit.csv.code"), i18n.get("audit.csv.action"),
                i18n.get("audit.csv.subject"), i18n.get("audit.csv.applicant"), i18n.get("audit.csv.details"));
    }

    private record Found(List<String> operators, List<AuditLog.Entry> entries, Map<String, Optional<String>> names) {
    }

    private record Exported(Path file, int rows) {
    }

    /** The filter as it stood when asked (read on the FX thread, used on the worker). */
    private record Filter(String operator, String action, LocalDate day, String applicant, ZoneId zone) {

        String describe() {
            return "operator: " + (operator == null ? "any" : operator) + ", action: "
                    + (action == null ? "any" : action) + ", day: " + (day == null ? "any" : day)
                    + ", applicant: " + (applicant.isEmpty() ? "any" : applicant);
        }
    }

    private Filter filter() {
        ActionChoice chosen = action.get();
        String typed = applicant.get() == null ? "" : applicant.get().strip();
        String who = operator.get() == null || operator.get().isEmpty() ? null : operator.get();
        return new Filter(who, chosen == null ? null : chosen.code(), day.get(), typed, zone());
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    /** On the worker thread. */
    private List<AuditLog.Entry> find(Filter filter, int limit) {
        AuditQuery query = AuditQuery.ALL.withClerk(filter.operator()).withAction(filter.action());
        if (filter.day() != null) {
            query = query.within(filter.day().atStartOfDay(filter.zone()).toInstant(),
                    filter.day().plusDays(1).atStartOfDay(filter.zone()).toInstant());
        }
        if (!filter.applicant().isEmpty()) {
            recordSearch(filter.applicant());
            Set<String> ids = applicants.find(filter.applicant());
            query = query.withSubjects(ids);
        }
        return audit.find(query, limit);
    }

    /** The applicant filter searches personal data: recorded once for each new text typed. */
    private synchronized void recordSearch(String typed) {
        if (!typed.equals(lastRecordedSearch)) {
            audit.record(session.clerkName(), AuditActions.SEARCHED, "", "audit: " + typed);
            lastRecordedSearch = typed;
        }
    }

    /** The applicants' names of the entries' subjects (on the worker thread: it opens personal data). */
    private Map<String, Optional<String>> namesOf(List<AuditLog.Entry> entries) {
        Map<String, Optional<String>> names = new HashMap<>();
        for (AuditLog.Entry e : entries) {
            if (!e.subject().isEmpty()) {
                names.computeIfAbsent(e.subject(), applicants::nameOf);
            }
        }
        return names;
    }

    private List<Row> rowsOf(List<AuditLog.Entry> entries, Map<String, Optional<String>> names) {
        List<Row> out = new ArrayList<>(entries.size());
        for (AuditLog.Entry e : entries) {
            Optional<String> name = e.subject().isEmpty() ? Optional.empty()
                    : names.getOrDefault(e.subject(), Optional.empty());
            String about = name.map(n -> n.isEmpty() ? i18n.get("audit.about.unnamed") : n).orElse(e.subject());
            out.add(new Row(e.id(), AT.format(e.at().atZone(zone())),
                    e.clerk().isEmpty() ? i18n.get("audit.nobody") : e.clerk(), ActionNames.of(i18n, e.action()),
                    about, details.of(e)));
        }
        return out;
    }
}
