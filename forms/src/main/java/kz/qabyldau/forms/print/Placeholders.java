package kz.qabyldau.forms.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Placeholders in form texts: {@code {id}}, {@code {country:id}}, {@code {region:id}} and
 * {@code {date:id|PATTERN}}. {@link #KNOWN_IDS} is the vocabulary: the field ids of
 * {@code docs/application-format.md} plus the values the engine and the decision provide. A text
 * naming anything else is a broken form text, reported before anything is drawn.
 */
public final class Placeholders {

    private static final Pattern PLACEHOLDER =
            Pattern.compile("\\{(?:(country|region|date):)?([a-zA-Z][A-Za-z0-9_.]*)(?:\\|([^{}]*))?}");

    /** Ids of {@code docs/application-format.md}, the shared vocabulary of the application. */
    public static final Set<String> APPLICATION_IDS = Set.copyOf(Stream.of(
            "provider.code", "provider.name",
            "applicant.surname", "applicant.givenNames", "applicant.patronymic", "applicant.latinName",
            "applicant.citizenship", "applicant.iin", "applicant.birthDate", "applicant.birthPlace",
            "applicant.sex", "applicant.document.type", "applicant.document.series",
            "applicant.document.number", "applicant.document.issuedOn", "applicant.document.issuedBy",
            "applicant.document.expiresOn", "applicant.abroad.country", "applicant.abroad.address",
            "applicant.abroad.phone", "applicant.family.status", "applicant.family.spouseName",
            "applicant.family.spouseBirthYear", "applicant.family.children", "applicant.family.phone",
            "applicant.kzAddress", "applicant.address", "applicant.phone", "applicant.fax",
            "employer.surname", "employer.givenNames", "employer.patronymic", "employer.iin",
            "employer.birthYear", "employer.phone", "employer.address", "employer.document.number",
            "employer.document.issuedOn", "employer.document.issuedBy", "employer.name", "employer.bin",
            "household.region", "household.locality", "household.street", "household.house",
            "household.flat", "request.months", "request.startDate", "request.profession",
            "request.sector", "request.salary", "request.reason", "request.eventDate",
            "permit.number", "permit.validFrom", "permit.validTo", "permit.issuedOn",
            "permit.monthsSoFar", "certificate.number", "certificate.validFrom", "certificate.validTo",
            "termination.date", "prepayment.amount", "prepayment.paidOn", "prepayment.taxOffice",
            "consent.personalData").collect(Collectors.toSet()));

    /** Values derived by the engine or supplied with the decision, receipt, office and clerk. */
    public static final Set<String> PRINT_IDS = Set.of(
            "applicant.fullName", "employer.fullName", "service.action", "office.name",
            "office.address", "clerk.name", "today", "receipt.lines",
            "decision.permitNumber", "decision.extendedPermitNumber", "decision.validFrom",
            "decision.validTo", "decision.region", "decision.authority", "decision.signerPosition",
            "decision.signerName", "decision.issuedOn", "decision.ground", "decision.groundText",
            "decision.revocationDate", "decision.revocationReason", "decision.certificateNumber",
            "decision.basis", "decision.stayUntil", "application.attachments");

    public static final Set<String> KNOWN_IDS = Stream.concat(APPLICATION_IDS.stream(), PRINT_IDS.stream())
            .collect(Collectors.toUnmodifiableSet());

    private Placeholders() {
    }

    /** A placeholder: {@code kind} is {@code value}, {@code country}, {@code region} or {@code date}. */
    public record Slot(String kind, String id, String pattern, String source) {
    }

    /** A piece of a template: fixed text or a slot (exactly one is non-null). */
    public record Segment(String literal, Slot slot) {
    }

    /** Splits a template into fixed text and placeholders. */
    public static List<Segment> parse(String template) {
        List<Segment> out = new ArrayList<>();
        if (template == null) {
            return out;
        }
        Matcher m = PLACEHOLDER.matcher(template);
        int last = 0;
        while (m.find()) {
            if (m.start() > last) {
                out.add(new Segment(template.substring(last, m.start()), null));
            }
            String kind = m.group(1) == null ? "value" : m.group(1);
            out.add(new Segment(null, new Slot(kind, m.group(2), m.group(3), m.group())));
            last = m.end();
        }
        if (last < template.length()) {
            out.add(new Segment(template.substring(last), null));
        }
        return out;
    }

    /** The fixed phrases of a template: the text between placeholders, stripped, non-empty. */
    public static List<String> fixedPhrases(String template) {
        return parse(template).stream().filter(s -> s.literal() != null).map(s -> s.literal().strip())
                .filter(s -> !s.isEmpty()).toList();
    }

    /** The slots of a template. */
    public static List<Slot> slots(String template) {
        return parse(template).stream().filter(s -> s.slot() != null).map(Segment::slot).toList();
    }

    /** Whether the id is in the vocabulary. */
    public static boolean isKnown(String id) {
        return KNOWN_IDS.contains(id);
    }
}
