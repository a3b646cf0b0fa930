package kz.qabyldau.forms.print;

import static kz.qabyldau.forms.print.PageCanvas.LEFT;
import static kz.qabyldau.forms.print.PageCanvas.MM;
import static kz.qabyldau.forms.print.PageCanvas.WIDTH;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.font.PDType0Font;

import kz.qabyldau.forms.print.BlockLayout.Group;
import kz.qabyldau.forms.print.BlockLayout.Row;
import kz.qabyldau.forms.print.PageCanvas.Align;
import kz.qabyldau.forms.print.TextLayout.Word;

/**
 * A horizontal bar chart ({@link Block.Bars}): a legend row, then per bar its label (wrapping in the left third),
 * the series stacked in greys from dark to light with a thin outline, and the bar's total after it. The scale is the
 * largest total, so the longest bar fills the space left for bars. Real text throughout: labels, legend and totals
 * can be searched and extracted like a table's.
 */
final class BarsLayout {

    private static final float SIZE = 10f;
    private static final float LABEL_SHARE = 0.36f;
    private static final float GAP = 2 * MM;
    private static final float BAR = 4.2f * MM;
    private static final float TOTAL_ROOM = 12 * MM;
    private static final float KEY = 3.5f * MM;
    /** The fill of each series in turn: dark grey, light grey, mid grey, white. */
    private static final float[] GREYS = {0.35f, 0.8f, 0.6f, 1f};

    private final FormValues values;
    private final FormFonts.Faces faces;

    BarsLayout(FormValues values, FormFonts.Faces faces) {
        this.values = values;
        this.faces = faces;
    }

    Group layout(Block.Bars b) {
        if (b.series() == null || b.series().isEmpty() || b.series().size() > GREYS.length) {
            throw FormTexts.bad("bars", "a bar chart needs 1 to " + GREYS.length + " series");
        }
        BlockLayout helper = new BlockLayout(values, faces);
        List<Row> rows = new ArrayList<>();
        rows.add(legend(helper, b.series()));
        double max = 0;
        List<Block.Bars.BarRow> bars = b.rows() == null ? List.of() : b.rows();
        for (Block.Bars.BarRow r : bars) {
            if (r.values() == null || r.values().size() != b.series().size()
                    || r.values().stream().anyMatch(v -> v == null || v < 0 || v.isNaN() || v.isInfinite())) {
                throw FormTexts.bad("bars", "each bar needs one non-negative value per series");
            }
            max = Math.max(max, total(r));
        }
        for (Block.Bars.BarRow r : bars) {
            rows.add(bar(helper, r, max));
        }
        rows.add(BlockLayout.space(2 * MM));
        // a short chart stays on one page; a long one breaks between bars, never through one
        return new Group(rows, bars.size() <= 20, false);
    }

    private static double total(Block.Bars.BarRow r) {
        double t = 0;
        for (Double v : r.values()) {
            t += v;
        }
        return t;
    }

    private Row legend(BlockLayout helper, List<String> series) {
        float space = helper.spaceWidth(SIZE);
        List<List<Word>> keys = new ArrayList<>();
        for (String s : series) {
            List<List<Word>> lines = TextLayout.lines(TextLayout.words(helper.fragments(s, faces.regular(), SIZE,
                    false)), WIDTH, WIDTH, space);
            List<Word> words = new ArrayList<>();
            lines.forEach(words::addAll);
            keys.add(words);
        }
        float height = BlockLayout.leading(SIZE) + GAP;
        return new Row() {
            @Override
            public float height() {
                return height;
            }

            @Override
            public void draw(PageCanvas canvas, float top) {
                float x = LEFT + WIDTH * LABEL_SHARE;
                float baseline = top - BlockLayout.leading(SIZE) * 0.8f;
                for (int i = 0; i < keys.size(); i++) {
                    canvas.filledBox(x, baseline + KEY * 0.8f, KEY, KEY, GREYS[i]);
                    x += KEY + 1.5f * MM;
                    float w = BlockLayout.lineWidth(keys.get(i), space);
                    canvas.line(keys.get(i), x, baseline, w, Align.LEFT, true, space);
                    x += w + 6 * MM;
                }
            }
        };
    }

    private Row bar(BlockLayout helper, Block.Bars.BarRow r, double max) {
        float space = helper.spaceWidth(SIZE);
        float labelWidth = WIDTH * LABEL_SHARE - GAP;
        PDType0Font font = faces.regular();
        List<List<Word>> label = TextLayout.lines(TextLayout.words(helper.fragments(r.label() == null ? ""
                : r.label(), font, SIZE, false)), labelWidth, labelWidth, space);
        double total = total(r);
        List<List<Word>> totalText = TextLayout.lines(TextLayout.words(helper.fragments(number(total), font, SIZE,
                false)), TOTAL_ROOM, TOTAL_ROOM, space);
        float lines = Math.max(1, label.size()) * BlockLayout.leading(SIZE);
        float height = Math.max(lines, BAR) + 1.5f * MM;
        float barSpace = WIDTH * (1 - LABEL_SHARE) - TOTAL_ROOM;
        return new Row() {
            @Override
            public float height() {
                return height;
            }

            @Override
            public void draw(PageCanvas canvas, float top) {
                float lineTop = top;
                for (List<Word> line : label) {
                    canvas.line(line, LEFT, lineTop - BlockLayout.leading(SIZE) * 0.8f, labelWidth, Align.LEFT, true,
                            space);
                    lineTop -= BlockLayout.leading(SIZE);
                }
                float x = LEFT + WIDTH * LABEL_SHARE;
                float barTop = top - (BlockLayout.leading(SIZE) - BAR) / 2;
                for (int i = 0; i < r.values().size(); i++) {
                    float w = max <= 0 ? 0 : (float) (barSpace * r.values().get(i) / max);
                    if (w > 0) {
                        canvas.filledBox(x, barTop, w, BAR, GREYS[i]);
                        x += w;
                    }
                }
                canvas.line(totalText.get(0), x + 1.5f * MM, top - BlockLayout.leading(SIZE) * 0.8f, TOTAL_ROOM,
                        Align.LEFT, true, space);
            }
        };
    }

    /** A whole number without decimals, else one decimal. */
    static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
