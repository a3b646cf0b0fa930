package kz.qabyldau.app.i18n;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the text bundles of a folder and reports what is wrong with them: a language file
 * missing, a key missing in a language, a file that is not {@code NAME_en|kk|ru.properties}, and
 * keys no code uses. Test code; the checks run on the real bundles and on broken samples.
 */
final class BundleFiles {

    private static final Pattern FILE = Pattern.compile("(.+)_([a-z]{2})\\.properties");

    private BundleFiles() {
    }

    /** The folder of a class-path resource, whether the class path holds a directory or a jar. */
    static Path classPathFolder(String folder) {
        URL url = BundleFiles.class.getClassLoader().getResource(folder);
        if (url == null) {
            throw new IllegalStateException("not on the class path: " + folder);
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try {
                    FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    // opened by an earlier test: reuse it
                }
            }
            return Path.of(uri);
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read " + url, e);
        }
    }

    /** Bundle name → language → its properties, for every {@code NAME_xx.properties} in the folder. */
    static Map<String, Map<Language, Properties>> read(Path folder, List<String> problems) {
        Map<String, Map<Language, Properties>> bundles = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".properties")).sorted().toList()) {
                String name = file.getFileName().toString();
                Matcher m = FILE.matcher(name);
                Language language = m.matches() ? byCode(m.group(2)) : null;
                if (language == null) {
                    problems.add(name + ": not NAME_en, NAME_kk or NAME_ru (a base or other-language file "
                            + "would let the JVM's default locale leak in)");
                    continue;
                }
                bundles.computeIfAbsent(m.group(1), b -> new EnumMap<>(Language.class)).put(language, load(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bundles;
    }

    /** Every language file present and every key in all three languages. */
    static List<String> missingKeys(Path folder) {
        List<String> problems = new ArrayList<>();
        Map<String, Map<Language, Properties>> bundles = read(folder, problems);
        bundles.forEach((bundle, languages) -> {
            Set<String> all = new TreeSet<>();
            languages.values().forEach(p -> all.addAll(p.stringPropertyNames()));
            for (Language language : Language.values()) {
                Properties p = languages.get(language);
                if (p == null) {
                    problems.add(bundle + ": no file " + bundle + "_" + language.code() + ".properties");
                    continue;
                }
                for (String key : all) {
                    if (!p.containsKey(key)) {
                        problems.add(bundle + ": key '" + key + "' missing in " + language.code());
                    } else if (p.getProperty(key).isBlank()) {
                        problems.add(bundle + ": key '" + key + "' empty in " + language.code());
                    }
                }
            }
        });
        return problems;
    }

    /** All keys of one bundle, in any of its languages. */
    static Set<String> keys(Path folder, String bundle) {
        Map<Language, Properties> languages = read(folder, new ArrayList<>()).getOrDefault(bundle, Map.of());
        Set<String> keys = new TreeSet<>();
        languages.values().forEach(p -> keys.addAll(p.stringPropertyNames()));
        return keys;
    }

    /** The keys that appear nowhere in the sources as a string literal {@code "key"}. */
    static Set<String> unusedKeys(Set<String> keys, Path sources) {
        String code = allText(sources);
        Set<String> unused = new TreeSet<>();
        for (String key : keys) {
            if (!code.contains("\"" + key + "\"")) {
                unused.add(key);
            }
        }
        return unused;
    }

    /** The text of every file under a folder, concatenated. */
    static String allText(Path sources) {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                sb.append(Files.readString(f, StandardCharsets.UTF_8)).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }

    private static Properties load(Path file) {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("not UTF-8 or unreadable: " + file, e);
        }
        return p;
    }

    private static Language byCode(String code) {
        for (Language l : Language.values()) {
            if (l.code().equals(code)) {
                return l;
            }
        }
        return null;
    }
}
