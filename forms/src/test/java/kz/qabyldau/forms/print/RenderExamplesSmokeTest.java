package kz.qabyldau.forms.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RenderExamplesSmokeTest {

    static java.util.stream.Stream<FormFixtures.FormFile> files() {
        return FormFixtures.formFiles();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void writesExamplePdf(FormFixtures.FormFile file) throws Exception {
        byte[] pdf = FormFixtures.RENDERER.render(file.text(), file.example(), FormFixtures.FIXED);
        Path out = Path.of("target/print-out");
        Files.createDirectories(out);
        Files.write(out.resolve(file + ".pdf"), pdf);
        assertThat(pdf).isNotEmpty();
    }
}
