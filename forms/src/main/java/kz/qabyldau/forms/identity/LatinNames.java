package kz.qabyldau.forms.identity;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import kz.qabyldau.forms.reference.ReferenceData;
import kz.qabyldau.forms.reference.TransliterationTable;

/**
 * Writes a Cyrillic name in Latin capitals for the permit, when the passport gives no Latin
 * name (the MRZ always wins: it is what the holder's passport says). The letter table is
 * reference data ({@code qabyldau/reference/transliteration.json}): ICAO 9303 Part 3 for the
 * Russian letters plus the Kazakh letters. The result is a proposal the clerk can edit.
 */
public final class LatinNames {

    /** Compiled once: names are transliterated on every autosave. */
    private static final Pattern SPACES = Pattern.compile(" +");

    private final TransliterationTable table;

    /** Uses the given letter table. */
    public LatinNames(TransliterationTable table) {
        this.table = Objects.requireNonNull(table, "table");
    }

    /** Transliterates with the bundled table in force today. */
    public static String transliterate(String cyrillic) {
        return new LatinNames(ReferenceData.loadBundled().transliteration()).latin(cyrillic);
    }

    /**
     * The name in Latin capitals: Cyrillic letters by the table, Latin letters kept, spaces
     * and hyphens kept (runs of spaces collapsed), anything else (apostrophes, digits, dots)
     * dropped.
     */
    public String latin(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (char c : text.toUpperCase(Locale.ROOT).toCharArray()) {
            String mapped = table.letters().get(c);
            if (mapped != null) {
                out.append(mapped);
            } else if (c >= 'A' && c <= 'Z' || c == '-') {
                out.append(c);
            } else if (Character.isWhitespace(c)) {
                out.append(' ');
            }
        }
        return SPACES.matcher(out.toString().trim()).replaceAll(" ");
    }

    /**
     * The letters of the text that the table cannot write in Latin (they would be dropped), so
     * the screen can ask the clerk to type the Latin name by hand.
     */
    public Set<Character> unknownLetters(String text) {
        Set<Character> unknown = new TreeSet<>();
        if (text != null) {
            for (char c : text.toUpperCase(Locale.ROOT).toCharArray()) {
                if (Character.isLetter(c) && !(c >= 'A' && c <= 'Z') && !table.letters().containsKey(c)) {
                    unknown.add(c);
                }
            }
        }
        return unknown;
    }
}
