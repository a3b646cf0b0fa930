package kz.qabyldau.forms.verdict;

import kz.qabyldau.forms.service.LocalizedText;

/**
 * A field of the form that must be corrected.
 *
 * @param field the field id, or {@code documents.TYPE.DATE} for a date a document rule needs
 * @param code  a stable code: {@code REQUIRED}, {@code NOT_A_DATE}, {@code INVALID_IIN} …
 */
public record FieldError(String field, String code, LocalizedText message) {
}
