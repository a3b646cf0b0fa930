package kz.qabyldau.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import kz.qabyldau.app.config.DataFolderException;
import kz.qabyldau.app.config.StoreMessages;
import kz.qabyldau.app.logging.UncaughtErrors;

/** Bundle {@code store}: exactly the keys the code uses, in Kazakh, Russian and English. */
class StoreBundleTest {

    private static Set<String> keysUsedInCode() {
        return Arrays.stream(new Class<?>[] {StoreException.class, DataFolderException.class, UncaughtErrors.class})
                .flatMap(c -> Arrays.stream(c.getDeclaredFields()))
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class
                        && Modifier.isPublic(f.getModifiers()))
                .map(StoreBundleTest::value)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static String value(Field f) {
        try {
            return (String) f.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru", "en"})
    void bundleHasExactlyTheKeysTheCodeUses(String language) {
        var bundle = StoreMessages.bundle(Locale.forLanguageTag(language));
        assertThat(bundle.getLocale().getLanguage()).isEqualTo(language);
        assertThat(new TreeSet<>(bundle.keySet())).isEqualTo(keysUsedInCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru", "en"})
    void everyMessageNamesThePath(String language) {
        Path path = Path.of("/data/qabyldau/qabyldau.db");
        for (String key : keysUsedInCode()) {
            if (key.equals(UncaughtErrors.UNEXPECTED_NO_LOG)) {
                continue; // the one text without a path: there is no log file yet
            }
            assertThat(StoreMessages.format(Locale.forLanguageTag(language), key, path))
                    .as(key).contains(path.toString());
        }
    }

    @Test
    void kazakhTextsUseKazakhLetters() {
        String locked = StoreMessages.format(Locale.forLanguageTag("kk"), StoreException.LOCKED, "x");
        assertThat(locked).containsAnyOf("ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "һ", "і");
    }

    @Test
    void otherLanguagesFallBackToEnglishNotToTheMachineLocale() {
        Locale saved = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("ru"));
        try {
            assertThat(StoreMessages.bundle(Locale.GERMAN).getLocale()).isEqualTo(Locale.ENGLISH);
        } finally {
            Locale.setDefault(saved);
        }
    }
}
