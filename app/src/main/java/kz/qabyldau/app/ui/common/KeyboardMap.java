package kz.qabyldau.app.ui.common;

import java.util.List;

import kz.qabyldau.app.i18n.I18n;

/** The workstation's keys, one line per part of the desk, in the clerk's language: what F1 shows (issue #12). */
public final class KeyboardMap {

    private static final List<String> LINES = List.of("help.keys.window", "help.keys.picker", "help.keys.wizard",
            "help.keys.documents", "help.keys.finish", "help.keys.lists");

    private KeyboardMap() {
    }

    /** The map as lines of text. */
    public static List<String> lines(I18n i18n) {
        return LINES.stream().map(i18n::get).toList();
    }

    /** The map under its heading, one line per part. */
    public static String text(I18n i18n) {
        return i18n.get("help.keys.title") + "\n" + String.join("\n", lines(i18n));
    }
}
