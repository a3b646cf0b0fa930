package kz.qabyldau.app.central;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import kz.qabyldau.app.i18n.Bundles;
import kz.qabyldau.app.i18n.Language;
import kz.qabyldau.forms.service.LocalizedText;

/** The {@code central} text bundle in the three languages a decision carries. */
final class BundleTexts implements Decider.CentralTexts {

    static final String BUNDLE = "qabyldau.i18n.central";

    private final ResourceBundle kk = Bundles.load(BUNDLE, Language.KK);
    private final ResourceBundle ru = Bundles.load(BUNDLE, Language.RU);
    private final ResourceBundle en = Bundles.load(BUNDLE, Language.EN);

    @Override
    public LocalizedText text(String key) {
        return new LocalizedText(kk.getString(key), ru.getString(key), en.getString(key));
    }

    @Override
    public LocalizedText format(String key, LocalizedText argument) {
        return new LocalizedText(format(kk, key, argument.kk()), format(ru, key, argument.ru()),
                format(en, key, argument.en()));
    }

    private static String format(ResourceBundle bundle, String key, String argument) {
        return new MessageFormat(bundle.getString(key), Locale.ROOT).format(new Object[] {argument});
    }
}
