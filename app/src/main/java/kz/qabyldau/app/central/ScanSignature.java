package kz.qabyldau.app.central;

import java.util.Map;

/**
 * The first bytes each accepted scan type begins with, so that a declared {@code Content-Type} is checked against the
 * bytes rather than believed: an executable or an HTML page uploaded as "application/pdf" is refused.
 */
final class ScanSignature {

    private static final Map<String, byte[]> MAGIC = Map.of(
            "application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'},
            "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    private ScanSignature() {
    }

    /**
     * Whether the first chunk of a scan begins as {@code mediaType} requires. A first chunk shorter than the signature
     * must match as far as it goes (and the next chunk cannot start anywhere else than where it ends).
     */
    static boolean matches(String mediaType, byte[] firstChunk) {
        byte[] magic = MAGIC.get(mediaType);
        if (magic == null) {
            return false;
        }
        int n = Math.min(magic.length, firstChunk.length);
        for (int i = 0; i < n; i++) {
            if (firstChunk[i] != magic[i]) {
                return false;
            }
        }
        return n > 0;
    }
}
