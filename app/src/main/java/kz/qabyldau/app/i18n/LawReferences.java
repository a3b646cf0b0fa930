package kz.qabyldau.app.i18n;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service definitions cite the law in one neutral notation ({@code App. 2, 1.4}, {@code App. 2, ground 3},
 * {@code App. 2 row 3}, {@code p.22-1}); the clerk reads the citation in the interface language, worded by the
 * bundles ({@code lawref.*}), never the notation itself (issue #12: "App. 2, 1.2" on a Russian screen).
 */
public final class LawReferences {

    private static final Pattern APPENDIX = Pattern.compile("(?:App\\.|Appendix)\\s*(\\d+)(.*)");
    private static final Pattern GROUND = Pattern.compile(",?\\s*ground\\s+(\\S+)");
    private static final Pattern ROW = Pattern.compile(",?\\s*row\\s+(\\S+)");
    private static final Pattern ITEM = Pattern.compile(",\\s*(\\S+)");
    private static final Pattern PARAGRAPH = Pattern.compile("p\\.\\s*(\\S+)");

    private final I18n i18n;

    public LawReferences(I18n i18n) {
        this.i18n = Objects.requireNonNull(i18n);
    }

    /**
     * The citation {@code reference} (one or several parts joined by "; ") in the interface language; a part in an
     * unknown notation is kept as it is, so nothing the definition says is hidden.
     */
    public String of(String reference) {
        if (reference == null || reference.isBlank()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (String part : reference.split(";")) {
            parts.add(part(part.strip()));
        }
        return String.join("; ", parts);
    }

    private String part(String part) {
        Matcher p = PARAGRAPH.matcher(part);
        if (p.matches()) {
            return i18n.get("lawref.paragraph", p.group(1));
        }
        Matcher a = APPENDIX.matcher(part);
        if (!a.matches()) {
            return part;
        }
        String appendix = a.group(1);
        String rest = a.group(2).strip();
        Matcher g = GROUND.matcher(rest);
        Matcher r = ROW.matcher(rest);
        Matcher i = ITEM.matcher(rest);
        if (rest.isEmpty()) {
            return i18n.get("lawref.appendix", appendix);
        } else if (g.matches()) {
            return i18n.get("lawref.ground", appendix, g.group(1));
        } else if (r.matches()) {
            return i18n.get("lawref.row", appendix, r.group(1));
        } else if (i.matches()) {
            return i18n.get("lawref.item", appendix, i.group(1));
        }
        return part;
    }
}
