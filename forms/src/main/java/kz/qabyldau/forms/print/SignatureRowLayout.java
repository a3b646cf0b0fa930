package kz.qabyldau.forms.print;

import static kz.qabyldau.forms.print.PageCanvas.LEFT;
import static kz.qabyldau.forms.print.PageCanvas.MM;
import static kz.qabyldau.forms.print.PageCanvas.WIDTH;

import java.util.List;

import kz.qabyldau.forms.print.BlockLayout.Row;
import kz.qabyldau.forms.print.PageCanvas.Align;

/**
 * One row of signature lines: up to two blank lines side by side, each with an optional text on
 * the line (a name) and a small caption under it ("(қолы)", "Т.А.Ә. (бар болса)").
 */
final class SignatureRowLayout {

    private static final float GAP = 12 * MM;
    private static final float HALF = (WIDTH - GAP) / 2;
    private static final float VALUE = 11f;

    private final FormValues values;
    private final FormFonts.Faces faces;

    SignatureRowLayout(FormValues values, FormFonts.Faces faces) {
        this.values = values;
        this.faces = faces;
    }

    Row layout(Block.Signatures.SignatureRow r) {
        Side left = side(r.left(), r.leftValue(), LEFT);
        Side right = side(r.right(), r.rightValue(), LEFT + HALF + GAP);
        float lineBlock = Math.max(8 * MM, Math.max(left == null ? 0 : left.valueHeight(),
                right == null ? 0 : right.valueHeight()) + 3);
        float height = lineBlock + Math.max(left == null ? 0 : left.captionHeight(),
                right == null ? 0 : right.captionHeight()) + 3 * MM;
        return new Row() {
            @Override
            public float height() {
                return height;
            }

            @Override
            public void draw(PageCanvas canvas, float top) {
                for (Side s : new Side[] {left, right}) {
                    if (s != null) {
                        s.draw(canvas, top, lineBlock);
                    }
                }
            }
        };
    }

    private Side side(String caption, String value, float x) {
        boolean hasCaption = caption != null && !caption.isBlank();
        boolean hasValue = value != null && !value.isBlank() && !values.allEmpty(value);
        if (!hasCaption && (value == null || value.isBlank())) {
            return null;
        }
        BlockLayout helper = new BlockLayout(values, faces);
        List<Row> valueRows = hasValue
                ? helper.textRows(helper.fragments(value, faces.regular(), VALUE, true), x, HALF, HALF,
                        Align.CENTER, VALUE)
                : List.of();
        List<Row> captionRows = hasCaption
                ? helper.textRows(helper.fragments(caption, faces.regular(), BlockLayout.CAPTION, false), x, HALF, HALF,
                        Align.CENTER, BlockLayout.CAPTION)
                : List.of();
        return new Side(x, valueRows, captionRows);
    }

    private record Side(float x, List<Row> valueRows, List<Row> captionRows) {
        float valueHeight() {
            float h = 0;
            for (Row r : valueRows) {
                h += r.height();
            }
            return h;
        }

        float captionHeight() {
            float h = 0;
            for (Row r : captionRows) {
                h += r.height();
            }
            return h;
        }

        void draw(PageCanvas canvas, float top, float lineBlock) {
            float lineY = top - lineBlock;
            // a long name wraps upwards from the line so it never crosses it
            float vTop = lineY + 1.5f;
            for (Row r : valueRows) {
                vTop += r.height();
            }
            for (Row r : valueRows) {
                r.draw(canvas, vTop);
                vTop -= r.height();
            }
            canvas.rule(x, x + HALF, lineY, 0.5f);
            float cTop = lineY - 0.5f;
            for (Row r : captionRows) {
                r.draw(canvas, cTop);
                cTop -= r.height();
            }
        }
    }
}
