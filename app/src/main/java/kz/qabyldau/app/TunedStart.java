package kz.qabyldau.app;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import kz.qabyldau.app.config.PrivateFiles;
import kz.qabyldau.app.config.UserEnvironment;

/**
 * {@code java -jar qabyldau.jar} opening the window, with no JVM option of its own, hands the start to a second JVM
 * started with the options a jar's manifest cannot give (ADR 0095): the serial collector (on two cores G1's threads
 * and set-up cost a fifth of the start) and a class-data archive of the application's own classes, written by the
 * first such start when it exits and used by every later one. The first JVM only waits and passes the exit status
 * on; it loads nothing but {@code java.base}.
 *
 * <p>Nothing personal is in the archive (class metadata only, no heap objects) and nothing but JVM options and the
 * user's own arguments is put on the second command line. {@code QABYLDAU_PLAIN_START=1} keeps the start in one JVM;
 * a start with JVM options of its own (the installed launcher, a maintainer's {@code -Xlog}) is never handed on.
 */
final class TunedStart {

    /** Set in the second JVM: it never hands on again. */
    static final String TUNED_PROPERTY = "qabyldau.tuned";
    /** Set to "1" to start in one JVM. */
    static final String PLAIN_START_VARIABLE = "QABYLDAU_PLAIN_START";
    private static final String ARCHIVE_PREFIX = "qabyldau-classes-";
    private static final String ARCHIVE_SUFFIX = ".jsa";

    /** What the first JVM knows of itself. */
    record Self(String javaCommand, List<String> arguments, Path jar, String javaVersion, String javaHome) {
    }

    /** The second JVM's command, and the archive it writes when it exits (null when it uses one). */
    record Plan(List<String> command, Path archiveBeingWritten, Path archive) {
    }

    private TunedStart() {
    }

    /**
     * Hands the start to a tuned JVM when this one was started as a plain {@code java -jar}.
     *
     * @return the second JVM's exit status, or empty: go on in this JVM
     */
    static Optional<Integer> handOn(List<String> appArgs) {
        UserEnvironment env = UserEnvironment.current();
        if (System.getProperty(TUNED_PROPERTY) != null || env.variable(PLAIN_START_VARIABLE).isPresent()) {
            return Optional.empty();
        }
        Optional<Self> self = self();
        if (self.isEmpty()) {
            return Optional.empty();
        }
        try {
            Optional<Plan> plan = plan(self.get(), appArgs, cacheFolder(env));
            return plan.isEmpty() ? Optional.empty() : Optional.of(run(plan.get()));
        } catch (IOException e) {
            // No cache folder, no second process: the start is slower, not broken.
            return Optional.empty();
        }
    }

    /**
     * The plan for a JVM started as {@code self}, or empty when it must go on itself: started with JVM options,
     * not from a jar, or with arguments other than this application's.
     */
    static Optional<Plan> plan(Self self, List<String> appArgs, Path cache) throws IOException {
        if (!startedAsPlainJar(self, appArgs)) {
            return Optional.empty();
        }
        PrivateFiles.folder(cache);
        Path archive = cache.resolve(ARCHIVE_PREFIX + identity(self) + ARCHIVE_SUFFIX);
        List<String> command = new ArrayList<>(List.of(self.javaCommand(), "-XX:+UseSerialGC"));
        Path writing = null;
        if (Files.isRegularFile(archive)) {
            command.add("-XX:SharedArchiveFile=" + archive);
        } else {
            writing = cache.resolve(ARCHIVE_PREFIX + ProcessHandle.current().pid() + ".writing");
            command.add("-XX:ArchiveClassesAtExit=" + writing);
        }
        // The JVM's remarks on the archive (classes it cannot keep, an archive of another build) are not the clerk's.
        command.add("-Xlog:cds=off");
        command.add("-Xlog:cds+dynamic=off");
        command.add("-D" + TUNED_PROPERTY + "=1");
        command.add("-jar");
        command.add(self.jar().toString());
        command.addAll(appArgs);
        return Optional.of(new Plan(List.copyOf(command), writing, archive));
    }

    /** Exactly {@code -jar JAR ARGS}, JAR as typed (relative or not) naming this jar: no JVM option of its own. */
    private static boolean startedAsPlainJar(Self self, List<String> appArgs) {
        List<String> args = self.arguments();
        return args.size() == appArgs.size() + 2 && "-jar".equals(args.get(0))
                && args.subList(2, args.size()).equals(appArgs)
                && Path.of(args.get(1)).toAbsolutePath().normalize().equals(self.jar().toAbsolutePath().normalize());
    }

    /** Starts the plan, waits for it, keeps the archive it wrote; a TERM to this JVM ends the second one too. */
    static int run(Plan plan) throws IOException {
        Process child = new ProcessBuilder(plan.command()).inheritIO().start();
        Thread stopChild = new Thread(() -> {
            if (child.isAlive()) {
                child.destroy();
                try {
                    child.waitFor(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }, "qabyldau-stop-window");
        Runtime.getRuntime().addShutdownHook(stopChild);
        int status;
        try {
            status = child.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            child.destroy();
            return 130;
        }
        keepArchive(plan);
        return status;
    }

    private static void keepArchive(Plan plan) {
        Path writing = plan.archiveBeingWritten();
        if (writing == null || !Files.isRegularFile(writing)) {
            return;
        }
        try {
            PrivateFiles.file(writing);
            Files.move(writing, plan.archive(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            // Archives of earlier builds and half-written ones of starts that were killed.
            try (Stream<Path> files = Files.list(plan.archive().getParent())) {
                for (Path p : files.filter(p -> p.getFileName().toString().startsWith(ARCHIVE_PREFIX)
                        && !p.equals(plan.archive())).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            // The next start writes it again.
        }
    }

    /** Which build of the jar on which Java: an archive of another one would be refused by the JVM anyway. */
    static String identity(Self self) throws IOException {
        String what = self.jar().toAbsolutePath() + "\n" + Files.size(self.jar()) + "\n"
                + Files.getLastModifiedTime(self.jar()).toMillis() + "\n" + self.javaHome() + "\n"
                + self.javaVersion();
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(what.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }

    /** The per-user cache folder: {@code $XDG_CACHE_HOME/qabyldau}, {@code %LOCALAPPDATA%\Qabyldau\cache}. */
    static Path cacheFolder(UserEnvironment env) {
        Path home = Path.of(env.userHome());
        if (env.isWindows()) {
            return env.variable("LOCALAPPDATA").map(Path::of).orElseGet(() -> home.resolve("AppData").resolve("Local"))
                    .resolve("Qabyldau").resolve("cache");
        }
        if (env.isMac()) {
            return home.resolve("Library").resolve("Caches").resolve("Qabyldau");
        }
        return env.variable("XDG_CACHE_HOME").map(Path::of).filter(Path::isAbsolute)
                .orElseGet(() -> home.resolve(".cache")).resolve("qabyldau");
    }

    private static Optional<Self> self() {
        ProcessHandle.Info info = ProcessHandle.current().info();
        Optional<Path> jar = jar();
        if (info.command().isEmpty() || info.arguments().isEmpty() || jar.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Self(info.command().get(), List.of(info.arguments().get()), jar.get(),
                System.getProperty("java.version", ""), System.getProperty("java.home", "")));
    }

    private static Optional<Path> jar() {
        CodeSource source = TunedStart.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return Optional.empty();
        }
        try {
            Path path = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(path) && path.toString().endsWith(".jar") ? Optional.of(path) : Optional.empty();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
