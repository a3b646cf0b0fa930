package kz.qabyldau.app.store.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import kz.qabyldau.app.store.Database;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;

class ScansTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    /** The start of a Windows executable ("MZ", DOS stub). */
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};

    @TempDir
    Path folder;

    private Database db;
    private Scans scans;

    @BeforeEach
    void open() {
        db = StoreFixture.open(folder.resolve("data"));
        scans = ApplicationStore.open(db, false, StoreFixture.clock()).scans();
    }

    @AfterEach
    void close() {
        db.close();
    }

    private int storedScans() {
        return db.read(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM scan")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    @Test
    void theSameBytesAreStoredOnce() {
        ScanRef first = scans.put(PDF, "application/pdf", "passport.pdf");
        ScanRef again = scans.put(PDF.clone(), "application/pdf", "passport-copy.pdf");

        assertThat(again).isEqualTo(first);
        assertThat(first.sha256()).isEqualTo(Scans.sha256(PDF)).hasSize(64);
        assertThat(storedScans()).isEqualTo(1);
        assertThat(scans.content(first.sha256())).isEqualTo(PDF);
    }

    @Test
    void theTypeComesFromTheBytesNotFromTheCallerOrTheName() {
        ScanRef ref = scans.put(PNG, "image/jpeg", "photo.jpg");

        assertThat(ref.mediaType()).isEqualTo(Scans.PNG);
    }

    @Test
    void pdfJpegAndPngAreKept() {
        assertThat(scans.put(PDF, null, "a.pdf").mediaType()).isEqualTo(Scans.PDF);
        assertThat(scans.put(JPEG, null, "b.jpg").mediaType()).isEqualTo(Scans.JPEG);
        assertThat(scans.put(PNG, null, "c.png").mediaType()).isEqualTo(Scans.PNG);
        assertThat(storedScans()).isEqualTo(3);
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> scans.put(new byte[0], "application/pdf", "empty.pdf"))
                .isInstanceOfSatisfying(ScanRejectedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(ScanRejectedException.EMPTY);
                    assertThat(e.fileName()).isEqualTo("empty.pdf");
                });
        assertThat(storedScans()).isZero();
    }

    @Test
    void anExecutableIsRefusedWhateverItsName() {
        assertThatThrownBy(() -> scans.put(EXE, "application/pdf", "passport.pdf"))
                .isInstanceOfSatisfying(ScanRejectedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(ScanRejectedException.WRONG_TYPE);
                    assertThat(e.localizedMessage(Locale.forLanguageTag("kk"))).contains("passport.pdf");
                });
        assertThat(storedScans()).isZero();
    }

    @Test
    void aScanOverTheLimitIsRefusedWithItsSizeAndTheLimit() {
        byte[] big = Arrays.copyOf(JPEG, (int) Scans.MAX_BYTES + 1);

        assertThatThrownBy(() -> scans.put(big, "image/jpeg", "scan.jpg"))
                .isInstanceOfSatisfying(ScanRejectedException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(ScanRejectedException.TOO_LARGE);
                    assertThat(e.localizedMessage(Locale.ENGLISH)).contains("scan.jpg").contains("10.1 MB")
                            .contains("10 MB");
                });
        assertThat(storedScans()).isZero();
    }

    @Test
    void aScanOfExactlyTheLimitIsKept() {
        byte[] limit = Arrays.copyOf(JPEG, (int) Scans.MAX_BYTES);

        assertThat(scans.put(limit, "image/jpeg", "scan.jpg").size()).isEqualTo(Scans.MAX_BYTES);
    }

    @Test
    void aFileFromDiskIsStoredUnderItsName() throws Exception {
        Path file = Files.write(folder.resolve("паспорт.png"), PNG);

        ScanRef ref = scans.put(file);

        assertThat(ref.fileName()).isEqualTo("паспорт.png");
        assertThat(ref.size()).isEqualTo(PNG.length);
        assertThat(scans.find(ref.sha256())).contains(ref);
    }

    @Test
    void anOversizedFileOnDiskIsRefusedBeforeReadingIt() throws Exception {
        Path file = folder.resolve("video.mp4");
        try (var channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(new byte[] {0}), Scans.MAX_BYTES * 100); // sparse
        }

        assertThatThrownBy(() -> scans.put(file)).isInstanceOfSatisfying(ScanRejectedException.class,
                e -> assertThat(e.messageKey()).isEqualTo(ScanRejectedException.TOO_LARGE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"missing.pdf", ""})
    void aMissingFileOrAFolderIsUnreadable(String name) {
        Path file = folder.resolve(name);

        assertThatThrownBy(() -> scans.put(file)).isInstanceOfSatisfying(ScanRejectedException.class,
                e -> assertThat(e.messageKey()).isEqualTo(ScanRejectedException.UNREADABLE));
    }

    @Test
    void anEmptyFileOnDiskIsRefusedAsEmpty() throws Exception {
        Path file = Files.createFile(folder.resolve("blank.jpg"));

        assertThatThrownBy(() -> scans.put(file)).isInstanceOfSatisfying(ScanRejectedException.class,
                e -> assertThat(e.messageKey()).isEqualTo(ScanRejectedException.EMPTY));
    }
}
