package kz.qabyldau.app.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.nio.charset.StandardCharsets;

/** The desk's one printing policy: print, else save privately and open the viewer (issue #14). */
class PaperDeliveryTest {

    private static final byte[] PDF = "%PDF-1.7 a form".getBytes();
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T05:15:00Z"), ZoneId.of("Asia/Almaty"));

    @TempDir
    Path folder;

    @Test
    void withoutAPrinterTheFormIsSavedForTheClerkOnlyAndOpened() throws IOException {
        List<Path> opened = new ArrayList<>();
        PrintEnvironment noPrinter = new PrintEnvironment(PrintEnvironment.saveOnly().printers(), opened::add);
        PaperDelivery paper = new PaperDelivery(noPrinter, PrinterChoiceStore.inMemory(), folder.resolve("printed"),
                CLOCK);

        PaperDelivery.Delivery delivery = paper.deliver(PDF, "permit-app4");

        assertThat(delivery.printer()).isEmpty();
        assertThat(delivery.notPrinted()).hasValueSatisfying(e ->
                assertThat(e.problem()).isEqualTo(PrintingException.Problem.NO_PRINTER));
        Path file = delivery.savedTo().orElseThrow();
        assertThat(opened).containsExactly(file);
        assertThat(file.getParent()).isEqualTo(folder.resolve("printed"));
        assertThat(file.getFileName().toString()).isEqualTo("permit-app4-20260302-101500-000.pdf");
        assertThat(Files.readAllBytes(file)).isEqualTo(PDF);
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                    .isEqualTo("rwx------");
        }
    }

    @Test
    void aSavedFormIsRemovedAtTheNextStart() throws IOException {
        PaperDelivery paper = new PaperDelivery(PrintEnvironment.saveOnly(), PrinterChoiceStore.inMemory(),
                folder.resolve("printed"), CLOCK);
        Path saved = paper.show("%PDF-1.4".getBytes(StandardCharsets.US_ASCII), "permit.app1")
                .savedTo().orElseThrow();
        assertThat(saved).exists();
        PaperDelivery.removeEarlierCopies(folder.resolve("printed"));
        assertThat(saved).doesNotExist();
    }

    @Test
    void withoutAViewerTheClerkIsToldWhereTheFileIs() throws IOException {
        PaperDelivery paper = new PaperDelivery(PrintEnvironment.saveOnly(), PrinterChoiceStore.inMemory(),
                folder.resolve("printed-training"), CLOCK);

        PaperDelivery.Delivery delivery = paper.deliver(PDF, "permit-app5");

        assertThat(delivery.notOpened()).hasValueSatisfying(e ->
                assertThat(e.problem()).isEqualTo(PrintingException.Problem.NO_VIEWER));
        assertThat(delivery.savedTo()).hasValueSatisfying(f -> assertThat(f).startsWith(folder.resolve(
                "printed-training")));
    }
}
