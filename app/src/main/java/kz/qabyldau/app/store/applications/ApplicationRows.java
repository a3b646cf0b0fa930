package kz.qabyldau.app.store.applications;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.regex.Pattern;

import kz.qabyldau.app.store.PersonalColumns;
import kz.qabyldau.app.store.Vault;
import kz.qabyldau.forms.application.Application;
import kz.qabyldau.forms.application.ApplicationFormatException;
import kz.qabyldau.forms.application.ApplicationJson;
import kz.qabyldau.forms.identity.LatinNames;
import kz.qabyldau.forms.reference.ReferenceData;

/** Reading rows of {@code application} and deriving its search columns. Shared by the store's classes. */
final class ApplicationRows {

    /** Compiled once: every autosave normalises several values (String.replaceAll compiles on each call). */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    static final String COLUMNS = "id, service, status, application_json, ticket, clerk, started_at, updated_at, "
            + "version, service_time_ms, workstation_id, training, saved_by, verdict_json, finished_at, finished_by, "
            + "server_reference, permit_number";

    private ApplicationRows() {
    }

    static Optional<StoredApplication> find(Connection c, Vault vault, UUID id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM application WHERE id = ?")) {
            st.setString(1, id.toString());
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(map(rs, vault)) : Optional.empty();
            }
        }
    }

    static StoredApplication require(Connection c, Vault vault, UUID id) throws SQLException {
        return find(c, vault, id).orElseThrow(() -> new ApplicationNotFoundException(id));
    }

    /** A row of {@link #COLUMNS}, its personal values opened by {@code vault}. */
    static StoredApplication map(ResultSet rs, Vault vault) throws SQLException {
        UUID id = UUID.fromString(rs.getString(1));
        String row = id.toString();
        return new StoredApplication(id, rs.getString(2), ApplicationStatus.valueOf(rs.getString(3)),
                parse(id, PersonalColumns.APPLICATION_JSON.open(vault, row, rs.getString(4))), rs.getString(5),
                rs.getString(6), Instant.parse(rs.getString(7)),
                Instant.parse(rs.getString(8)), rs.getLong(9), Duration.ofMillis(rs.getLong(10)), rs.getString(11),
                rs.getInt(12) == 1, rs.getString(13),
                Optional.ofNullable(PersonalColumns.VERDICT_JSON.open(vault, row, rs.getString(14))),
                Optional.ofNullable(rs.getString(15)).map(Instant::parse), Optional.ofNullable(rs.getString(16)),
                Optional.ofNullable(rs.getString(17)),
                Optional.ofNullable(PersonalColumns.PERMIT_NUMBER.open(vault, row, rs.getString(18))));
    }

    /** The stored JSON was written by this program: failing to read it back is a bug, not bad input. */
    static Application parse(UUID id, String json) {
        try {
            return ApplicationJson.read(json);
        } catch (ApplicationFormatException e) {
            throw new IllegalStateException("stored application " + id + " is unreadable: " + e.getMessage(), e);
        }
    }

    /** The applicant's name as typed: surname, given names, patronymic. */
    static String applicantName(Application a) {
        return Stream.of("applicant.surname", "applicant.givenNames", "applicant.patronymic")
                .map(f -> text(a, f)).filter(s -> !s.isEmpty()).collect(Collectors.joining(" "));
    }

    static String passportNumber(Application a) {
        return normalizeNumber(text(a, "applicant.document.number"));
    }

    static String iin(Application a) {
        return WHITESPACE.matcher(text(a, "applicant.iin")).replaceAll("");
    }

    /**
     * What the drafts search looks in, lower case: the name as typed, in Latin letters (the MRZ name
     * and a transliteration of the Cyrillic one, so a clerk may type either alphabet), the passport
     * number, the IIN and the ticket.
     */
    static String searchKey(Application a, String ticket) {
        String name = applicantName(a);
        return normalizeQuery(String.join(" ", name, Transliteration.NAMES.latin(name), text(a, "applicant.latinName"),
                passportNumber(a), iin(a), ticket));
    }

    /** The name in Latin capitals, Cyrillic and Kazakh letters by the reference table ({@link LatinNames}). */
    static String latin(String name) {
        return Transliteration.NAMES.latin(name);
    }

    /** Lower case (Java's, which knows Cyrillic and Kazakh letters), single spaces. */
    static String normalizeQuery(String text) {
        return WHITESPACE.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** Document and permit numbers: upper case, no spaces (clerks type "N 12 34", "n1234"). */
    static String normalizeNumber(String number) {
        return WHITESPACE.matcher(number).replaceAll("").toUpperCase(Locale.ROOT);
    }

    /** Loaded once, on the first save: {@link LatinNames#transliterate} reads the reference data on every call. */
    private static final class Transliteration {
        static final LatinNames NAMES = new LatinNames(ReferenceData.loadBundled().transliteration());
    }

    static String text(Application a, String field) {
        return a.field(field).map(String::valueOf).map(String::strip).orElse("");
    }
}
