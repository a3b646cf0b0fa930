package kz.qabyldau.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.config.UserEnvironment;

/** ADR 0095: who is handed on to a tuned JVM, with what command, and what is kept of its class archive. */
class TunedStartTest {

    @TempDir
    Path temp;

    private Path jar() throws IOException {
        Path jar = temp.resolve("app").resolve("qabyldau.jar");
        Files.createDirectories(jar.getParent());
        if (!Files.exists(jar)) {
            Files.write(jar, new byte[] {'P', 'K', 3, 4});
        }
        return jar;
    }

    private TunedStart.Self self(String... arguments) throws IOException {
        return new TunedStart.Self("/usr/bin/java", List.of(arguments), jar(), "17.0.15", "/usr/lib/jvm/17");
    }

    private Path cache() {
        return temp.resolve("cache").resolve("qabyldau");
    }

    @Test
    void aPlainJavaJarIsHandedOnWithTheSerialCollectorAndWritesItsArchiveAtExit() throws IOException {
        String jar = jar().toString();
        Optional<TunedStart.Plan> plan = TunedStart.plan(self("-jar", jar, "--data-dir", "/d"),
                List.of("--data-dir", "/d"), cache());

        assertThat(plan).isPresent();
        List<String> command = plan.get().command();
        assertThat(command.get(0)).isEqualTo("/usr/bin/java");
        assertThat(command).contains("-XX:+UseSerialGC", "-D" + TunedStart.TUNED_PROPERTY + "=1")
                .containsSubsequence("-jar", jar, "--data-dir", "/d")
                .noneMatch(a -> a.startsWith("-XX:SharedArchiveFile"));
        assertThat(command.subList(command.size() - 4, command.size()))
                .containsExactly("-jar", jar, "--data-dir", "/d");
        Path writing = plan.get().archiveBeingWritten();
        assertThat(writing.getParent()).isEqualTo(cache());
        assertThat(command).contains("-XX:ArchiveClassesAtExit=" + writing);
        if (Files.getFileStore(temp).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cache()))).isEqualTo("rwx------");
        }
    }

    @Test
    void theArchiveOfThisBuildIsUsedOnceWritten() throws IOException {
        TunedStart.Self self = self("-jar", jar().toString());
        Path archive = TunedStart.plan(self, List.of(), cache()).orElseThrow().archive();
        Files.write(archive, new byte[] {1});

        TunedStart.Plan plan = TunedStart.plan(self, List.of(), cache()).orElseThrow();
        assertThat(plan.command()).contains("-XX:SharedArchiveFile=" + archive)
                .noneMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit"));
        assertThat(plan.archiveBeingWritten()).isNull();
    }

    @Test
    void anotherBuildOfTheJarOrAnotherJavaHasAnArchiveOfItsOwn() throws IOException {
        TunedStart.Self self = self("-jar", jar().toString());
        String before = TunedStart.identity(self);
        assertThat(TunedStart.identity(new TunedStart.Self(self.javaCommand(), self.arguments(), self.jar(), "25",
                self.javaHome()))).isNotEqualTo(before);
        Files.write(jar(), new byte[] {'P', 'K', 3, 4, 5});
        assertThat(TunedStart.identity(self)).isNotEqualTo(before);
    }

    @Test
    void aStartWithJvmOptionsOfItsOwnOrNotFromTheJarStaysInOneJvm() throws IOException {
        String jar = jar().toString();
        assertThat(TunedStart.plan(self("-Xlog:gc", "-jar", jar), List.of(), cache())).isEmpty();
        assertThat(TunedStart.plan(self("-Dx=1", "-jar", jar, "--training"), List.of("--training"), cache())).isEmpty();
        assertThat(TunedStart.plan(self("-cp", jar, "kz.qabyldau.app.Launcher"), List.of(), cache())).isEmpty();
        assertThat(TunedStart.plan(self("-jar", temp.resolve("other.jar").toString()), List.of(), cache())).isEmpty();
        assertThat(TunedStart.plan(self("-jar", jar, "--training"), List.of(), cache()))
                .as("arguments that are not the application's").isEmpty();
        assertThat(cache()).as("nothing made for a start that is not handed on").doesNotExist();
    }

    @Test
    void theJarAsTypedRelativeToTheWorkingFolderIsTheSameJar() throws IOException {
        Path relative = Path.of("").toAbsolutePath().relativize(jar());
        assertThat(TunedStart.plan(self("-jar", relative.toString()), List.of(), cache())).isPresent();
    }

    @Test
    void theSecondJvmsStatusIsPassedOnAndTheArchiveItWroteIsKeptPrivateInPlaceOfOlderOnes() throws IOException {
        Files.createDirectories(cache());
        Path older = Files.write(cache().resolve("qabyldau-classes-0123456789abcdef.jsa"), new byte[] {1});
        Path writing = cache().resolve("qabyldau-classes-42.writing");
        Path archive = cache().resolve("qabyldau-classes-fedcba9876543210.jsa");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-cp", System.getProperty("java.class.path"), Child.class.getName(),
                writing.toString());

        int status = TunedStart.run(new TunedStart.Plan(command, writing, archive));

        assertThat(status).isEqualTo(Child.STATUS);
        assertThat(archive).hasContent("classes");
        assertThat(writing).doesNotExist();
        assertThat(older).doesNotExist();
        if (Files.getFileStore(temp).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(archive))).isEqualTo("rw-------");
        }
    }

    @Test
    void theCacheFolderFollowsEachSystemsConvention() {
        assertThat(TunedStart.cacheFolder(new UserEnvironment("Linux", "/home/a", Map.of())))
                .isEqualTo(Path.of("/home/a/.cache/qabyldau"));
        assertThat(TunedStart.cacheFolder(new UserEnvironment("Linux", "/home/a", Map.of("XDG_CACHE_HOME", "/c"))))
                .isEqualTo(Path.of("/c/qabyldau"));
        assertThat(TunedStart.cacheFolder(new UserEnvironment("Linux", "/home/a", Map.of("XDG_CACHE_HOME", "rel"))))
                .as("a relative XDG_CACHE_HOME is ignored").isEqualTo(Path.of("/home/a/.cache/qabyldau"));
        assertThat(TunedStart.cacheFolder(new UserEnvironment("Windows 11", "C:\\Users\\a",
                Map.of("LOCALAPPDATA", "L")))).isEqualTo(Path.of("L", "Qabyldau", "cache"));
    }

    /** Stands in for the second JVM: writes its "archive" at exit and ends with {@link #STATUS}. */
    public static final class Child {
        static final int STATUS = 3;

        private Child() {
        }

        public static void main(String[] args) throws IOException {
            Files.writeString(Path.of(args[0]), "classes");
            System.exit(STATUS);
        }
    }
}
