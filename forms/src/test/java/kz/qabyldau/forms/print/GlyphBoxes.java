package kz.qabyldau.forms.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Where every glyph of a PDF landed (top-down coordinates), for overflow and overlap checks. */
final class GlyphBoxes extends PDFTextStripper {

    /** A glyph's box on a page: x to x+w, top to bottom (y grows downwards). */
    record Box(int page, String text, float x, float top, float w, float bottom) {
        boolean overlaps(Box o) {
            float tol = 0.6f;
            return page == o.page && x + tol < o.x + o.w && o.x + tol < x + w && top + tol < o.bottom
                    && o.top + tol < bottom;
        }
    }

    private final List<Box> boxes = new ArrayList<>();
    private int page;

    private GlyphBoxes() {
        setSortByPosition(true);
    }

    static List<Box> of(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            GlyphBoxes g = new GlyphBoxes();
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                g.page = p;
                g.setStartPage(p);
                g.setEndPage(p);
                g.getText(doc);
            }
            return g.boxes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        for (TextPosition t : positions) {
            if (t.getUnicode().isBlank()) {
                continue;
            }
            // the glyph body between baseline-0.7·size and baseline: ascenders of one line never reach the next
            float size = t.getFontSizeInPt();
            boxes.add(new Box(page, t.getUnicode(), t.getXDirAdj(), t.getYDirAdj() - 0.7f * size,
                    t.getWidthDirAdj(), t.getYDirAdj()));
        }
    }
}
