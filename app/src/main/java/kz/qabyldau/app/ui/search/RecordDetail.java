package kz.qabyldau.app.ui.search;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.store.applications.ApplicationStatus;
import kz.qabyldau.app.store.applications.PrintedForm;
import kz.qabyldau.app.store.applications.SearchHit;
import kz.qabyldau.app.store.applications.StoredApplication;
import kz.qabyldau.forms.application.PresentedDocument;
import kz.qabyldau.forms.service.FieldDefinition;
import kz.qabyldau.forms.service.FieldType;
import kz.qabyldau.forms.service.Money;
import kz.qabyldau.forms.service.ServiceDefinition;

/**
 * A record opened read-only on the Search page, already in the clerk's words: what was typed (each field
 * under its label in the service definition), the documents presented with their scans, the forms printed
 * for it, the decision, and its history (started, accepted or refused at intake, sent, decided, handed out).
 *
 * @param title   service name, applicant and status
 * @param data    label and value of each field filled in
 * @param documents one line per document: its name, whether presented, how many scanned pages
 * @param decision the decision in a line ('' while there is none)
 * @param history  one line per step, oldest first
 */
public record RecordDetail(SearchHit hit, StoredApplication application, String title, List<Line> data,
                           List<String> documents, List<PrintedForm> printed, String decision, List<String> history) {

    /** Statuses that carry the central service's decision. */
    static final Set<ApplicationStatus> DECIDED = EnumSet.of(ApplicationStatus.ISSUED, ApplicationStatus.REFUSED,
            ApplicationStatus.HANDED_OUT);

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final Pattern MONEY = Pattern.compile("-?\\d+(\\.\\d+)?");

    /** One field: its label and value. */
    public record Line(String label, String value) {
    }

    public RecordDetail {
        data = List.copyOf(data);
        documents = List.copyOf(documents);
        printed = List.copyOf(printed);
        history = List.copyOf(history);
    }

    /** A draft can be taken up again in the wizard. */
    public boolean canResume() {
        return application.status() == ApplicationStatus.DRAFT;
    }

    /** A decision that has arrived can be printed (again). */
    public boolean canPrintDecision() {
        return DECIDED.contains(application.status()) && !decision.isEmpty();
    }

    /** A decision not yet handed out can be marked handed out. */
    public boolean canHandOut() {
        return application.status() == ApplicationStatus.ISSUED || application.status() == ApplicationStatus.REFUSED;
    }

    static RecordDetail of(SearchHit hit, StoredApplication app, List<PrintedForm> printed,
                           Optional<String> decisionJson, Optional<ServiceDefinition> definition, I18n i18n) {
        String lang = i18n.language().code();
        String service = definition.map(d -> d.name().in(lang)).orElse(i18n.get("search.column.service"));
        String title = service + " · " + (hit.applicantName().isEmpty() ? "—" : hit.applicantName()) + " · "
                + status(i18n, app.status());
        List<Line> data = new ArrayList<>();
        definition.ifPresent(d -> d.fields().forEach(f -> app.application().field(f.id())
                .map(v -> value(f, v, lang, i18n)).filter(v -> !v.isBlank())
                .ifPresent(v -> data.add(new Line(f.label().in(lang), v)))));
        List<String> documents = new ArrayList<>();
        for (PresentedDocument doc : app.application().documents()) {
            String name = definition.flatMap(d -> d.document(doc.type())).map(r -> r.name().in(lang))
                    .orElse(i18n.get("search.document"));
            documents.add(i18n.get(doc.isPresented() ? "search.document.presented" : "search.document.missing",
                    name, doc.scans().size()));
        }
        String decision = decisionJson.map(j -> hit.permitNumber()
                .map(n -> i18n.get("search.decision.issued", n))
                .orElse(app.status() == ApplicationStatus.REFUSED || j.contains("\"REFUSED\"")
                        ? i18n.get("search.decision.refused") : i18n.get("search.decision.registered")))
                .orElse("");
        return new RecordDetail(hit, app, title, data, documents, printed, decision, history(hit, app, i18n));
    }

    private static List<String> history(SearchHit hit, StoredApplication app, I18n i18n) {
        List<String> lines = new ArrayList<>();
        lines.add(i18n.get("search.history.started", when(hit.startedAt()), hit.clerk()));
        hit.finishedAt().ifPresent(at -> lines.add(i18n.get(app.status() == ApplicationStatus.INTAKE_REFUSED
                ? "search.history.intakeRefused" : "search.history.accepted", when(at),
                hit.finishedBy().orElse(""))));
        hit.reference().ifPresent(r -> lines.add(i18n.get("search.history.sent", r)));
        hit.decidedAt().ifPresent(at -> lines.add(i18n.get("search.history.decided", when(at))));
        hit.handedOutAt().ifPresent(at -> lines.add(i18n.get("search.history.handedOut", when(at),
                hit.handedOutBy().orElse(""))));
        if (app.status() == ApplicationStatus.DELETED) {
            lines.add(i18n.get("search.history.deleted", when(hit.updatedAt())));
        }
        return lines;
    }

    /** The status in the clerk's language. */
    static String status(I18n i18n, ApplicationStatus status) {
        return i18n.get(switch (status) {
            case DRAFT -> "search.status.DRAFT";
            case QUEUED -> "search.status.QUEUED";
            case SUBMITTED -> "search.status.SUBMITTED";
            case ISSUED -> "search.status.ISSUED";
            case REFUSED -> "search.status.REFUSED";
            case INTAKE_REFUSED -> "search.status.INTAKE_REFUSED";
            case HANDED_OUT -> "search.status.HANDED_OUT";
            case DELETED -> "search.status.DELETED";
        });
    }

    static String when(Instant at) {
        return WHEN.format(at.atZone(ZoneId.systemDefault()));
    }

    private static String value(FieldDefinition f, Object v, String lang, I18n i18n) {
        if (f.type() == FieldType.BOOLEAN) {
            return i18n.get(Boolean.TRUE.equals(v) || "true".equals(String.valueOf(v)) ? "search.yes" : "search.no");
        }
        if (f.type() == FieldType.ENUM) {
            return Optional.ofNullable(f.valueLabels().get(String.valueOf(v))).map(l -> l.in(lang)).orElse("");
        }
        if (v instanceof LocalDate d) {
            return DAY.format(d);
        }
        if (f.type() == FieldType.MONEY && (v instanceof Number || MONEY.matcher(String.valueOf(v)).matches())) {
            return Money.tenge(new BigDecimal(String.valueOf(v)), lang);
        }
        return String.valueOf(v);
    }
}
