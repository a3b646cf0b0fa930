package kz.qabyldau.app.store.applications;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.qabyldau.app.store.PersonalColumns;
import kz.qabyldau.app.store.Vault;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.NoSuchElementException;

/**
 * Scanned copies of documents, content-addressed: the SHA-256 of the bytes is the scan's id, so
 * the same file attached twice (or to two drafts) is stored once, and the central service can be
 * sent each scan once. Only PDF, JPEG and PNG are kept, recognised by their first bytes (an
 * extension proves nothing), up to {@link #MAX_BYTES}. Obtain it from {@link ApplicationStore#scans()}.
 */
public final class Scans {

    /** The largest scan kept: 10 MB (a colour A4 page at 300 dpi as JPEG is about 1–3 MB). */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    public static final String PDF = "application/pdf";
    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";

    private static final Logger LOG = LoggerFactory.getLogger(Scans.class);
    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG_MAGIC = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final StoreContext context;

    Scans(StoreContext context) {
        this.context = context;
    }

    /**
     * Stores the file's bytes (once per content).
     *
     * @throws ScanRejectedException {@link ScanRejectedException#UNREADABLE}, {@link ScanRejectedException#EMPTY},
     *                               {@link ScanRejectedException#TOO_LARGE}, {@link ScanRejectedException#WRONG_TYPE}
     */
    public ScanRef put(Path file) {
        Objects.requireNonNull(file, "file");
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            // The size first, so a 2 GB video dropped on the row is refused without reading it.
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw tooLarge(name, size);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            LOG.info("Scan {} cannot be read: {}", file, e.toString());
            throw new ScanRejectedException(ScanRejectedException.UNREADABLE, name);
        }
        return put(bytes, null, name);
    }

    /**
     * Stores the bytes (once per content). {@code mediaType} is what the caller believes (may be null);
     * the stored type is the one the bytes show.
     *
     * @param fileName shown in a refusal and kept with a new scan (null: '')
     * @throws ScanRejectedException {@link ScanRejectedException#EMPTY}, {@link ScanRejectedException#TOO_LARGE},
     *                               {@link ScanRejectedException#WRONG_TYPE}
     */
    public ScanRef put(byte[] bytes, String mediaType, String fileName) {
        Objects.requireNonNull(bytes, "bytes");
        String name = fileName == null ? "" : fileName;
        if (bytes.length == 0) {
            throw new ScanRejectedException(ScanRejectedException.EMPTY, name);
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(name, bytes.length);
        }
        String type = sniff(bytes).orElseThrow(() -> new ScanRejectedException(ScanRejectedException.WRONG_TYPE, name));
        if (mediaType != null && !mediaType.equalsIgnoreCase(type)) {
            LOG.info("Scan {} declared as {} is a {}; kept as {}", name, mediaType, type, type);
        }
        String sha256 = sha256(bytes);
        return context.database().write(c -> {
            Optional<ScanRef> existing = find(c, sha256);
            if (existing.isPresent()) {
                return existing.get();
            }
            try (PreparedStatement st = c.prepareStatement("INSERT INTO scan (sha256, media_type, size, file_name, "
                    + "stored_at, content) VALUES (?, ?, ?, ?, ?, ?)")) {
                st.setString(1, sha256);
                st.setString(2, type);
                st.setLong(3, bytes.length);
                Vault vault = context.database().vault();
                st.setString(4, PersonalColumns.SCAN_FILE_NAME.seal(vault, sha256, name));
                st.setString(5, StoreContext.iso(context.now()));
                st.setBytes(6, vault.seal(bytes, PersonalColumns.SCAN_CONTENT.cell(sha256)));
                st.executeUpdate();
            }
            return new ScanRef(sha256, type, bytes.length, name);
        });
    }

    /** The scan's description, if stored here. */
    public Optional<ScanRef> find(String sha256) {
        return context.database().read(c -> find(c, sha256));
    }

    /**
     * The bytes of a stored scan.
     *
     * @throws java.util.NoSuchElementException no scan with that hash on this workstation
     */
    public byte[] content(String sha256) {
        return context.database().read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT content FROM scan WHERE sha256 = ?")) {
                st.setString(1, sha256);
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        throw new NoSuchElementException("no scan " + sha256);
                    }
                    return context.database().vault().open(rs.getBytes(1), PersonalColumns.SCAN_CONTENT.cell(sha256));
                }
            }
        });
    }

    /** The media type the bytes show: PDF, JPEG or PNG; empty for anything else. */
    public static Optional<String> sniff(byte[] bytes) {
        if (startsWith(bytes, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(bytes, JPEG_MAGIC)) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, PNG_MAGIC)) {
            return Optional.of(PNG);
        }
        return Optional.empty();
    }

    /** Lower-case hex SHA-256. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    static Optional<ScanRef> find(Connection c, String sha256) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "SELECT sha256, media_type, size, file_name FROM scan WHERE sha256 = ?")) {
            st.setString(1, sha256);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(new ScanRef(rs.getString(1), rs.getString(2), rs.getLong(3),
                        rs.getString(4))) : Optional.empty();
            }
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        return bytes.length >= magic.length && Arrays.equals(bytes, 0, magic.length, magic, 0, magic.length);
    }

    private static ScanRejectedException tooLarge(String name, long size) {
        return new ScanRejectedException(ScanRejectedException.TOO_LARGE, name, megabytes(size), megabytes(MAX_BYTES));
    }

    /** One decimal, rounded up, so "10.1 MB" never reads as the limit itself. */
    private static BigDecimal megabytes(long bytes) {
        return BigDecimal.valueOf(bytes).divide(BigDecimal.valueOf(1024L * 1024), 1, RoundingMode.UP);
    }
}
