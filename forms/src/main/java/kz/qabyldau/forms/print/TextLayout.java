package kz.qabyldau.forms.print;

import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Words and lines: splits styled text into words at spaces and breaks them into lines that fit
 * a width. A word longer than a whole line (a 300-letter name without spaces) is cut between
 * letters, so nothing ever runs past the margin.
 */
final class TextLayout {

    private TextLayout() {
    }

    /** A run of text in one style. */
    record Fragment(String text, PDType0Font font, float size, boolean strike, boolean underline) {
        float width() {
            return TextLayout.width(text, font, size);
        }

        Fragment with(String other) {
            return new Fragment(other, font, size, strike, underline);
        }
    }

    /** Fragments glued together (no space between them), e.g. "беру" + "/" + "ұзарту". */
    record Word(List<Fragment> parts) {
        float width() {
            float w = 0;
            for (Fragment f : parts) {
                w += f.width();
            }
            return w;
        }

        String text() {
            StringBuilder sb = new StringBuilder();
            parts.forEach(p -> sb.append(p.text()));
            return sb.toString();
        }
    }

    static float width(String text, PDType0Font font, float size) {
        return FormFonts.shared().width(font, text, size);
    }

    /** Splits styled runs into words at spaces; runs not separated by a space stay one word. */
    static List<Word> words(List<Fragment> runs) {
        List<Word> words = new ArrayList<>();
        List<Fragment> current = new ArrayList<>();
        for (Fragment run : runs) {
            StringBuilder buf = new StringBuilder();
            for (int i = 0; i < run.text().length(); i++) {
                char c = run.text().charAt(i);
                if (c == ' ') {
                    if (buf.length() > 0) {
                        current.add(run.with(buf.toString()));
                        buf.setLength(0);
                    }
                    if (!current.isEmpty()) {
                        words.add(new Word(List.copyOf(current)));
                        current.clear();
                    }
                } else {
                    buf.append(c);
                }
            }
            if (buf.length() > 0) {
                current.add(run.with(buf.toString()));
            }
        }
        if (!current.isEmpty()) {
            words.add(new Word(List.copyOf(current)));
        }
        return words;
    }

    /**
     * Breaks words into lines: the first line is {@code firstWidth} wide, the others
     * {@code width}. Always returns at least one (possibly empty) line.
     */
    static List<List<Word>> lines(List<Word> words, float firstWidth, float width, float space) {
        List<List<Word>> lines = new ArrayList<>();
        List<Word> line = new ArrayList<>();
        float used = 0;
        for (Word w : words) {
            float avail = lines.isEmpty() ? firstWidth : width;
            float ww = w.width();
            float needed = line.isEmpty() ? ww : used + space + ww;
            if (needed <= avail) {
                line.add(w);
                used = needed;
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line);
                line = new ArrayList<>();
                used = 0;
                avail = width;
            }
            if (ww <= avail) {
                line.add(w);
                used = ww;
            } else {
                List<Word> pieces = cut(w, avail, width);
                for (int i = 0; i < pieces.size() - 1; i++) {
                    lines.add(new ArrayList<>(List.of(pieces.get(i))));
                }
                Word last = pieces.get(pieces.size() - 1);
                line.add(last);
                used = last.width();
            }
        }
        lines.add(line);
        return lines;
    }

    /** Cuts an over-long word between code points: first piece fits {@code first}, others {@code width}. */
    private static List<Word> cut(Word w, float first, float width) {
        List<Word> out = new ArrayList<>();
        List<Fragment> parts = new ArrayList<>();
        float used = 0;
        for (Fragment f : w.parts()) {
            StringBuilder buf = new StringBuilder();
            int i = 0;
            while (i < f.text().length()) {
                int cp = f.text().codePointAt(i);
                String ch = Character.toString(cp);
                float cw = width(ch, f.font(), f.size());
                float avail = out.isEmpty() ? first : width;
                if (used + cw > avail && (used > 0)) {
                    if (buf.length() > 0) {
                        parts.add(f.with(buf.toString()));
                        buf.setLength(0);
                    }
                    out.add(new Word(List.copyOf(parts)));
                    parts.clear();
                    used = 0;
                }
                buf.appendCodePoint(cp);
                used += cw;
                i += Character.charCount(cp);
            }
            if (buf.length() > 0) {
                parts.add(f.with(buf.toString()));
            }
        }
        if (!parts.isEmpty()) {
            out.add(new Word(List.copyOf(parts)));
        }
        return out;
    }
}
