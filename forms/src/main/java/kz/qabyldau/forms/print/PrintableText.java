package kz.qabyldau.forms.print;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Makes text safe to draw: Unicode NFC (so a letter typed as base + combining mark becomes the
 * precomposed letter the font has), line breaks, tabs and other control characters become
 * spaces (a value is laid out as running text; the engine wraps it), invisible formatting
 * characters (zero-width spaces, bidirectional controls, soft hyphens, BOM) are dropped, runs of
 * spaces collapse. A character the font has no glyph for is an error naming the value and the
 * character, never a hole or a "?" in an official document.
 */
final class PrintableText {

    private PrintableText() {
    }

    static String clean(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder sb = new StringBuilder(nfc.length());
        nfc.codePoints().forEach(cp -> {
            if (isInvisible(cp)) {
                return;
            }
            if (Character.isISOControl(cp) || cp == 0x2028 || cp == 0x2029 || Character.isWhitespace(cp)) {
                if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ' ') {
                    sb.append(' ');
                }
                return;
            }
            sb.appendCodePoint(cp);
        });
        return sb.toString().strip();
    }

    private static boolean isInvisible(int cp) {
        return cp == 0x00AD || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2060 && cp <= 0x2064) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0xFEFF;
    }

    /**
     * @param what names the text for the message (a field id or "the form text")
     * @throws FormPrintException ({@code UNPRINTABLE_CHARACTERS}) listing the missing characters
     */
    static void requirePrintable(String cleaned, String what, FormFonts fonts) {
        Set<String> missing = new LinkedHashSet<>();
        cleaned.codePoints().filter(cp -> cp != ' ' && !fonts.canShow(cp))
                .forEach(cp -> missing.add(String.format("U+%04X '%s'", cp, Character.toString(cp))));
        if (!missing.isEmpty()) {
            String list = String.join(", ", missing);
            throw new FormPrintException(FormPrintException.Reason.UNPRINTABLE_CHARACTERS,
                    what + " contains characters the form's font cannot print: " + list
                            + ". Correct the value (e.g. use the Latin or Cyrillic spelling from the document).",
                    List.of(what, list));
        }
    }
}
