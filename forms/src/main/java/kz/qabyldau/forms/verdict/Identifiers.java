package kz.qabyldau.forms.verdict;

import kz.qabyldau.forms.identity.Bin;
import kz.qabyldau.forms.identity.IdentifierException;
import kz.qabyldau.forms.identity.Iin;
import kz.qabyldau.forms.identity.TaxpayerId;
import kz.qabyldau.forms.service.LocalizedText;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/** The identifier checks of {@code kz.qabyldau.forms.identity}, answering with the reason in kk/ru/en. */
final class Identifiers {

    private Identifiers() {
    }

    static Optional<LocalizedText> iinProblem(String value) {
        return problem(Iin::parse, value);
    }

    static Optional<LocalizedText> binProblem(String value) {
        return problem(Bin::parse, value);
    }

    static Optional<LocalizedText> taxpayerIdProblem(String value) {
        return problem(TaxpayerId::parse, value);
    }

    private static Optional<LocalizedText> problem(Consumer<String> parser, String value) {
        try {
            parser.accept(value);
            return Optional.empty();
        } catch (IdentifierException e) {
            return Optional.of(new LocalizedText(e.localizedMessage(Locale.forLanguageTag("kk")),
                    e.localizedMessage(Locale.forLanguageTag("ru")), e.localizedMessage(Locale.ENGLISH)));
        }
    }
}
