package kz.qabyldau.app.store.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import java.util.Date;

/** Bundle {@code applications}: exactly the keys the exceptions declare, in Kazakh, Russian and English. */
class ApplicationsBundleTest {

    private static final Class<?>[] DECLARING = {DraftConflictException.class, NotEditableException.class,
            ApplicationNotFoundException.class, ScanRejectedException.class, IntakeNotAllowedException.class};

    private static Set<String> keysUsedInCode() {
        return Arrays.stream(DECLARING).flatMap(c -> Arrays.stream(c.getDeclaredFields()))
                .filter(f -> Modifier.isStatic(f.getModifiers()) && Modifier.isPublic(f.getModifiers())
                        && f.getType() == String.class)
                .map(ApplicationsBundleTest::value)
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
        var bundle = ApplicationMessages.bundle(Locale.forLanguageTag(language));
        assertThat(bundle.getLocale().getLanguage()).isEqualTo(language);
        assertThat(new TreeSet<>(bundle.keySet())).isEqualTo(keysUsedInCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru", "en"})
    void everyTextFormatsWithItsArguments(String language) {
        Locale locale = Locale.forLanguageTag(language);
        for (String key : keysUsedInCode()) {
            String text = ApplicationMessages.format(locale, key, "ARG0", "ARG1", Date.from(StoreFixture.T0));
            assertThat(text).as(key).doesNotContain("{").isNotBlank();
        }
    }

    @Test
    void kazakhTextsUseKazakhLetters() {
        var bundle = ApplicationMessages.bundle(Locale.forLanguageTag("kk"));
        for (String key : bundle.keySet()) {
            assertThat(bundle.getString(key)).as(key).containsAnyOf("ә", "ғ", "қ", "ң", "ө", "ұ", "ү", "һ", "і");
        }
    }

    @Test
    void otherLanguagesFallBackToEnglish() {
        assertThat(ApplicationMessages.bundle(Locale.GERMAN).getLocale()).isEqualTo(Locale.ENGLISH);
    }
}
