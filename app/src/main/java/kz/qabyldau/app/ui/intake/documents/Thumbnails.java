package kz.qabyldau.app.ui.intake.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;

import javax.imageio.ImageIO;

import javafx.scene.image.Image;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import kz.qabyldau.app.store.applications.Scans;

/**
 * Small pictures of scanned copies: the first page of a PDF rendered by PDFBox, an image scaled down. Blocking
 * (a PDF page takes tens of milliseconds): call from a background task; {@link Image} may be built off the FX thread.
 */
final class Thumbnails {

    /** The longer side of a thumbnail, in pixels. */
    static final int SIZE = 72;
    /** Enough for a 72-pixel A4 page: 72 / 11.7 in ≈ 7 dpi; 12 keeps the text lines visible. */
    private static final float PDF_DPI = 12f;

    private Thumbnails() {
    }

    /** The thumbnail of a scan's bytes, or empty when they cannot be drawn (a damaged file still stays attached). */
    static Optional<Image> of(byte[] bytes) {
        Optional<String> type = Scans.sniff(bytes);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (type.get().equals(Scans.PDF)) {
                try (PDDocument doc = Loader.loadPDF(bytes)) {
                    if (doc.getNumberOfPages() == 0) {
                        return Optional.empty();
                    }
                    BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, PDF_DPI, ImageType.RGB);
                    ByteArrayOutputStream png = new ByteArrayOutputStream();
                    ImageIO.write(page, "png", png);
                    return Optional.of(new Image(new ByteArrayInputStream(png.toByteArray()), SIZE, SIZE, true, true));
                }
            }
            Image image = new Image(new ByteArrayInputStream(bytes), SIZE, SIZE, true, true);
            return image.isError() ? Optional.empty() : Optional.of(image);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
