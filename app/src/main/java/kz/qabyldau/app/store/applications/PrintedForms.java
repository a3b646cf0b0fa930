package kz.qabyldau.app.store.applications;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.UUID;

import kz.qabyldau.app.store.PersonalColumns;

/**
 * The PDFs printed for an application (App. 1 for signatures, the receipt of refusal, the permit …),
 * kept with its record so a lost paper is reprinted exactly as it was. Obtain it from
 * {@link ApplicationStore#printedForms()}.
 */
public final class PrintedForms {

    private final StoreContext context;

    PrintedForms(StoreContext context) {
        this.context = context;
    }

    /**
     * Keeps a printed PDF with the application.
     *
     * @param formId e.g. {@code permit.app1}; {@code lang} the language it was printed in
     * @throws ApplicationNotFoundException no such application
     * @throws IllegalArgumentException     the bytes are not a PDF
     */
    public PrintedForm save(UUID applicationId, String formId, String lang, byte[] pdf) {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(formId, "formId");
        Objects.requireNonNull(lang, "lang");
        if (!Scans.PDF.equals(Scans.sniff(Objects.requireNonNull(pdf, "pdf")).orElse(""))) {
            throw new IllegalArgumentException("printed form " + formId + " is not a PDF");
        }
        String sha256 = Scans.sha256(pdf);
        Instant now = context.now();
        return context.database().write(c -> {
            ApplicationRows.require(c, context.database().vault(), applicationId);
            try (PreparedStatement st = c.prepareStatement("INSERT INTO printed_form (application_id, form_id, lang, "
                    + "printed_at, size, sha256, pdf) VALUES (?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                st.setString(1, applicationId.toString());
                st.setString(2, formId);
                st.setString(3, lang);
                st.setString(4, StoreContext.iso(now));
                st.setLong(5, pdf.length);
                st.setString(6, sha256);
                st.setBytes(7, context.database().vault().seal(pdf,
                        PersonalColumns.PRINTED_PDF.cell(applicationId + "/" + sha256)));
                st.executeUpdate();
                try (ResultSet keys = st.getGeneratedKeys()) {
                    keys.next();
                    return new PrintedForm(keys.getLong(1), applicationId, formId, lang, now, pdf.length, sha256);
                }
            }
        });
    }

    /** The forms printed for the application, in printing order. */
    public List<PrintedForm> list(UUID applicationId) {
        return context.database().read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT id, application_id, form_id, lang, printed_at, "
                    + "size, sha256 FROM printed_form WHERE application_id = ? ORDER BY id")) {
                st.setString(1, applicationId.toString());
                List<PrintedForm> forms = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        forms.add(map(rs));
                    }
                }
                return forms;
            }
        });
    }

    /**
     * The PDF bytes of a printed form.
     *
     * @throws NoSuchElementException no printed form {@code id}
     */
    public byte[] content(long id) {
        return context.database().read(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT pdf, application_id || '/' || sha256 FROM printed_form WHERE id = ?")) {
                st.setLong(1, id);
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        throw new NoSuchElementException("no printed form " + id);
                    }
                    return context.database().vault().open(rs.getBytes(1),
                            PersonalColumns.PRINTED_PDF.cell(rs.getString(2)));
                }
            }
        });
    }

    private static PrintedForm map(ResultSet rs) throws SQLException {
        return new PrintedForm(rs.getLong(1), UUID.fromString(rs.getString(2)), rs.getString(3), rs.getString(4),
                Instant.parse(rs.getString(5)), rs.getLong(6), rs.getString(7));
    }
}
