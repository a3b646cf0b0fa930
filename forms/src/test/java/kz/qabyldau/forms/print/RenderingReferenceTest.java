package kz.qabyldau.forms.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import java.awt.image.IndexColorModel;

/**
 * Layout regressions: every form, filled with its example, rendered at 50 dpi and compared with
 * a reviewed reference image in {@code src/test/resources/print/reference/} (a few differing
 * pixels are tolerated: anti-aliasing may vary between JDKs). The rendered pages are always
 * written to {@code target/print-render/} for a look.
 *
 * <p>After a deliberate layout change, look at those pages, then regenerate the references with
 * {@code mvn -pl forms -am test -Dtest=RenderingReferenceTest -Dqabyldau.print.updateReferences=true
 * -Dsurefire.failIfNoSpecifiedTests=false} and commit them.
 */
class RenderingReferenceTest {

    private static final Path REFERENCES = Path.of("src/test/resources/print/reference");
    private static final Path RENDERED = Path.of("target/print-render");
    private static final float DPI = 50;
    private static final int PIXEL_TOLERANCE = 64;
    private static final double MAX_DIFFERENT_PIXELS = 0.002;

    static Stream<FormFixtures.FormFile> files() {
        return FormFixtures.formFiles();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void pagesLookLikeTheReviewedReference(FormFixtures.FormFile file) throws IOException {
        byte[] pdf = FormFixtures.RENDERER.render(file.text(), file.example(), FormFixtures.FIXED);
        boolean update = Boolean.getBoolean("qabyldau.print.updateReferences");
        Files.createDirectories(RENDERED);
        Files.write(RENDERED.resolve(file + ".pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            int pages = doc.getNumberOfPages();
            for (int p = 0; p < pages; p++) {
                BufferedImage actual = renderer.renderImageWithDPI(p, DPI, ImageType.GRAY);
                String name = file + "-" + (p + 1) + ".png";
                ImageIO.write(actual, "png", RENDERED.resolve(name).toFile());
                Path reference = REFERENCES.resolve(name);
                if (update) {
                    Files.createDirectories(REFERENCES);
                    ImageIO.write(sixteenGreys(actual), "png", reference.toFile());
                    continue;
                }
                assertThat(reference).as("no reviewed reference for %s: look at %s and regenerate (see Javadoc)",
                        name, RENDERED.resolve(name)).exists();
                BufferedImage expected = ImageIO.read(reference.toFile());
                assertThat(differingShare(expected, actual)).as("share of pixels of %s that differ from the reference",
                        name).isLessThanOrEqualTo(MAX_DIFFERENT_PIXELS);
            }
            if (!update) {
                assertThat(REFERENCES.resolve(file + "-" + (pages + 1) + ".png")).as("page count of %s changed", file)
                        .doesNotExist();
            }
        }
    }

    /** 4-bit grey keeps the committed references small; the error (≤ 8 levels) is far below the tolerance. */
    private static BufferedImage sixteenGreys(BufferedImage grey) {
        byte[] levels = new byte[16];
        for (int i = 0; i < 16; i++) {
            levels[i] = (byte) (i * 17);
        }
        IndexColorModel model = new IndexColorModel(4, 16, levels, levels, levels);
        BufferedImage out = new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_BYTE_BINARY, model);
        for (int y = 0; y < grey.getHeight(); y++) {
            for (int x = 0; x < grey.getWidth(); x++) {
                out.getRaster().setSample(x, y, 0, Math.round((grey.getRGB(x, y) & 0xFF) / 17f));
            }
        }
        return out;
    }

    private static double differingShare(BufferedImage expected, BufferedImage actual) {
        if (expected.getWidth() != actual.getWidth() || expected.getHeight() != actual.getHeight()) {
            return 1.0;
        }
        long differing = 0;
        for (int y = 0; y < actual.getHeight(); y++) {
            for (int x = 0; x < actual.getWidth(); x++) {
                int a = actual.getRGB(x, y) & 0xFF;
                int e = expected.getRGB(x, y) & 0xFF;
                if (Math.abs(a - e) > PIXEL_TOLERANCE) {
                    differing++;
                }
            }
        }
        return (double) differing / (actual.getWidth() * (long) actual.getHeight());
    }
}
