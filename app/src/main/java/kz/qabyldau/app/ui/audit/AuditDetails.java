package kz.qabyldau.app.ui.audit;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.store.AuditActions;
import kz.qabyldau.app.store.AuditLog;

/**
 * An entry's recorded details in the reader's language. The trail keeps what each version wrote (plain, stable,
 * never rewritten: it is hash-chained); the administrator reads it here with the codes, ids and English words of
 * those texts turned into words of the interface language: the service's name, the form, the setting, the role.
 * What the clerk typed (a search, a reason, a recipient's name) is shown as typed. Details this version does not
 * know how to read are shown as written.
 */
public final class AuditDetails {

    private static final Pattern ACCEPTED = Pattern.compile("(\\S+?)(?:, ticket (.+?))?, outbox (\\d+)");
    private static final Pattern DELETED = Pattern.compile("(\\S+?)(?:, ticket (.+?))?: (.*)", Pattern.DOTALL);
    private static final Pattern REFUSED = Pattern.compile("(\\S+?): \\[(.*)]", Pattern.DOTALL);
    private static final Pattern RECIPIENT = Pattern.compile("received by: (.*); document: (.*)", Pattern.DOTALL);
    private static final Pattern HANDED_OUT = Pattern.compile("([A-Z_]+); (.*)", Pattern.DOTALL);
    private static final Pattern REVOCATION = Pattern.compile("App\\. 8; (.*)", Pattern.DOTALL);
    private static final Pattern SEARCHED = Pattern.compile(
            "(audit|handout|drafts|earlier permit|returning employer): (.*)", Pattern.DOTALL);
    private static final Pattern FORM = Pattern.compile("(permit|qualification)-app(\\d+)(\\.duplicate)? (kk|ru|en)");
    private static final Pattern REPORT = Pattern.compile("report(?: CSV)? (\\S+): (\\d+) rows");
    private static final Pattern AUDIT_EXPORT = Pattern.compile(
            "audit CSV, operator: (.*), action: (.*), day: (.*), applicant: (.*); (\\d+) rows", Pattern.DOTALL);
    private static final Pattern REPORT_NAME = Pattern.compile(
            "(?:report-(\\d{4}-\\d\\d-\\d\\d)-(\\d{4}-\\d\\d-\\d\\d)|today-(\\d{4}-\\d\\d-\\d\\d))");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final Pattern GENERATED = Pattern.compile("(\\d+) synthetic applications, seed (-?\\d+)");
    private static final Pattern OVERRIDDEN = Pattern.compile("([a-z0-9.-]+): (.*)", Pattern.DOTALL);
    private static final Map<String, String> SETTINGS = Map.of("office.name", "settings.officeName",
            "office.region", "settings.region", "office.provider", "settings.provider", "clerk.name",
            "settings.clerkName", "ui.language", "settings.language", "central.url", "settings.centralUrl",
            "office.code", "settings.officeCode", "central.token", "settings.token");

    private static final Map<String, String> FORMS = Map.of("permit", "audit.details.form.permit",
            "qualification", "audit.details.form.qualification");
    private static final Map<String, String> LANGUAGES = Map.of("kk", "audit.details.language.kk",
            "ru", "audit.details.language.ru", "en", "audit.details.language.en");
    private static final Map<String, String> SEARCHES = Map.of("audit", "audit.details.searched.audit",
            "handout", "audit.details.searched.handout", "drafts", "audit.details.searched.drafts",
            "earlier permit", "audit.details.searched.earlier-permit",
            "returning employer", "audit.details.searched.returning-employer");

    private final I18n i18n;
    private final Function<String, String> serviceNames;

    /** @param serviceNames a service's name in the interface language from its id */
    public AuditDetails(I18n i18n, Function<String, String> serviceNames) {
        this.i18n = i18n;
        this.serviceNames = serviceNames;
    }

    /** The details of {@code entry} in the interface language ({@code ""} when none were recorded). */
    public String of(AuditLog.Entry entry) {
        String d = entry.details();
        if (d.isEmpty()) {
            return "";
        }
        String read = switch (entry.action()) {
            case AuditActions.ACCEPTED -> accepted(d);
            case AuditActions.DELETED -> deleted(d);
            case AuditActions.INTAKE_REFUSED -> refused(d);
            case AuditActions.HANDED_OUT -> handedOut(d);
            case AuditActions.REVOCATION_HANDED_OUT -> revocation(d);
            case AuditActions.SEARCHED -> searched(d);
            case AuditActions.PRINTED -> printed(d);
            case AuditActions.EXPORTED -> exported(d);
            case AuditActions.OPENED -> "draft".equals(d) ? i18n.get("audit.details.opened.draft") : null;
            case AuditActions.SETTINGS_CHANGED -> settings(d);
            case AuditActions.OPERATOR_ADDED -> role(d);
            case AuditActions.GENERATED -> generated(d);
            case AuditActions.OVERRIDDEN -> overridden(d);
            default -> null;
        };
        return read == null ? d : read;
    }

    private String service(String id, String ticket) {
        String name = serviceNames.apply(id);
        return ticket == null ? name : i18n.get("audit.details.ticket", name, ticket);
    }

    private String accepted(String d) {
        Matcher m = ACCEPTED.matcher(d);
        return m.matches() ? i18n.get("audit.details.accepted", service(m.group(1), m.group(2)), m.group(3)) : null;
    }

    private String deleted(String d) {
        Matcher m = DELETED.matcher(d);
        return m.matches() ? i18n.get("audit.details.deleted", service(m.group(1), m.group(2)), m.group(3)) : null;
    }

    private String refused(String d) {
        Matcher m = REFUSED.matcher(d);
        if (!m.matches()) {
            return null;
        }
        int grounds = m.group(2).isBlank() ? 0 : m.group(2).split(", ").length;
        return i18n.get("audit.details.intakeRefused", serviceNames.apply(m.group(1)), grounds);
    }

    private String recipient(String d) {
        Matcher m = RECIPIENT.matcher(d);
        return m.matches() ? i18n.get("audit.details.recipient", m.group(1), m.group(2)) : null;
    }

    private String handedOut(String d) {
        Matcher m = HANDED_OUT.matcher(d);
        String who = m.matches() ? recipient(m.group(2)) : null;
        return who == null ? null : i18n.get("search.status." + m.group(1)) + "; " + who;
    }

    private String revocation(String d) {
        Matcher m = REVOCATION.matcher(d);
        String who = m.matches() ? recipient(m.group(1)) : null;
        return who == null ? null : i18n.get("audit.details.revocation", who);
    }

    private String searched(String d) {
        Matcher m = SEARCHED.matcher(d);
        return m.matches() ? i18n.get(SEARCHES.get(m.group(1)), m.group(2)) : null;
    }

    private String printed(String d) {
        Matcher form = FORM.matcher(d);
        if (form.matches()) {
            String text = i18n.get(FORMS.get(form.group(1)), form.group(2), i18n.get(LANGUAGES.get(form.group(4))));
            return form.group(3) == null ? text : i18n.get("audit.details.duplicate", text);
        }
        Matcher report = REPORT.matcher(d);
        return report.matches() ? i18n.get("audit.details.report.printed", reportName(report.group(1)),
                report.group(2)) : null;
    }

    private String exported(String d) {
        Matcher report = REPORT.matcher(d);
        if (report.matches()) {
            return i18n.get("audit.details.report.exported", reportName(report.group(1)), report.group(2));
        }
        Matcher m = AUDIT_EXPORT.matcher(d);
        if (!m.matches()) {
            return null;
        }
        String any = i18n.get("audit.details.any");
        String action = "any".equals(m.group(2)) ? any : ActionNames.of(i18n, m.group(2));
        return i18n.get("audit.details.auditExported", anyOr(m.group(1), any), action, anyOr(m.group(3), any),
                anyOr(m.group(4), any), m.group(5));
    }

    /** A report's file name ("report-2026-03-01-2026-03-31", "today-2026-03-04") as its period. */
    private String reportName(String name) {
        Matcher m = REPORT_NAME.matcher(name);
        if (!m.matches()) {
            return name;
        }
        return m.group(3) != null ? i18n.get("audit.details.report.day", day(m.group(3)))
                : i18n.get("audit.details.report.period", day(m.group(1)), day(m.group(2)));
    }

    private static String day(String iso) {
        return DAY.format(LocalDate.parse(iso));
    }

    private static String anyOr(String value, String any) {
        return "any".equals(value) ? any : value;
    }

    private String settings(String d) {
        List<String> names = new ArrayList<>();
        for (String key : d.split(", ")) {
            String label = SETTINGS.get(key);
            names.add(label != null ? i18n.get(label) : key.startsWith("workstation.pref.")
                    ? i18n.get("audit.details.preference") : key);
        }
        return String.join(", ", names);
    }

    private String role(String d) {
        return switch (d) {
            case "clerk" -> i18n.get("operators.role.clerk");
            case "administrator" -> i18n.get("operators.role.administrator");
            default -> null;
        };
    }

    private String generated(String d) {
        Matcher m = GENERATED.matcher(d);
        return m.matches() ? i18n.get("audit.details.generated", m.group(1), m.group(2)) : null;
    }

    private String overridden(String d) {
        Matcher m = OVERRIDDEN.matcher(d);
        return m.matches() ? i18n.get("audit.details.overridden", m.group(2)) : null;
    }
}
