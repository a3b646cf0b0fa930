package kz.qabyldau.forms.print.bench;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import kz.qabyldau.forms.print.FormRenderer;
import kz.qabyldau.forms.print.FormText;
import kz.qabyldau.forms.print.FormTexts;
import kz.qabyldau.forms.print.PrintData;
import kz.qabyldau.forms.print.RenderOptions;

/**
 * Warm rendering: one renderer (fonts parsed once), a form rendered over and over to a PDF in
 * memory, as a workstation does after its first print. How to run: docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class FormRenderBenchmark {

    @Param({"permit-app1", "permit-app3", "permit-app4", "permit-app5", "permit-app6", "permit-app7", "permit-app8",
            "qualification-app1", "qualification-app3"})
    public String form;

    @Param({"kk", "ru"})
    public String lang;

    private FormRenderer renderer;
    private FormText text;
    private PrintData data;
    private RenderOptions options;

    @Setup
    public void load() {
        renderer = new FormRenderer();
        text = new FormTexts().load(form, lang);
        data = BenchmarkForms.example(form);
        options = RenderOptions.normal();
    }

    @Benchmark
    public byte[] warm() {
        return renderer.render(text, data, options);
    }
}
