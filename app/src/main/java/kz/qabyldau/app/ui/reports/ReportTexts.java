package kz.qabyldau.app.ui.reports;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.forms.service.ServiceCatalog;
import kz.qabyldau.forms.service.ServiceDefinition;

/**
 * The words of a report in the reader's language: services and documents by the names of their definitions,
 * the receipt's reasons and the provider's grounds as the law words them, days and times as the office writes
 * them. A code the definitions do not know is shown as it is stored rather than hidden.
 */
public final class ReportTexts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final I18n i18n;
    private final ServiceCatalog catalog;
    private final ZoneId zone;

    public ReportTexts(I18n i18n, ServiceCatalog catalog, ZoneId zone) {
        this.i18n = Objects.requireNonNull(i18n);
        this.catalog = Objects.requireNonNull(catalog);
        this.zone = Objects.requireNonNull(zone);
    }

    public I18n i18n() {
        return i18n;
    }

    String language() {
        return i18n.language().code();
    }

    /** A UI text in the current language. */
    String get(String key, Object... args) {
        return i18n.get(key, args);
    }

    /** The service's name in its newest definition. */
    String service(String id) {
        return definition(id).map(d -> d.name().in(language())).orElse(id);
    }

    /** A document type of the service's definition by its name. */
    String document(String service, String type) {
        return definition(service).flatMap(d -> d.document(type)).map(r -> r.name().in(language())).orElse(type);
    }

    /** Why a document was refused at intake (the receipt's reason code). */
    String reason(String code) {
        return switch (code) {
            case "MISSING" -> get("reports.reason.missing");
            case "EXPIRED" -> get("reports.reason.expired");
            case "ISSUED_TOO_LONG_AGO" -> get("reports.reason.tooOld");
            case "BORDER_CROSSING_TOO_OLD" -> get("reports.reason.borderCrossing");
            case "NOT_COVERING" -> get("reports.reason.notCovering");
            default -> code;
        };
    }

    /** The provider's ground of refusal: its number and the law's words. */
    String providerGround(String service, String id) {
        if (id == null || id.isEmpty()) {
            return get("reports.ground.notGiven");
        }
        return definition(service).flatMap(d -> d.refusalGrounds().provider(id))
                .map(g -> id + " — " + g.text().in(language())).orElse(id);
    }

    String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    String moment(Instant at) {
        return at == null ? "" : MOMENT.format(at.atZone(zone));
    }

    String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(zone));
    }

    /** A service time as minutes and seconds, "12:05". */
    static String minutes(Duration d) {
        long seconds = d.toSeconds();
        return String.format("%d:%02d", seconds / 60, seconds % 60);
    }

    String count(long n) {
        return Long.toString(n);
    }

    /** "Yes" or nothing: an empty cell reads better than a column of "no". */
    String mark(boolean yes) {
        return yes ? get("reports.yes") : "";
    }

    ZoneId zone() {
        return zone;
    }

    private Optional<ServiceDefinition> definition(String service) {
        List<ServiceDefinition> versions = catalog.versions(service);
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }
}
