package kz.qabyldau.forms.print;

import static kz.qabyldau.forms.print.PageCanvas.LEFT;
import static kz.qabyldau.forms.print.PageCanvas.WIDTH;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDType0Font;

import kz.qabyldau.forms.print.BlockLayout.Group;
import kz.qabyldau.forms.print.BlockLayout.Row;
import kz.qabyldau.forms.print.PageCanvas.Align;
import kz.qabyldau.forms.print.TextLayout.Word;

/**
 * A bordered table: a bold header row and body rows; cell texts wrap inside their column and a
 * row is as tall as its tallest cell. Rows are separate, so a long table breaks between rows.
 */
final class TableLayout {

    private static final float SIZE = 11f;
    private static final float PAD = 2.5f;

    private final FormValues values;
    private final FormFonts.Faces faces;

    TableLayout(FormValues values, FormFonts.Faces faces) {
        this.values = values;
        this.faces = faces;
    }

    Group layout(Block.Table t) {
        int n = t.columns() == null ? 0 : t.columns().size();
        if (n == 0) {
            throw FormTexts.bad("table", "a table needs columns");
        }
        float[] widths = widths(t.widths(), n);
        BlockLayout helper = new BlockLayout(values, faces);
        List<Row> rows = new ArrayList<>();
        rows.add(row(helper, t.columns(), widths, faces.bold(), Align.CENTER));
        if (t.rows() != null) {
            for (List<String> cells : t.rows()) {
                rows.add(row(helper, cells, widths, faces.regular(), Align.LEFT));
            }
        }
        rows.add(BlockLayout.space(2));
        // kept on one page when it fits: a header never stands alone at the foot of a page
        return new Group(rows, true, false);
    }

    private static float[] widths(List<Double> relative, int n) {
        float[] w = new float[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += relative != null && i < relative.size() ? relative.get(i) : 1.0;
        }
        for (int i = 0; i < n; i++) {
            double r = relative != null && i < relative.size() ? relative.get(i) : 1.0;
            w[i] = (float) (WIDTH * r / total);
        }
        return w;
    }

    private Row row(BlockLayout helper, List<String> cells, float[] widths, PDType0Font font, Align align) {
        float space = helper.spaceWidth(SIZE);
        List<List<List<Word>>> cellLines = new ArrayList<>();
        int maxLines = 1;
        for (int i = 0; i < widths.length; i++) {
            String cell = i < cells.size() && cells.get(i) != null ? cells.get(i) : "";
            float inner = widths[i] - 2 * PAD;
            List<List<Word>> lines = TextLayout.lines(TextLayout.words(helper.fragments(cell, font, SIZE, false)),
                    inner, inner, space);
            cellLines.add(lines);
            maxLines = Math.max(maxLines, lines.size());
        }
        float height = maxLines * BlockLayout.leading(SIZE) + 2 * PAD;
        return new Row() {
            @Override
            public float height() {
                return height;
            }

            @Override
            public void draw(PageCanvas canvas, float top) {
                float x = LEFT;
                for (int i = 0; i < widths.length; i++) {
                    canvas.box(x, top, widths[i], height);
                    float lineTop = top - PAD;
                    for (List<Word> line : cellLines.get(i)) {
                        canvas.line(line, x + PAD, lineTop - BlockLayout.leading(SIZE) * 0.8f, widths[i] - 2 * PAD,
                                align, true, space);
                        lineTop -= BlockLayout.leading(SIZE);
                    }
                    x += widths[i];
                }
            }
        };
    }
}
