package kz.qabyldau.forms.print;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One block of a form text. Every block may carry {@code when} (print only if all the named
 * values equal the given ones, e.g. {@code {"service.action": "duplicate"}}) and a {@code note}
 * for the reader of the data file, which the engine ignores.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Block.Corner.class, name = "corner"),
        @JsonSubTypes.Type(value = Block.Title.class, name = "title"),
        @JsonSubTypes.Type(value = Block.Paragraph.class, name = "paragraph"),
        @JsonSubTypes.Type(value = Block.Field.class, name = "field"),
        @JsonSubTypes.Type(value = Block.Choice.class, name = "choice"),
        @JsonSubTypes.Type(value = Block.ListBlock.class, name = "list"),
        @JsonSubTypes.Type(value = Block.Table.class, name = "table"),
        @JsonSubTypes.Type(value = Block.Bars.class, name = "bars"),
        @JsonSubTypes.Type(value = Block.Signatures.class, name = "signatures"),
        @JsonSubTypes.Type(value = Block.Spacer.class, name = "spacer"),
        @JsonSubTypes.Type(value = Block.PageBreak.class, name = "pageBreak")
})
public sealed interface Block {

    /** Conditions on data values; the block prints only when every one holds. May be null. */
    Map<String, String> when();

    /** Right-aligned small lines at the top ("… қағидаларына 4-қосымша", "Нысан"). */
    record Corner(List<String> lines, Map<String, String> when, String note) implements Block {
    }

    /** A centred bold heading. */
    record Title(String text, Map<String, String> when, String note) implements Block {
    }

    /**
     * Running text. {@code indent}: {@code true} for the usual first-line indent, or a number of
     * millimetres. {@code size}: font size in points (default 12).
     */
    record Paragraph(String text, String align, Boolean bold, JsonNode indent, Double size,
                     Map<String, String> when, String note) implements Block {
    }

    /**
     * A filled line: optional label, the value on an underlined line, a small caption under it.
     * {@code lines}: how many underlined lines at least (the form's blank lines), default 1.
     */
    record Field(String label, String value, String caption, Integer lines,
                 Map<String, String> when, String note) implements Block {
    }

    /** Alternatives of which the ones not selected are struck out ("беру/ұзарту"). */
    record Choice(String label, List<Option> options, String selected, String after, String align,
                  Map<String, String> when, String note) implements Block {
        /** One alternative: the id compared with {@code selected} and the printed word. */
        public record Option(String id, String text) {
        }
    }

    /**
     * A numbered or bulleted list: {@code items} is an array of texts or a placeholder naming a
     * list value. {@code blankLines}: how many empty numbered lines to print when the list value
     * is empty (default 3, as the blank forms have).
     */
    record ListBlock(JsonNode items, Boolean numbered, Integer blankLines,
                     Map<String, String> when, String note) implements Block {
    }

    /** A bordered table; {@code widths} are optional relative column widths. */
    record Table(List<String> columns, List<List<String>> rows, List<Double> widths,
                 Map<String, String> when, String note) implements Block {
    }

    /**
     * A bar chart: one horizontal bar per row, its label on the left, the values of the {@code series} stacked in
     * shades of grey (legible on a black-and-white printer), a legend above and each bar's total printed at its end.
     * Rows are separate, so a long chart breaks between bars.
     */
    record Bars(List<String> series, List<BarRow> rows, Map<String, String> when, String note) implements Block {
        /** One bar: its label and one value per series (non-negative). */
        public record BarRow(String label, List<Double> values) {
        }
    }

    /** Signature lines: per row up to two captioned blank lines to sign on. */
    record Signatures(List<SignatureRow> rows, Map<String, String> when, String note) implements Block {
        /**
         * One row. {@code left}/{@code right}: caption under the line; {@code leftValue}/
         * {@code rightValue}: optional text printed on the line (e.g. the clerk's name).
         */
        public record SignatureRow(String left, String right, String leftValue, String rightValue) {
        }
    }

    /** Vertical space in millimetres. */
    record Spacer(Double height, Map<String, String> when, String note) implements Block {
    }

    /** Starts a new page. */
    record PageBreak(Map<String, String> when, String note) implements Block {
    }
}
