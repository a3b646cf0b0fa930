package kz.qabyldau.app.store.applications;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.qabyldau.app.store.PersonalColumns;
import kz.qabyldau.app.store.SearchTerms;
import kz.qabyldau.app.store.Vault;
import kz.qabyldau.forms.application.Application;

/**
 * The office search: any draft, application or record by name prefix, IIN, passport number, permit or
 * certificate number, central reference or queue ticket. Works the same on a plain and on an encrypted
 * database: names and numbers are looked up as terms of the {@code search_term} index
 * ({@link SearchTerms}), never by opening the stored applications; only the page shown is opened.
 * Obtain it from {@link ApplicationStore#search()}. Docs: docs/search.md.
 */
public final class Search {

    /** Counting stops here: "more than 1000" is all a clerk needs to know to type more. */
    public static final int COUNT_LIMIT = 1000;

    private static final Logger LOG = LoggerFactory.getLogger(Search.class);
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern IIN = Pattern.compile("\\d{12}");
    private static final int CATCH_UP_BATCH = 500;

    private static final String HIT_COLUMNS = "a.id, a.service, a.status, a.applicant_name, a.ticket, "
            + "a.server_reference, a.permit_number, a.started_at, a.updated_at, a.finished_at, a.decided_at, "
            + "a.handed_out_at, a.clerk, a.finished_by, a.handed_out_by";

    private final StoreContext context;
    private volatile boolean caughtUp;

    Search(StoreContext context) {
        this.context = context;
    }

    /**
     * The applications matching {@code query}, newest first, {@code limit} of them from {@code offset}.
     * With a digit in it the query is a number: an IIN (12 digits), else a permit, passport, reference or
     * ticket number, spaces and case ignored; the first of these kinds with a match answers. Otherwise
     * each word is the beginning of one of the applicant's names, in Cyrillic or Latin letters, any case.
     *
     * @throws kz.qabyldau.app.store.StoreException {@code store.database.keyLocked} when encrypted and locked
     */
    public SearchResult find(String query, int offset, int limit) {
        Objects.requireNonNull(query, "query");
        if (offset < 0 || limit < 1) {
            throw new IllegalArgumentException("offset " + offset + ", limit " + limit);
        }
        catchUp();
        if (DIGIT.matcher(query).find()) {
            return number(ApplicationRows.normalizeNumber(query), offset, limit);
        }
        List<String> words = SearchIndex.nameWords(query);
        if (words.isEmpty()) {
            return new SearchResult(SearchKind.NONE, 0, List.of());
        }
        Vault vault = context.database().vault();
        // The longest word drives the lookup (fewest rows); each other word must be a term of the same record.
        List<String> ordered = new ArrayList<>(words);
        ordered.sort(Comparator.comparingInt(String::length).reversed());
        List<byte[]> terms = ordered.stream().distinct()
                .map(w -> SearchTerms.term(vault, SearchIndex.NAME, w)).toList();
        return termsResult(SearchKind.NAME, terms, offset, limit);
    }

    private SearchResult number(String n, int offset, int limit) {
        Vault vault = context.database().vault();
        List<SearchKind> kinds = IIN.matcher(n).matches()
                ? List.of(SearchKind.IIN, SearchKind.PERMIT, SearchKind.PASSPORT, SearchKind.REFERENCE,
                        SearchKind.TICKET)
                : List.of(SearchKind.PERMIT, SearchKind.PASSPORT, SearchKind.REFERENCE, SearchKind.TICKET);
        for (SearchKind kind : kinds) {
            SearchResult result = switch (kind) {
                case IIN -> termsResult(kind, List.of(SearchTerms.term(vault, SearchIndex.IIN, n)), offset, limit);
                case PERMIT -> termsResult(kind, List.of(SearchTerms.term(vault, SearchIndex.PERMIT, n)), offset,
                        limit);
                case PASSPORT -> termsResult(kind, List.of(SearchTerms.term(vault, SearchIndex.DOCUMENT, n)), offset,
                        limit);
                case REFERENCE -> columnResult(kind, "server_reference", n, offset, limit);
                default -> columnResult(kind, "ticket", n, offset, limit);
            };
            if (result.total() > 0) {
                return result;
            }
        }
        return new SearchResult(IIN.matcher(n).matches() ? SearchKind.IIN : SearchKind.NONE, 0, List.of());
    }

    /** Records that have every one of {@code terms}; the first drives the index range. */
    private SearchResult termsResult(SearchKind kind, List<byte[]> terms, int offset, int limit) {
        StringBuilder where = new StringBuilder("t.term = ?");
        for (int i = 1; i < terms.size(); i++) {
            where.append(" AND EXISTS (SELECT 1 FROM search_term x").append(i).append(" WHERE x").append(i)
                    .append(".term = ? AND x").append(i).append(".record = t.record)");
        }
        String from = " FROM search_term t WHERE " + where;
        return context.database().read(c -> {
            int total = count(c, "SELECT 1" + from, terms);
            if (total == 0 || offset >= total && total < COUNT_LIMIT) {
                return new SearchResult(kind, total, List.of());
            }
            String sql = "SELECT " + HIT_COLUMNS + " FROM (SELECT t.record" + from
                    + " ORDER BY t.record DESC LIMIT ? OFFSET ?) r JOIN application a ON a.search_no = r.record "
                    + "ORDER BY a.search_no DESC";
            return new SearchResult(kind, total, hits(c, sql, terms, offset, limit));
        });
    }

    /** Applications whose plain, not personal {@code column} is {@code value} (case ignored). */
    private SearchResult columnResult(SearchKind kind, String column, String value, int offset, int limit) {
        String from = " FROM application a WHERE a." + column + " = ? COLLATE NOCASE AND a.search_no IS NOT NULL";
        List<String> args = List.of(value);
        return context.database().read(c -> {
            int total = count(c, "SELECT 1" + from, args);
            if (total == 0) {
                return new SearchResult(kind, 0, List.of());
            }
            String sql = "SELECT " + HIT_COLUMNS + from + " ORDER BY a.search_no DESC LIMIT ? OFFSET ?";
            return new SearchResult(kind, total, hits(c, sql, args, offset, limit));
        });
    }

    private static int count(Connection c, String select, List<?> args) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT count(*) FROM (" + select + " LIMIT ?)")) {
            int i = bind(st, args);
            st.setInt(i, COUNT_LIMIT);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private List<SearchHit> hits(Connection c, String sql, List<?> args, int offset, int limit) throws SQLException {
        Vault vault = context.database().vault();
        try (PreparedStatement st = c.prepareStatement(sql)) {
            int i = bind(st, args);
            st.setInt(i, limit);
            st.setInt(i + 1, offset);
            List<SearchHit> hits = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    hits.add(hit(rs, vault));
                }
            }
            return hits;
        }
    }

    private static SearchHit hit(ResultSet rs, Vault vault) throws SQLException {
        UUID id = UUID.fromString(rs.getString(1));
        String row = id.toString();
        return new SearchHit(id, rs.getString(2), ApplicationStatus.valueOf(rs.getString(3)),
                PersonalColumns.APPLICANT_NAME.open(vault, row, rs.getString(4)), rs.getString(5),
                Optional.ofNullable(rs.getString(6)),
                Optional.ofNullable(PersonalColumns.PERMIT_NUMBER.open(vault, row, rs.getString(7))),
                Instant.parse(rs.getString(8)), Instant.parse(rs.getString(9)), instant(rs.getString(10)),
                instant(rs.getString(11)), instant(rs.getString(12)), rs.getString(13),
                Optional.ofNullable(rs.getString(14)), Optional.ofNullable(rs.getString(15)));
    }

    private static Optional<Instant> instant(String stored) {
        return Optional.ofNullable(stored).map(Instant::parse);
    }

    private static int bind(PreparedStatement st, List<?> args) throws SQLException {
        int i = 1;
        for (Object a : args) {
            if (a instanceof byte[] bytes) {
                st.setBytes(i++, bytes);
            } else {
                st.setString(i++, (String) a);
            }
        }
        return i;
    }

    /**
     * Numbers and indexes the applications written before the search index existed (schema 15), oldest
     * first, a batch per transaction. Once done it is not looked at again in this session: every later
     * write numbers and indexes its application itself.
     */
    private void catchUp() {
        if (caughtUp) {
            return;
        }
        Vault vault = context.database().vault();
        int indexed = 0;
        while (true) {
            int done = context.database().write(c -> indexBatch(c, vault));
            indexed += done;
            if (done < CATCH_UP_BATCH) {
                break;
            }
        }
        if (indexed > 0) {
            LOG.info("Search index: {} earlier application(s) indexed", indexed);
        }
        caughtUp = true;
    }

    private static int indexBatch(Connection c, Vault vault) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement("SELECT id, application_json, permit_number FROM application "
                + "WHERE search_no IS NULL ORDER BY started_at, id LIMIT " + CATCH_UP_BATCH);
             ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                rows.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
            }
        }
        long record = SearchIndex.nextRecord(c);
        try (PreparedStatement number = c.prepareStatement("UPDATE application SET search_no = ? WHERE id = ?")) {
            for (String[] row : rows) {
                UUID id = UUID.fromString(row[0]);
                Application a = ApplicationRows.parse(id, PersonalColumns.APPLICATION_JSON.open(vault, row[0], row[1]));
                String permit = PersonalColumns.PERMIT_NUMBER.open(vault, row[0], row[2]);
                number.setLong(1, record);
                number.setString(2, row[0]);
                number.executeUpdate();
                SearchIndex.insert(c, vault, record, SearchIndex.terms(a, permit));
                record++;
            }
        }
        return rows.size();
    }
}
