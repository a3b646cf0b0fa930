package kz.qabyldau.forms.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.util.Matrix;

/**
 * The pages of one document and a cursor running down them: opens a new A4 page when the next
 * row does not fit, draws the training watermark and the copy label on every page, and draws
 * text lines (aligned, justified, struck out or underlined) and rules. All colours are DeviceRGB,
 * matching the sRGB output intent of PDF/A.
 */
final class PageCanvas implements AutoCloseable {

    static final float MM = 72f / 25.4f;
    static final PDRectangle A4 = PDRectangle.A4;
    static final float LEFT = 25 * MM;
    static final float RIGHT = 15 * MM;
    static final float TOP = 18 * MM;
    static final float BOTTOM = 18 * MM;
    static final float WIDTH = A4.getWidth() - LEFT - RIGHT;
    static final String WATERMARK = "ҮЛГІ / ОБРАЗЕЦ";

    enum Align { LEFT, CENTER, RIGHT, JUSTIFY }

    private final PDDocument doc;
    private final FormFonts.Faces faces;
    private final boolean training;
    private PDPageContentStream cs;
    private String copyLabel;
    private float y;

    PageCanvas(PDDocument doc, FormFonts.Faces faces, boolean training) {
        this.doc = doc;
        this.faces = faces;
        this.training = training;
    }

    FormFonts.Faces faces() {
        return faces;
    }

    /** Starts a copy of the form on a new page, marked with {@code label} (may be null). */
    void startCopy(String label) {
        this.copyLabel = label;
        newPage();
    }

    /** The current cursor (top of the next row). */
    float y() {
        return y;
    }

    /** Height available on an empty page. */
    static float pageHeight() {
        return A4.getHeight() - TOP - BOTTOM;
    }

    /** Moves to a new page unless {@code height} fits below the cursor. */
    void ensure(float height) {
        if (y - height < BOTTOM && y < A4.getHeight() - TOP) {
            newPage();
        }
    }

    void advance(float height) {
        y -= height;
    }

    void newPage() {
        try {
            closeStream();
            PDPage page = new PDPage(A4);
            doc.addPage(page);
            cs = new PDPageContentStream(doc, page);
            cs.setNonStrokingColor(0f, 0f, 0f);
            cs.setStrokingColor(0f, 0f, 0f);
            if (training) {
                watermark();
            }
            if (copyLabel != null && !copyLabel.isBlank()) {
                // one line in the top margin; a label too long for it is set smaller, never past the margin
                float size = Math.min(10, 10 * WIDTH / TextLayout.width(copyLabel, faces.bold(), 10));
                text(LEFT, A4.getHeight() - TOP + 5 * MM,
                        new TextLayout.Fragment(copyLabel, faces.bold(), size, false, false));
            }
            y = A4.getHeight() - TOP;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "ҮЛГІ / ОБРАЗЕЦ" in light grey across the page diagonal, under the content. */
    private void watermark() throws IOException {
        float size = 80;
        float w = TextLayout.width(WATERMARK, faces.bold(), size);
        double angle = Math.atan2(A4.getHeight(), A4.getWidth());
        float cos = (float) Math.cos(angle);
        float sin = (float) Math.sin(angle);
        float cx = A4.getWidth() / 2;
        float cy = A4.getHeight() / 2;
        float dx = -w / 2;
        float dy = -size / 3;
        cs.setNonStrokingColor(0.82f, 0.82f, 0.82f);
        cs.beginText();
        cs.setFont(faces.bold(), size);
        cs.setTextMatrix(new Matrix(cos, sin, -sin, cos, cx + cos * dx - sin * dy, cy + sin * dx + cos * dy));
        cs.showText(WATERMARK);
        cs.endText();
        cs.setNonStrokingColor(0f, 0f, 0f);
    }

    /** Draws one fragment with its baseline at {@code baseline}; returns its width. */
    float text(float x, float baseline, TextLayout.Fragment f) {
        try {
            float w = f.width();
            cs.beginText();
            cs.setFont(f.font(), f.size());
            cs.newLineAtOffset(x, baseline);
            cs.showText(f.text());
            cs.endText();
            if (f.strike()) {
                rule(x, x + w, baseline + f.size() * 0.3f, 0.8f);
            }
            if (f.underline()) {
                rule(x, x + w, baseline - 1.5f, 0.5f);
            }
            return w;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Draws a line of words between {@code x} and {@code x + width}.
     *
     * @param last whether this is a paragraph's last line (not stretched when justifying)
     * @return the x where the drawn text ends
     */
    float line(List<TextLayout.Word> words, float x, float baseline, float width, Align align, boolean last,
               float space) {
        List<TextLayout.Word> visual = visualOrder(words);
        float natural = 0;
        for (TextLayout.Word w : visual) {
            natural += w.width();
        }
        natural += space * Math.max(0, visual.size() - 1);
        float gap = space;
        float start = x;
        switch (align) {
            case CENTER -> start = x + (width - natural) / 2;
            case RIGHT -> start = x + width - natural;
            case JUSTIFY -> {
                if (!last && visual.size() > 1) {
                    gap = space + (width - natural) / (visual.size() - 1);
                }
            }
            default -> {
            }
        }
        float cx = start;
        for (int i = 0; i < visual.size(); i++) {
            for (TextLayout.Fragment f : visual.get(i).parts()) {
                cx += text(cx, baseline, f);
            }
            if (i < visual.size() - 1) {
                cx += gap;
            }
        }
        return cx;
    }

    /** A horizontal rule. */
    void rule(float x1, float x2, float yy, float thickness) {
        try {
            cs.setLineWidth(thickness);
            cs.moveTo(x1, yy);
            cs.lineTo(x2, yy);
            cs.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A filled rectangle with a thin black outline; {@code gray} 0 is black, 1 white (chart bars, legend keys). */
    void filledBox(float x, float yTop, float w, float h, float gray) {
        try {
            cs.setNonStrokingColor(gray);
            cs.setLineWidth(0.5f);
            cs.addRect(x, yTop - h, w, h);
            cs.fillAndStroke();
            cs.setNonStrokingColor(0f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A rectangle outline (table cells). */
    void box(float x, float yTop, float w, float h) {
        try {
            cs.setLineWidth(0.5f);
            cs.addRect(x, yTop - h, w, h);
            cs.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Right-to-left words (Hebrew …) are drawn in visual order: their letters reversed and runs
     * of them swapped, which is what text extraction expects to turn back into logical order.
     * Letters that need contextual shaping (Arabic) are not in the font and never get here.
     */
    private static List<TextLayout.Word> visualOrder(List<TextLayout.Word> words) {
        boolean any = false;
        for (TextLayout.Word w : words) {
            String t = w.text();
            if (Bidi.requiresBidi(t.toCharArray(), 0, t.length())) {
                any = true;
                break;
            }
        }
        if (!any) {
            return words;
        }
        List<TextLayout.Word> out = new ArrayList<>();
        List<TextLayout.Word> rtlRun = new ArrayList<>();
        for (TextLayout.Word w : words) {
            if (isRtl(w.text())) {
                List<TextLayout.Fragment> parts = new ArrayList<>();
                for (TextLayout.Fragment f : w.parts()) {
                    parts.add(f.with(new StringBuilder(f.text()).reverse().toString()));
                }
                Collections.reverse(parts);
                rtlRun.add(new TextLayout.Word(parts));
            } else {
                Collections.reverse(rtlRun);
                out.addAll(rtlRun);
                rtlRun.clear();
                out.add(w);
            }
        }
        Collections.reverse(rtlRun);
        out.addAll(rtlRun);
        return out;
    }

    private static boolean isRtl(String t) {
        for (int i = 0; i < t.length(); i++) {
            byte d = Character.getDirectionality(t.charAt(i));
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return false;
            }
        }
        return false;
    }

    private void closeStream() throws IOException {
        if (cs != null) {
            cs.close();
            cs = null;
        }
    }

    @Override
    public void close() {
        try {
            closeStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
