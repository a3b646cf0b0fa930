package kz.qabyldau.forms.print;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The text of one printed form (an appendix of the rules) in one language, as read from
 * {@code /qabyldau/forms/<form>.<lang>.json}. The format is described in {@code docs/form-texts.md}.
 *
 * @param form          form id, e.g. {@code permit-app4}
 * @param language      {@code kk} or {@code ru}
 * @param effectiveFrom first day this text is in force
 * @param source        where the text comes from (order, appendix, seed)
 * @param translationOf for a translation, the language of the original; otherwise {@code null}
 * @param copies        one label per copy to print (App. 4 prints two); empty = one unlabelled copy
 * @param blocks        the content, top to bottom
 */
@JsonIgnoreProperties(ignoreUnknown = true) // top-level notes (confidence, reviewer) do not concern the engine
public record FormText(String form, String language, LocalDate effectiveFrom, String source,
                       String translationOf, List<String> copies, List<Block> blocks) {

    public FormText {
        copies = copies == null ? List.of() : List.copyOf(copies);
        blocks = blocks == null ? List.of() : List.copyOf(blocks);
    }
}
