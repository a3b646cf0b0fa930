package kz.qabyldau.app.ui.intake.documents;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import kz.qabyldau.app.store.applications.Scans;

/**
 * Small pictures of scanned copies: the first page of a PDF rendered by PDFBox, an image scaled down. Blocking
 * (a PDF page takes tens of milliseconds): call from a background task.
 */
final class Thumbnails {

    /** The longer side of a thumbnail, in pixels. */
    static final int SIZE = 72;
    /** Enough for a 72-pixel A4 page: 72 / 11.7 in ≈ 7 dpi; 12 keeps the text lines visible. */
    private static final float PDF_DPI = 12f;

    private Thumbnails() {
    }

    /**
     * The thumbnail of a scan's bytes as a small PNG, or empty when they cannot be drawn (a damaged file still stays
     * attached). PNG bytes, not a JavaFX image, so the view model that asks touches no toolkit class.
     */
    static Optional<byte[]> png(byte[] bytes) {
        Optional<String> type = Scans.sniff(bytes);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        try {
            BufferedImage picture;
            if (type.get().equals(Scans.PDF)) {
                try (PDDocument doc = Loader.loadPDF(bytes)) {
                    if (doc.getNumberOfPages() == 0) {
                        return Optional.empty();
                    }
                    picture = new PDFRenderer(doc).renderImageWithDPI(0, PDF_DPI, ImageType.RGB);
                }
            } else {
                picture = ImageIO.read(new ByteArrayInputStream(bytes));
            }
            if (picture == null) {
                return Optional.empty();
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(scaled(picture), "png", png);
            return Optional.of(png.toByteArray());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The picture fitted into {@link #SIZE} pixels, its proportions kept. */
    private static BufferedImage scaled(BufferedImage picture) {
        double factor = Math.min(1.0, (double) SIZE / Math.max(picture.getWidth(), picture.getHeight()));
        int width = Math.max(1, (int) Math.round(picture.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(picture.getHeight() * factor));
        BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(picture, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return small;
    }
}
