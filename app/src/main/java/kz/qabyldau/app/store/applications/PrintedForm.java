package kz.qabyldau.app.store.applications;

import java.time.Instant;
import java.util.UUID;

/**
 * A PDF printed for an application, kept with its record ({@link PrintedForms}).
 *
 * @param formId the form's id (e.g. {@code permit.app1}); {@code lang} its language
 * @param sha256 of the PDF bytes
 */
public record PrintedForm(long id, UUID applicationId, String formId, String lang, Instant printedAt, long size,
                          String sha256) {
}
