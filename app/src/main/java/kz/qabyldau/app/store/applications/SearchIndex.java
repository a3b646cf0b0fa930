package kz.qabyldau.app.store.applications;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import kz.qabyldau.app.store.SearchTerms;
import kz.qabyldau.app.store.Vault;
import kz.qabyldau.forms.application.Application;

/**
 * What the office search finds an application by, and keeping its {@code search_term} rows in step with
 * the application: called inside the transaction that creates, saves, decides or imports it
 * (docs/search.md, "The index").
 */
final class SearchIndex {

    /** Compiled once (String.split compiles a pattern of more than one character on every call). */
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s-]+");

    /** Each prefix of each word of the applicant's names, folded to lower-case Latin. */
    static final String NAME = "n";
    /** The applicant's or the employer's IIN, digits only. */
    static final String IIN = "iin";
    /** The applicant's passport (identity document) number, upper case without spaces. */
    static final String DOCUMENT = "doc";
    /** A permit or certificate number: the one issued, or the earlier one an extension names. */
    static final String PERMIT = "permit";

    /** Longer words are indexed and looked up by their first {@value} letters. */
    static final int LONGEST_PREFIX = 24;

    /** One (kind, normalised value) pair. */
    record Term(String kind, String value) {
    }

    private SearchIndex() {
    }

    /** The terms of {@code application}, whose issued permit or certificate number is {@code permitNumber}. */
    static Set<Term> terms(Application application, String permitNumber) {
        Set<Term> terms = new LinkedHashSet<>();
        for (String field : List.of("applicant.surname", "applicant.givenNames", "applicant.latinName")) {
            for (String word : nameWords(ApplicationRows.text(application, field))) {
                for (int n = 1; n <= word.length(); n++) {
                    terms.add(new Term(NAME, word.substring(0, n)));
                }
            }
        }
        for (String field : List.of("applicant.iin", "employer.iin")) {
            addNumber(terms, IIN, ApplicationRows.text(application, field));
        }
        addNumber(terms, DOCUMENT, ApplicationRows.text(application, "applicant.document.number"));
        addNumber(terms, PERMIT, ApplicationRows.text(application, "permit.number"));
        addNumber(terms, PERMIT, permitNumber);
        return terms;
    }

    /**
     * The words of a name as the index keeps them: Cyrillic (Russian and Kazakh letters) written in Latin
     * by the reference table, lower case, split at spaces and hyphens, each at most {@link #LONGEST_PREFIX}
     * letters. "Жұмабекова", "ЖҰМАБЕКОВА" and "Zhumabekova" give the same word.
     */
    static List<String> nameWords(String name) {
        List<String> words = new ArrayList<>();
        for (String w : WORD_BREAK.split(ApplicationRows.latin(name).toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) {
                words.add(w.length() > LONGEST_PREFIX ? w.substring(0, LONGEST_PREFIX) : w);
            }
        }
        return words;
    }

    private static void addNumber(Set<Term> terms, String kind, String number) {
        String n = number == null ? "" : ApplicationRows.normalizeNumber(number);
        if (!n.isEmpty()) {
            terms.add(new Term(kind, n));
        }
    }

    /** The next free {@code application.search_no}: applications are numbered in the order they are made. */
    static long nextRecord(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT coalesce(max(search_no), 0) + 1 FROM application");
             ResultSet rs = st.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The application's {@code search_no}, or -1 for a row not yet indexed (written before schema 15). */
    static long record(Connection c, String id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT search_no FROM application WHERE id = ?")) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    return -1;
                }
                long no = rs.getLong(1);
                return rs.wasNull() ? -1 : no;
            }
        }
    }

    /** Makes the stored terms of {@code record} go from {@code before} to {@code after}. */
    static void replace(Connection c, Vault vault, long record, Set<Term> before, Set<Term> after)
            throws SQLException {
        Set<Term> gone = new LinkedHashSet<>(before);
        gone.removeAll(after);
        Set<Term> added = new LinkedHashSet<>(after);
        added.removeAll(before);
        try (PreparedStatement st = c.prepareStatement("DELETE FROM search_term WHERE term = ? AND record = ?")) {
            for (Term t : gone) {
                st.setBytes(1, SearchTerms.term(vault, t.kind(), t.value()));
                st.setLong(2, record);
                st.addBatch();
            }
            st.executeBatch();
        }
        insert(c, vault, record, added);
    }

    /** Adds the terms of {@code record} (those already there are kept). */
    static void insert(Connection c, Vault vault, long record, Collection<Term> terms) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "INSERT OR IGNORE INTO search_term (term, record) VALUES (?, ?)")) {
            addBatch(st, vault, record, terms);
            st.executeBatch();
        }
    }

    /** Binds one row per term to {@code st} ({@code INSERT ... (term, record)}), for a caller that batches more. */
    static void addBatch(PreparedStatement st, Vault vault, long record, Collection<Term> terms) throws SQLException {
        for (Term t : terms) {
            st.setBytes(1, SearchTerms.term(vault, t.kind(), t.value()));
            st.setLong(2, record);
            st.addBatch();
        }
    }
}
