package kz.qabyldau.app.ui.intake;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import kz.qabyldau.forms.reference.TransliterationTable;

/**
 * A name read from a passport's machine-readable zone (Latin capitals) spelt back in Cyrillic, as a suggestion the
 * clerk checks and corrects (issue #13): the reference data's transliteration table read backwards, Russian letters
 * only (Ъ and Ь, which the table drops or spells like others, never come back; where two letters share a spelling
 * the first in the alphabet wins: E → Е, I → И), the longest spelling first (SHCH before SH before S). The
 * reading is not unique (a Uzbek "YU" is "Ю", the table says "IU"), which is why it is only ever offered.
 */
final class CyrillicNames {

    private static final char FIRST = 'А';
    private static final char LAST = 'Я';
    private static final char HARD_SIGN = 'Ъ';
    private static final char SOFT_SIGN = 'Ь';

    private final Map<String, Character> letters = new HashMap<>();
    private final int longest;

    CyrillicNames(TransliterationTable table) {
        table.letters().entrySet().stream()
                .filter(e -> e.getKey() >= FIRST && e.getKey() <= LAST)
                .filter(e -> e.getKey() != HARD_SIGN && e.getKey() != SOFT_SIGN && !e.getValue().isEmpty())
                .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
                .forEach(e -> letters.putIfAbsent(e.getValue(), e.getKey()));
        longest = letters.keySet().stream().mapToInt(String::length).max().orElse(1);
    }

    /**
     * {@code latin} in Cyrillic, each word capitalised ("KARIMOV" → "Каримов"); empty when a letter has no Cyrillic
     * spelling in the table (then nothing is offered).
     */
    String of(String latin) {
        String upper = latin.strip().toUpperCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        boolean wordStart = true;
        int i = 0;
        while (i < upper.length()) {
            char c = upper.charAt(i);
            if (c == ' ' || c == '-' || c == '\'') {
                out.append(c);
                wordStart = true;
                i++;
                continue;
            }
            Character cyrillic = null;
            int length = Math.min(longest, upper.length() - i);
            for (; length > 0; length--) {
                cyrillic = letters.get(upper.substring(i, i + length));
                if (cyrillic != null) {
                    break;
                }
            }
            if (cyrillic == null) {
                return "";
            }
            out.append(wordStart ? cyrillic : Character.toLowerCase(cyrillic));
            wordStart = false;
            i += length;
        }
        return out.toString();
    }
}
