package kz.qabyldau.forms.verdict;

import java.util.Optional;

/** Adapter to the identifier checks of {@code kz.qabyldau.forms.identity}. */
final class Identifiers {

    private Identifiers() {
    }

    static Optional<String> iinProblem(String value) {
        // Wired to Iin.parse when the identity package lands (law-data branch).
        return Optional.empty();
    }

    static Optional<String> binProblem(String value) {
        return Optional.empty();
    }
}
