package kz.qabyldau.app.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The rules of the text bundles: every bundle in {@code qabyldau/i18n/} has the three language
 * files with the same keys; every {@code ui} key is used by the application; every key-like
 * literal in the UI code exists. Each check is also run on a deliberately broken sample to show
 * that it fails when the rule is broken.
 */
class LocalizationTest {

    /** The application's sources; surefire runs in the module folder. */
    private static final Path MAIN_SOURCES = Path.of("src/main/java");
    private static final Path UI_SOURCES = MAIN_SOURCES.resolve("kz/qabyldau/app");
    private static final Pattern KEY_LIKE_LITERAL = Pattern.compile("\"([a-z][a-zA-Z]*(?:\\.[a-zA-Z]+)+)\"");

    private static Path realBundles() {
        return BundleFiles.classPathFolder(Bundles.FOLDER);
    }

    private static Path brokenSamples() {
        return BundleFiles.classPathFolder("i18n-samples/broken/");
    }

    @Test
    void everyBundleHasEveryKeyInKazakhRussianAndEnglish() {
        assertThat(BundleFiles.keys(realBundles(), "ui")).hasSizeGreaterThan(50);
        assertThat(BundleFiles.missingKeys(realBundles())).isEmpty();
    }

    @Test
    void keyMissingInOneLanguageOrALanguageFileMissingIsReported() {
        assertThat(BundleFiles.missingKeys(brokenSamples())).containsExactlyInAnyOrder(
                "orphan: no file orphan_kk.properties",
                "sample: key 'sample.farewell' missing in kk",
                "sample: key 'sample.extra' missing in en",
                "sample: key 'sample.extra' missing in kk");
    }

    @Test
    void everyUiKeyIsUsedByTheApplication() {
        assertThat(Files.isDirectory(MAIN_SOURCES)).as("sources at %s", MAIN_SOURCES.toAbsolutePath()).isTrue();
        assertThat(BundleFiles.unusedKeys(BundleFiles.keys(realBundles(), "ui"), MAIN_SOURCES)).isEmpty();
    }

    @Test
    void keyNoCodeUsesIsReported() {
        Set<String> sampleKeys = BundleFiles.keys(brokenSamples(), "sample");
        Path source = BundleFiles.classPathFolder("i18n-samples/source/");

        assertThat(BundleFiles.unusedKeys(sampleKeys, source)).containsExactly("sample.extra", "sample.unused");
    }

    @Test
    void everyKeyLikeLiteralInTheUserInterfaceCodeIsAUiKey() {
        Set<String> keys = BundleFiles.keys(realBundles(), "ui");
        Set<String> prefixes = new TreeSet<>();
        keys.forEach(k -> prefixes.add(k.substring(0, k.indexOf('.'))));
        Set<String> unknown = new TreeSet<>();
        for (String dir : new String[] {"ui", "i18n"}) {
            Matcher m = KEY_LIKE_LITERAL.matcher(BundleFiles.allText(UI_SOURCES.resolve(dir)));
            while (m.find()) {
                String literal = m.group(1);
                if (prefixes.contains(literal.substring(0, literal.indexOf('.'))) && !keys.contains(literal)) {
                    unknown.add(literal);
                }
            }
        }
        assertThat(unknown).isEmpty();
    }

    @Test
    void everyKazakhFileIsWrittenWithKazakhLetters() {
        // Guards against a Russian copy or a transliteration landing in a Kazakh file.
        Pattern kazakhLetter = Pattern.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]");
        BundleFiles.read(realBundles(), new ArrayList<>()).forEach((bundle, languages) -> {
            String kazakh = String.join(" ", languages.get(Language.KK).stringPropertyNames().stream()
                    .map(languages.get(Language.KK)::getProperty).toList());
            assertThat(kazakhLetter.matcher(kazakh).find()).as("Kazakh letters in %s_kk", bundle).isTrue();
        });
    }

    /**
     * Issue #15: one name for the central service in each language (decision 0101). The law says "қызмет" / "услуга"
     * for the public service a person asks for, so the central computer is "орталық сервис" / "центральный сервис",
     * never "орталық қызмет" / "центральная служба".
     */
    @Test
    void theCentralServiceHasOneNameInEachLanguage() {
        Pattern otherKazakh = Pattern.compile("(?iu)орталық\\s+қызмет");
        Pattern otherRussian = Pattern.compile("(?iu)центральн\\p{L}*\\s+служб");
        List<String> found = new ArrayList<>();
        BundleFiles.read(realBundles(), new ArrayList<>()).forEach((bundle, languages) -> {
            for (Language language : List.of(Language.KK, Language.RU)) {
                Pattern other = language == Language.KK ? otherKazakh : otherRussian;
                languages.get(language).forEach((key, text) -> {
                    if (other.matcher(text.toString()).find()) {
                        found.add(bundle + "_" + language.code() + ": " + key);
                    }
                });
            }
        });
        assertThat(found).isEmpty();
        assertThat(otherKazakh.matcher("Орталық қызметке жіберілді").find()).isTrue();
        assertThat(otherRussian.matcher("в центральную службу").find()).isTrue();
    }
}
