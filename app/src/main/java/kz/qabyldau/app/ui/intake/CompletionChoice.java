package kz.qabyldau.app.ui.intake;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What Enter on a completion list completes to. The list is filled in the background, so right after fast typing
 * it may still show an earlier prefix's suggestions ("А" listed Almaty first while the field already says "Аст"):
 * the entry the list offers is only taken if the current text still suggests it.
 */
final class CompletionChoice {

    private CompletionChoice() {
    }

    /**
     * @param typed       the text in the field now
     * @param offered     the list entry Enter (or a click) chose
     * @param suggestions the suggestions for a text, computed now
     * @return the entry to complete to: {@code offered} when the current text suggests it, else the one suggestion
     *         the current text has; empty when the text should stay as typed (it already names a place, or it is
     *         ambiguous and the stale entry must not win)
     */
    static Optional<String> onEnter(String typed, String offered, Function<String, List<String>> suggestions) {
        List<String> current = suggestions.apply(typed);
        if (current.contains(offered)) {
            return Optional.of(offered);
        }
        return current.size() == 1 ? Optional.of(current.get(0)) : Optional.empty();
    }
}
