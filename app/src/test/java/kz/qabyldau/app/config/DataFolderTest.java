package kz.qabyldau.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


class DataFolderTest {

    private static final LaunchOptions DEFAULTS = LaunchOptions.defaults();

    @TempDir
    Path temp;

    @Test
    void linuxUsesXdgDataHomeWhenSet() {
        var env = new UserEnvironment("Linux", "/home/aigerim", Map.of("XDG_DATA_HOME", "/data/xdg"));
        assertThat(DataFolder.resolve(DEFAULTS, env).root()).isEqualTo(Path.of("/data/xdg/qabyldau"));
    }

    @Test
    void linuxFallsBackToLocalShareWithoutXdgDataHome() {
        var env = new UserEnvironment("Linux", "/home/aigerim", Map.of());
        assertThat(DataFolder.resolve(DEFAULTS, env).root()).isEqualTo(Path.of("/home/aigerim/.local/share/qabyldau"));
    }

    @Test
    void linuxIgnoresRelativeXdgDataHome() {
        var env = new UserEnvironment("Linux", "/home/aigerim", Map.of("XDG_DATA_HOME", "relative/dir"));
        assertThat(DataFolder.resolve(DEFAULTS, env).root()).isEqualTo(Path.of("/home/aigerim/.local/share/qabyldau"));
    }

    @Test
    void windowsUsesLocalAppData() {
        var env = new UserEnvironment("Windows 11", "/users/aigerim", Map.of("LOCALAPPDATA",
                "/users/aigerim/AppData/Local"));
        assertThat(DataFolder.defaultRoot(env)).isEqualTo(Path.of("/users/aigerim/AppData/Local", "Qabyldau"));
    }

    @Test
    void windowsWithoutLocalAppDataUsesItsUsualPlaceUnderHome() {
        var env = new UserEnvironment("Windows 10", "/users/aigerim", Map.of());
        assertThat(DataFolder.defaultRoot(env)).isEqualTo(Path.of("/users/aigerim", "AppData", "Local", "Qabyldau"));
    }

    @Test
    void macUsesApplicationSupport() {
        var env = new UserEnvironment("Mac OS X", "/Users/aigerim", Map.of("XDG_DATA_HOME", "/ignored"));
        assertThat(DataFolder.defaultRoot(env))
                .isEqualTo(Path.of("/Users/aigerim/Library/Application Support/Qabyldau"));
    }

    @Test
    void dataDirOptionReplacesTheDefault() {
        var env = new UserEnvironment("Linux", "/home/aigerim", Map.of("XDG_DATA_HOME", "/data/xdg"));
        var folder = DataFolder.resolve(new LaunchOptions(Optional.of(temp.resolve("office")), false), env);
        assertThat(folder.root()).isEqualTo(temp.resolve("office"));
    }

    @Test
    void trainingOptionSelectsTheTrainingDatabase() {
        var folder = DataFolder.resolve(new LaunchOptions(Optional.of(temp), true));
        assertThat(folder.training()).isTrue();
        assertThat(folder.databaseFile()).isEqualTo(temp.resolve("training.db"));
    }

    @Test
    void relativeDataDirIsMadeAbsolute() {
        var folder = DataFolder.resolve(new LaunchOptions(Optional.of(Path.of("office-data")), false));
        assertThat(folder.root()).isEqualTo(Path.of("office-data").toAbsolutePath());
    }

    @Test
    void resolvingTouchesNothingOnDisk() {
        DataFolder.resolve(new LaunchOptions(Optional.of(temp.resolve("office")), false));
        assertThat(temp.resolve("office")).doesNotExist();
    }

    @Test
    void realAndTrainingModesUseSeparateDatabasesAndLogsInOneFolder() {
        var real = DataFolder.at(temp, false);
        var training = DataFolder.at(temp, true);
        assertThat(real.databaseFile()).isEqualTo(temp.resolve("qabyldau.db"));
        assertThat(training.databaseFile()).isEqualTo(temp.resolve("training.db"));
        assertThat(real.lockFile()).isNotEqualTo(training.lockFile());
        assertThat(real.logFile()).isNotEqualTo(training.logFile());
        assertThat(real.logFile().getParent()).isEqualTo(temp.resolve("logs"));
    }

    @Test
    void prepareCreatesTheFolderAndItsSubfolders() {
        var folder = DataFolder.at(temp.resolve("a/b/qabyldau"), false).prepare();
        assertThat(folder.root()).isDirectory();
        assertThat(folder.logsFolder()).isDirectory();
        assertThat(folder.printedFormsFolder()).isDirectory();
        assertThat(folder.prepare()).isSameAs(folder);
    }

    @Test
    void folderThatCannotBeCreatedGivesAClearError() throws IOException {
        Path aFile = Files.writeString(temp.resolve("not-a-folder"), "x");
        var folder = DataFolder.at(aFile.resolve("qabyldau"), false);

        assertThatThrownBy(folder::prepare)
                .isInstanceOfSatisfying(DataFolderException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(DataFolderException.CANNOT_CREATE);
                    assertThat(e.path()).isEqualTo(folder.root());
                    assertThat(e.localizedMessage(Locale.forLanguageTag("kk"))).contains(folder.root().toString())
                            .contains("қалтасын құру мүмкін емес");
                });
    }

    @Test
    void readOnlyFolderGivesAClearError() throws IOException {
        Path root = Files.createDirectories(temp.resolve("readonly"));
        ReadOnlyFolder.makeReadOnly(root);
        try {
            assumeTrue(ReadOnlyFolder.isReallyReadOnly(root), "cannot make a folder read-only here");
            var folder = DataFolder.at(root, false);
            assertThatThrownBy(folder::prepare)
                    .isInstanceOfSatisfying(DataFolderException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo(DataFolderException.NOT_WRITABLE);
                        assertThat(e.path()).isEqualTo(root);
                        assertThat(e.getMessage()).contains("read-only").contains(root.toString());
                    });
        } finally {
            ReadOnlyFolder.makeWritable(root);
        }
    }

}
