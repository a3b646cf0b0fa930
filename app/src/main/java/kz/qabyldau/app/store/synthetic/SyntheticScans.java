package kz.qabyldau.app.store.synthetic;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A few small PNG "scans" (grey noise, 48x64 pixels): stored once by content, shared by the generated
 * documents. Written by hand (a PNG is three chunks) so that generating data needs no desktop toolkit.
 */
public final class SyntheticScans {

    private static final int WIDTH = 48;
    private static final int HEIGHT = 64;

    private SyntheticScans() {
    }

    /** {@code count} different small PNG images, the same for the same seed. */
    public static List<byte[]> images(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<byte[]> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] raw = new byte[HEIGHT * (WIDTH + 1)];
            for (int y = 0; y < HEIGHT; y++) {
                raw[y * (WIDTH + 1)] = 0; // filter: none
                for (int x = 0; x < WIDTH; x++) {
                    raw[y * (WIDTH + 1) + 1 + x] = (byte) (200 + random.nextInt(56));
                }
            }
            out.add(png(raw));
        }
        return out;
    }

    private static byte[] png(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer header = ByteBuffer.allocate(13).putInt(WIDTH).putInt(HEIGHT)
                .put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0); // 8-bit grey
        chunk(out, "IHDR", header.array());
        Deflater deflater = new Deflater();
        deflater.setInput(raw);
        deflater.finish();
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (!deflater.finished()) {
            compressed.write(buffer, 0, deflater.deflate(buffer));
        }
        deflater.end();
        chunk(out, "IDAT", compressed.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
