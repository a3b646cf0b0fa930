package kz.qabyldau.app.central;

import static kz.qabyldau.app.central.CentralTestSupport.ASTANA;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** A quiet simulated central service on loopback and one workstation of office AST-03 talking to it. */
abstract class OneDeskTest {

    @TempDir
    Path dir;
    CentralService central;
    SyncClient desk;

    @BeforeEach
    void start() {
        central = CentralService.start(CentralTestSupport.quiet(dir));
        desk = new SyncClient(central.baseUri(), "AST-03", ASTANA);
    }

    @AfterEach
    void stop() {
        central.stop();
    }
}
