package kz.qabyldau.app.ui.flows;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.scene.input.KeyCode;

import org.testfx.util.WaitForAsyncUtils;

import kz.qabyldau.app.i18n.Language;
import kz.qabyldau.app.i18n.I18n;

/**
 * The real workstation in its own JVM (Monocle, headless), with a clerk typing until the process is killed:
 * starts a permit issue, types the provider's code and saves it (Ctrl+S), then types the applicant's surname
 * letter by letter without end, printing {@code typed N} after each letter. Prints {@code saved} after the save.
 */
public final class TypingDeskProcess {

    /** The completed field: saved before the kill, so it must come back whole. */
    static final String PROVIDER_CODE = "KZ-710";
    /** The field being typed when the kill comes: what comes back must be a beginning of it. */
    static final String SURNAME = "Каримов-Каримов-Каримов-Каримов-Каримов-Каримов-Каримов-Каримов";

    private TypingDeskProcess() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Desk desk = new Desk(Path.of(args[0]));
        desk.start();
        desk.startService("K-1", 0);
        desk.key(KeyCode.ENTER); // provider.name comes from the settings
        desk.type(PROVIDER_CODE);
        desk.robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        String saving = new I18n(Language.RU).get("intake.saving");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !desk.text("#intake-saved").equals(saving));
        out.println("saved");
        desk.alt(KeyCode.DIGIT2);
        desk.robot.clickOn("#field-applicant-surname");
        for (int n = 1; ; n++) {
            desk.robot.write(SURNAME.substring((n - 1) % SURNAME.length(), (n - 1) % SURNAME.length() + 1));
            WaitForAsyncUtils.waitForFxEvents();
            out.println("typed " + n);
        }
    }

    /** Starts the child with the test class path and the headless JavaFX of the tests. */
    static Process start(Path dataDir, Path stderrFile) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        for (String p : List.of("testfx.headless", "testfx.robot", "glass.platform", "monocle.platform",
                "prism.order", "prism.text", "java.awt.headless")) {
            if (System.getProperty(p) != null) {
                command.add("-D" + p + "=" + System.getProperty(p));
            }
        }
        command.add("-Dfile.encoding=UTF-8");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(TypingDeskProcess.class.getName());
        command.add(dataDir.toString());
        return new ProcessBuilder(command).redirectError(stderrFile.toFile()).start();
    }
}
