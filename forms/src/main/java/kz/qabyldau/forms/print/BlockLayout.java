package kz.qabyldau.forms.print;

import static kz.qabyldau.forms.print.PageCanvas.LEFT;
import static kz.qabyldau.forms.print.PageCanvas.MM;
import static kz.qabyldau.forms.print.PageCanvas.WIDTH;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.font.PDType0Font;

import com.fasterxml.jackson.databind.JsonNode;

import kz.qabyldau.forms.print.PageCanvas.Align;
import kz.qabyldau.forms.print.TextLayout.Fragment;
import kz.qabyldau.forms.print.TextLayout.Word;

/**
 * Turns each block of a form text, filled with the data, into rows of known height that the
 * renderer places down the pages. Measuring first is what lets a field stay together with its
 * caption and a page break fall between rows, never through one.
 */
final class BlockLayout {

    static final float BODY = 12f;
    static final float CAPTION = 8.5f;
    static final float CORNER = 10f;
    static final float TITLE = 13f;
    static final float INDENT = 12.5f * MM;

    /** Something drawn with its top edge at the cursor. */
    interface Row {
        float height();

        void draw(PageCanvas canvas, float top);
    }

    /**
     * The rows of one block. {@code keepTogether} moves the whole block to the next page if it
     * does not fit; {@code glue} keeps it on the page of its neighbour: a heading with what
     * follows, signature lines with the field they sign.
     */
    record Group(List<Row> rows, boolean keepTogether, boolean pageBreak, Glue glue) {

        Group(List<Row> rows, boolean keepTogether, boolean pageBreak) {
            this(rows, keepTogether, pageBreak, Glue.NONE);
        }

        /** Which neighbour a block must share a page with. */
        enum Glue { NONE, NEXT, PREVIOUS }

        /** The height that must fit for the block to start on this page. */
        float minimum() {
            return keepTogether || rows.isEmpty() ? height() : rows.get(0).height();
        }

        float height() {
            float h = 0;
            for (Row r : rows) {
                h += r.height();
            }
            return h;
        }
    }

    private final FormValues values;
    private final FormFonts.Faces faces;

    BlockLayout(FormValues values, FormFonts.Faces faces) {
        this.values = values;
        this.faces = faces;
    }

    Group layout(Block block) {
        if (block instanceof Block.Corner c) {
            return corner(c);
        } else if (block instanceof Block.Title t) {
            return title(t);
        } else if (block instanceof Block.Paragraph p) {
            return paragraph(p);
        } else if (block instanceof Block.Field f) {
            return field(f);
        } else if (block instanceof Block.Choice c) {
            return choice(c);
        } else if (block instanceof Block.ListBlock l) {
            return list(l);
        } else if (block instanceof Block.Table t) {
            return new TableLayout(values, faces).layout(t);
        } else if (block instanceof Block.Bars b) {
            return new BarsLayout(values, faces).layout(b);
        } else if (block instanceof Block.Signatures s) {
            return signatures(s);
        } else if (block instanceof Block.Spacer s) {
            return new Group(List.of(space(s.height() == null ? 5 * MM : s.height().floatValue() * MM)), false, false);
        }
        return new Group(List.of(), false, true); // Block.PageBreak
    }

    private Group corner(Block.Corner c) {
        List<Row> rows = new ArrayList<>();
        float column = 85 * MM;
        for (String line : c.lines()) {
            rows.addAll(textRows(fragments(line, faces.regular(), CORNER, false), LEFT + WIDTH - column, column,
                    column, Align.RIGHT, CORNER));
        }
        rows.add(space(4 * MM));
        return new Group(rows, true, false, Group.Glue.NEXT);
    }

    private Group title(Block.Title t) {
        List<Row> rows = new ArrayList<>();
        rows.add(space(3 * MM));
        rows.addAll(textRows(fragments(t.text(), faces.bold(), TITLE, false), LEFT, WIDTH, WIDTH, Align.CENTER, TITLE));
        rows.add(space(3 * MM));
        return new Group(rows, true, false, Group.Glue.NEXT);
    }

    private Group paragraph(Block.Paragraph p) {
        float size = p.size() == null ? BODY : p.size().floatValue();
        PDType0Font font = Boolean.TRUE.equals(p.bold()) ? faces.bold() : faces.regular();
        float indent = indent(p.indent());
        List<Row> rows = new ArrayList<>(textRows(fragments(p.text(), font, size, false), LEFT, WIDTH - indent,
                WIDTH, align(p.align(), Align.JUSTIFY), size, indent));
        rows.add(space(1.2f * MM));
        // a bold paragraph is a heading of what follows (e.g. the parties' details before their table)
        return new Group(rows, false, false, Boolean.TRUE.equals(p.bold()) ? Group.Glue.NEXT : Group.Glue.NONE);
    }

    private Group field(Block.Field f) {
        List<Row> rows = new ArrayList<>();
        float space = spaceWidth(BODY);
        float labelEnd = 0;
        // the label's last line, drawn on the same row as the value's first line
        List<Word> labelTail = List.of();
        if (f.label() != null && !f.label().isBlank()) {
            List<Word> labelWords = TextLayout.words(fragments(f.label(), faces.regular(), BODY, false));
            List<List<Word>> labelLines = TextLayout.lines(labelWords, WIDTH, WIDTH, space);
            for (int i = 0; i < labelLines.size() - 1; i++) {
                rows.add(new LineRow(labelLines.get(i), LEFT, WIDTH, Align.LEFT, false, BODY, space));
            }
            List<Word> last = labelLines.get(labelLines.size() - 1);
            if (WIDTH - lineWidth(last, space) - space < 35 * MM) {
                // too little room left for a value: the line starts below the label
                rows.add(new LineRow(last, LEFT, WIDTH, Align.LEFT, false, BODY, space));
            } else {
                labelTail = last;
                labelEnd = lineWidth(last, space) + space;
            }
        }
        boolean blank = f.value() == null || values.allEmpty(f.value());
        List<Word> valueWords = blank ? List.of()
                : TextLayout.words(fragments(f.value(), faces.regular(), BODY, true));
        // one point narrower: the value is drawn 1 pt right of the line's start
        List<List<Word>> valueLines = TextLayout.lines(valueWords, WIDTH - labelEnd - 1, WIDTH - 1, space);
        int minLines = f.lines() == null ? 1 : Math.max(1, f.lines());
        for (int i = 0; i < Math.max(minLines, valueLines.size()); i++) {
            List<Word> words = i < valueLines.size() ? valueLines.get(i) : List.of();
            rows.add(i == 0 ? new FieldRow(labelTail, words, LEFT + labelEnd, space)
                    : new FieldRow(List.of(), words, LEFT, space));
        }
        if (f.caption() != null && !f.caption().isBlank()) {
            rows.addAll(textRows(fragments(f.caption(), faces.regular(), CAPTION, false), LEFT + labelEnd,
                    WIDTH - labelEnd, WIDTH - labelEnd, Align.CENTER, CAPTION));
        }
        rows.add(space(1.5f * MM));
        return new Group(rows, true, false);
    }

    private Group choice(Block.Choice c) {
        String selected = c.selected() == null ? "" : values.fill(c.selected()).strip();
        boolean matched = c.options().stream().anyMatch(o -> o.id().equals(selected));
        List<Fragment> runs = new ArrayList<>();
        if (c.label() != null && !c.label().isBlank()) {
            runs.addAll(fragments(c.label(), faces.regular(), BODY, false));
            runs.add(new Fragment(" ", faces.regular(), BODY, false, false));
        }
        for (int i = 0; i < c.options().size(); i++) {
            Block.Choice.Option o = c.options().get(i);
            if (i > 0) {
                runs.add(new Fragment("/", faces.regular(), BODY, false, false));
            }
            boolean strike = matched && !o.id().equals(selected);
            for (Fragment f : fragments(o.text(), faces.regular(), BODY, false)) {
                runs.add(new Fragment(f.text(), f.font(), f.size(), strike, false));
            }
        }
        if (c.after() != null && !c.after().isBlank()) {
            runs.add(new Fragment(" ", faces.regular(), BODY, false, false));
            runs.addAll(fragments(c.after(), faces.regular(), BODY, false));
        }
        List<Row> rows = new ArrayList<>(textRows(runs, LEFT, WIDTH, WIDTH, align(c.align(), Align.LEFT), BODY));
        rows.add(space(1.2f * MM));
        return new Group(rows, false, false);
    }

    private Group list(Block.ListBlock l) {
        List<String> items = new ArrayList<>();
        JsonNode node = l.items();
        if (node != null && node.isTextual()) {
            items.addAll(values.list(node.asText()));
        } else if (node != null && node.isArray()) {
            node.forEach(n -> items.add(values.fill(n.asText())));
        }
        boolean numbered = !Boolean.FALSE.equals(l.numbered());
        List<Row> rows = new ArrayList<>();
        float space = spaceWidth(BODY);
        int blanks = l.blankLines() == null ? 3 : l.blankLines();
        int count = items.isEmpty() ? blanks : items.size();
        for (int i = 0; i < count; i++) {
            String marker = numbered ? (i + 1) + ")" : "–";
            Fragment m = new Fragment(marker, faces.regular(), BODY, false, false);
            float textX = LEFT + INDENT + Math.max(m.width() + space, 6 * MM);
            float width = LEFT + WIDTH - textX;
            if (items.isEmpty()) {
                rows.add(new ListRow(m, List.of(), textX, width, true, space));
                continue;
            }
            List<Word> words = TextLayout.words(
                    List.of(new Fragment(items.get(i), faces.regular(), BODY, false, false)));
            List<List<Word>> lines = TextLayout.lines(words, width, width, space);
            for (int j = 0; j < lines.size(); j++) {
                rows.add(new ListRow(j == 0 ? m : null, lines.get(j), textX, width, false, space));
            }
        }
        rows.add(space(1.2f * MM));
        return new Group(rows, false, false);
    }

    private Group signatures(Block.Signatures s) {
        List<Row> rows = new ArrayList<>();
        for (Block.Signatures.SignatureRow r : s.rows()) {
            rows.add(new SignatureRowLayout(values, faces).layout(r));
        }
        return new Group(rows, true, false, Group.Glue.PREVIOUS);
    }

    // --- helpers shared with the table and signature layouts ---

    /**
     * The filled template as styled runs. {@code onTheLine}: the text sits on a drawn line (a
     * field, a signature), so an empty value leaves nothing instead of underscores, and the
     * commas around it go too ("{position}, {name}" with no position prints just the name).
     */
    List<Fragment> fragments(String template, PDType0Font font, float size, boolean onTheLine) {
        if (onTheLine) {
            StringBuilder sb = new StringBuilder();
            for (FormValues.Piece p : values.expand(template)) {
                sb.append(p.blank() ? "" : p.text());
            }
            String text = PrintableText.clean(sb.toString()).replaceAll("\\s+([,;.])", "$1")
                    .replaceAll("([,;])(\\s*[,;])+", "$1").replaceAll("^[\\s,;]+|[\\s,;]+$", "");
            PrintableText.requirePrintable(text, "the form text", FormFonts.shared());
            return List.of(new Fragment(text, font, size, false, false));
        }
        List<Fragment> out = new ArrayList<>();
        for (FormValues.Piece p : values.expand(template)) {
            String text = p.value() ? p.text() : PrintableText.clean(p.text());
            if (!p.value()) {
                PrintableText.requirePrintable(text, "the form text", FormFonts.shared());
                // keep the spaces around fixed text that PrintableText.clean stripped
                if (p.text().startsWith(" ") || p.text().startsWith("\n")) {
                    text = " " + text;
                }
                if (p.text().endsWith(" ") || p.text().endsWith("\n")) {
                    text = text + " ";
                }
            }
            out.add(new Fragment(text, font, size, false, false));
        }
        return out;
    }

    List<Row> textRows(List<Fragment> runs, float x, float firstWidth, float width, Align align, float size) {
        return textRows(runs, x, firstWidth, width, align, size, 0);
    }

    private List<Row> textRows(List<Fragment> runs, float x, float firstWidth, float width, Align align, float size,
                               float indent) {
        float space = spaceWidth(size);
        List<List<Word>> lines = TextLayout.lines(TextLayout.words(runs), firstWidth, width, space);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            boolean first = i == 0;
            rows.add(new LineRow(lines.get(i), first ? x + indent : x, first ? firstWidth : width, align,
                    i == lines.size() - 1, size, space));
        }
        return rows;
    }

    float spaceWidth(float size) {
        return TextLayout.width(" ", faces.regular(), size);
    }

    static float lineWidth(List<Word> words, float space) {
        float w = 0;
        for (Word word : words) {
            w += word.width();
        }
        return w + space * Math.max(0, words.size() - 1);
    }

    static float leading(float size) {
        return size * 1.25f;
    }

    static Row space(float h) {
        return new Row() {
            @Override
            public float height() {
                return h;
            }

            @Override
            public void draw(PageCanvas canvas, float top) {
                // empty space
            }
        };
    }

    private static float indent(JsonNode indent) {
        if (indent == null || indent.isNull() || (indent.isBoolean() && !indent.asBoolean())) {
            return 0;
        }
        return indent.isNumber() ? indent.floatValue() * MM : INDENT;
    }

    private static Align align(String name, Align fallback) {
        return name == null ? fallback : Align.valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** One line of text. */
    record LineRow(List<Word> words, float x, float width, Align align, boolean last, float size, float space)
            implements Row {
        @Override
        public float height() {
            return leading(size);
        }

        @Override
        public void draw(PageCanvas canvas, float top) {
            canvas.line(words, x, top - leading(size) * 0.8f, width, align, last, space);
        }
    }

    /** A line of a field: label words, then the value on a rule running to the right margin. */
    record FieldRow(List<Word> label, List<Word> value, float valueX, float space) implements Row {
        @Override
        public float height() {
            return leading(BODY) + 1;
        }

        @Override
        public void draw(PageCanvas canvas, float top) {
            float baseline = top - leading(BODY) * 0.8f;
            if (!label.isEmpty()) {
                canvas.line(label, LEFT, baseline, WIDTH, Align.LEFT, true, space);
            }
            if (!value.isEmpty()) {
                canvas.line(value, valueX + 1, baseline, LEFT + WIDTH - valueX, Align.LEFT, true, space);
            }
            canvas.rule(valueX, LEFT + WIDTH, baseline - 2.5f, 0.5f);
        }
    }

    /** A list item's line: the marker (first line only), the text or a blank rule. */
    record ListRow(Fragment marker, List<Word> words, float textX, float width, boolean blank, float space)
            implements Row {
        @Override
        public float height() {
            return leading(BODY);
        }

        @Override
        public void draw(PageCanvas canvas, float top) {
            float baseline = top - leading(BODY) * 0.8f;
            if (marker != null) {
                canvas.text(LEFT + INDENT, baseline, marker);
            }
            if (blank) {
                canvas.rule(textX, textX + width, baseline - 2.5f, 0.5f);
            } else {
                canvas.line(words, textX, baseline, width, Align.LEFT, true, space);
            }
        }
    }
}
