package kz.qabyldau.forms.verdict;

import kz.qabyldau.forms.service.LocalizedText;

/**
 * One line of the receipt of refusal to accept documents (App. 4): a missing or expired document and why.
 * There is deliberately no way to override a receipt line.
 *
 * @param document the document type id
 * @param reason   {@code MISSING}, {@code ISSUED_TOO_LONG_AGO}, {@code BORDER_CROSSING_TOO_OLD} or {@code EXPIRED}
 * @param rule     the definition's reference for the requirement (e.g. {@code App. 2, 1.4})
 */
public record ReceiptLine(String document, String reason, String rule, LocalizedText message) {
}
