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
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import kz.qabyldau.forms.print.FormRenderer;
import kz.qabyldau.forms.print.FormTexts;
import kz.qabyldau.forms.print.RenderOptions;

/**
 * Cold rendering: the first form printed in a fresh JVM — loading the form text, parsing the
 * font, class loading and all — once per fork. How to run: docs/benchmarks.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
public class FormRenderColdBenchmark {

    @Param({"permit-app4", "permit-app5", "permit-app1"})
    public String form;

    @Param({"kk"})
    public String lang;

    @Benchmark
    public byte[] cold() {
        return new FormRenderer().render(new FormTexts().load(form, lang), BenchmarkForms.example(form),
                RenderOptions.normal());
    }
}
