package kz.qabyldau.forms.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import java.util.Arrays;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * The forms' typeface: Liberation Serif 2.1.5 (metric-compatible with Times New Roman, SIL OFL
 * 1.1, licence beside the files in {@code /qabyldau/fonts/}). The TrueType files are parsed once
 * per process and embedded as subsets into each document, which is what keeps a warm render in
 * milliseconds. Not thread-safe: the renderer serialises its use.
 */
final class FormFonts {

    private static final String REGULAR = "/qabyldau/fonts/LiberationSerif-Regular.ttf";
    private static final String BOLD = "/qabyldau/fonts/LiberationSerif-Bold.ttf";

    private static FormFonts shared;

    private final TrueTypeFont regular;
    private final TrueTypeFont bold;
    private final CmapLookup regularCmap;
    private final CmapLookup boldCmap;
    private final Widths regularWidths;
    private final Widths boldWidths;
    /** The faces embedded into documents still alive, and whose metrics they use. */
    private final Map<PDType0Font, Widths> embedded = new WeakHashMap<>();

    private FormFonts(TrueTypeFont regular, TrueTypeFont bold) {
        this.regular = regular;
        this.bold = bold;
        try {
            this.regularCmap = regular.getUnicodeCmapLookup();
            this.boldCmap = bold.getUnicodeCmapLookup();
            this.regularWidths = new Widths(regular, regularCmap);
            this.boldWidths = new Widths(bold, boldCmap);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The process-wide instance (parsing a font costs tens of milliseconds). */
    static synchronized FormFonts shared() {
        if (shared == null) {
            shared = new FormFonts(parse(REGULAR), parse(BOLD));
        }
        return shared;
    }

    private static TrueTypeFont parse(String resource) {
        try (InputStream in = FormFonts.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " is missing from the class path");
            }
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes()));
            // No OpenType substitutions: Cyrillic and Latin need no shaping, and PDFBox's GSUB path
            // would swap in ligature glyphs (fi, fl) that text extraction cannot map back to
            // letters; it also costs most of the rendering time.
            font.setEnableGsub(false);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + resource, e);
        }
    }

    /** Whether both faces have a glyph for the code point. */
    boolean canShow(int codePoint) {
        return regularCmap.getGlyphId(codePoint) > 0 && boldCmap.getGlyphId(codePoint) > 0;
    }

    /** The two faces embedded (as subsets) into a document. */
    record Faces(PDType0Font regular, PDType0Font bold) {
    }

    Faces embedInto(PDDocument doc) {
        try {
            Faces faces = new Faces(PDType0Font.load(doc, regular, true), PDType0Font.load(doc, bold, true));
            synchronized (embedded) {
                embedded.put(faces.regular(), regularWidths);
                embedded.put(faces.bold(), boldWidths);
            }
            return faces;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot embed the form font", e);
        }
    }

    /**
     * The width of a text in points. Measuring is the renderer's most frequent operation, so the
     * advance widths come from the parsed font's metrics, cached per code point, instead of
     * PDFBox's encode-and-look-up for every word. Text must have passed {@link PrintableText}.
     */
    float width(PDType0Font font, String text, float size) {
        Widths widths;
        synchronized (embedded) {
            widths = embedded.get(font);
        }
        if (widths == null) {
            throw new IllegalStateException("font not embedded by FormFonts: " + font.getName());
        }
        float units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            units += widths.advance(cp);
            i += Character.charCount(cp);
        }
        return units * size / 1000f;
    }

    /** Advance widths of one face in 1/1000 em, filled lazily for the Basic Multilingual Plane. */
    private static final class Widths {
        private final TrueTypeFont font;
        private final CmapLookup cmap;
        private final float[] bmp = new float[0x10000];
        private final float scale;

        Widths(TrueTypeFont font, CmapLookup cmap) throws IOException {
            this.font = font;
            this.cmap = cmap;
            this.scale = 1000f / font.getUnitsPerEm();
            Arrays.fill(bmp, -1f);
        }

        synchronized float advance(int cp) {
            if (cp < bmp.length && bmp[cp] >= 0) {
                return bmp[cp];
            }
            float w;
            try {
                w = font.getAdvanceWidth(cmap.getGlyphId(cp)) * scale;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (cp < bmp.length) {
                bmp[cp] = w;
            }
            return w;
        }
    }
}
