package kz.qabyldau.forms.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Renders a form text filled with print data into a PDF/A-2b document: A4, Liberation Serif
 * embedded as a subset, real extractable text, one run of pages per copy. The public entry point
 * of printing; one instance can be reused (and should be: the font is parsed once).
 */
public final class FormRenderer {

    private final FormFonts fonts;
    private final CodeNames names;

    public FormRenderer() {
        this(new CodeNames());
    }

    public FormRenderer(CodeNames names) {
        this.fonts = FormFonts.shared();
        this.names = names;
    }

    /**
     * Checks a form text without data: every placeholder is known and every fixed character
     * printable, including blocks that only print under a condition.
     *
     * @throws FormPrintException describing the first problem
     */
    public void check(FormText text) {
        for (String template : templates(text)) {
            for (Placeholders.Slot slot : Placeholders.slots(template)) {
                if (!Placeholders.isKnown(slot.id())) {
                    throw new FormPrintException(FormPrintException.Reason.UNKNOWN_PLACEHOLDER,
                            "form " + text.form() + "." + text.language() + " uses an unknown placeholder "
                                    + slot.source(), List.of(text.form(), slot.source()));
                }
            }
            for (String phrase : Placeholders.fixedPhrases(template)) {
                if (phrase.contains("{") || phrase.contains("}")) {
                    throw FormTexts.bad(text.form() + "." + text.language(),
                            "malformed placeholder in '" + template
                                    + "' (write {id}, {country:id}, {region:id} or {date:id|DD.MM.YYYY})");
                }
                PrintableText.requirePrintable(PrintableText.clean(phrase), "the form text of " + text.form(), fonts);
            }
        }
    }

    /**
     * Renders a small built-in form and throws the result away, so that class loading, the
     * font's metrics and the PDF/A machinery are ready before the clerk's first print (a cold
     * first render costs around a second, a warm one milliseconds; docs/benchmarks.md). Call it
     * on a background thread at start-up.
     */
    public void warmUp() {
        FormText sample = new FormText("warm-up", "kk", LocalDate.of(2024, 1, 1), "built-in", null, List.of(),
                List.of(new Block.Corner(List.of("Нысан"), null, null), new Block.Title("ҮЛГІ {today}", null, null),
                        new Block.Field("Т.А.Ә.", "{applicant.fullName}", "(қолы)", null, null, null)));
        render(sample, PrintData.builder(LocalDate.now()).put("applicant.surname", "Әбіш").build(),
                RenderOptions.trainingMode());
    }

    /** Renders into a byte array (a form is tens of kilobytes). */
    public byte[] render(FormText text, PrintData data, RenderOptions options) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        render(text, data, options, out);
        return out.toByteArray();
    }

    /**
     * Renders into a stream.
     *
     * @throws FormPrintException when the text is broken or a value cannot be printed; nothing
     *                            is written then
     */
    public void render(FormText text, PrintData data, RenderOptions options, OutputStream out) {
        check(text);
        // The parsed fonts are shared and not thread-safe; a workstation prints one form at a time.
        synchronized (fonts) {
            try (PDDocument doc = new PDDocument()) {
                FormFonts.Faces faces = fonts.embedInto(doc);
                FormValues values = new FormValues(text.form(), data, text.language(), names, fonts);
                BlockLayout layout = new BlockLayout(values, faces);
                List<BlockLayout.Group> groups = new ArrayList<>();
                for (Block b : text.blocks()) {
                    if (values.holds(b.when())) {
                        groups.add(layout.layout(b));
                    }
                }
                try (PageCanvas canvas = new PageCanvas(doc, faces, options.training())) {
                    List<String> copies = text.copies().isEmpty() ? Collections.singletonList(null)
                            : text.copies();
                    for (String copy : copies) {
                        canvas.startCopy(copy);
                        place(groups, canvas);
                    }
                }
                PdfA.apply(doc, title(text, values), text.language(), options.createdAt());
                doc.setVersion(1.7f);
                doc.save(out);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the PDF", e);
            }
        }
    }

    private static void place(List<BlockLayout.Group> groups, PageCanvas canvas) {
        float top = PageCanvas.A4.getHeight() - PageCanvas.TOP;
        for (int i = 0; i < groups.size(); i++) {
            BlockLayout.Group g = groups.get(i);
            if (g.pageBreak()) {
                if (canvas.y() < top) {
                    canvas.newPage();
                }
                continue;
            }
            BlockLayout.Group next = i + 1 < groups.size() ? groups.get(i + 1) : null;
            float need = g.minimum();
            if (next != null && !next.pageBreak() && (g.glue() == BlockLayout.Group.Glue.NEXT
                    || next.glue() == BlockLayout.Group.Glue.PREVIOUS)) {
                need = g.height() + next.minimum();
            }
            if (need <= PageCanvas.pageHeight()) {
                canvas.ensure(need);
            }
            for (BlockLayout.Row row : g.rows()) {
                canvas.ensure(row.height());
                row.draw(canvas, canvas.y());
                canvas.advance(row.height());
            }
        }
    }

    private static String title(FormText text, FormValues values) {
        return text.blocks().stream().filter(b -> b instanceof Block.Title).map(b -> ((Block.Title) b).text())
                .findFirst().map(values::fill).map(PrintableText::clean).orElse(text.form());
    }

    /** Every text of a form that may contain placeholders or fixed phrases. */
    static List<String> templates(FormText text) {
        List<String> out = new ArrayList<>(text.copies());
        for (Block b : text.blocks()) {
            if (b.when() != null) {
                b.when().keySet().forEach(k -> out.add("{" + k + "}"));
            }
            out.addAll(templates(b));
        }
        return out;
    }

    /** The texts of one block (placeholders and fixed phrases), without its condition. */
    static List<String> templates(Block b) {
        List<String> out = new ArrayList<>();
        {
            if (b instanceof Block.Corner c) {
                out.addAll(c.lines());
            } else if (b instanceof Block.Title t) {
                out.add(t.text());
            } else if (b instanceof Block.Paragraph p) {
                out.add(p.text());
            } else if (b instanceof Block.Field f) {
                out.add(f.label());
                out.add(f.value());
                out.add(f.caption());
            } else if (b instanceof Block.Choice c) {
                out.add(c.label());
                out.add(c.selected());
                out.add(c.after());
                c.options().forEach(o -> out.add(o.text()));
            } else if (b instanceof Block.ListBlock l) {
                JsonNode items = l.items();
                if (items != null && items.isTextual()) {
                    out.add(items.asText());
                } else if (items != null) {
                    items.forEach(n -> out.add(n.asText()));
                }
            } else if (b instanceof Block.Table t) {
                out.addAll(t.columns());
                if (t.rows() != null) {
                    t.rows().forEach(out::addAll);
                }
            } else if (b instanceof Block.Bars bars) {
                out.addAll(bars.series());
                bars.rows().forEach(r -> out.add(r.label()));
            } else if (b instanceof Block.Signatures s) {
                s.rows().forEach(r -> {
                    out.add(r.left());
                    out.add(r.right());
                    out.add(r.leftValue());
                    out.add(r.rightValue());
                });
            }
        }
        out.removeIf(s -> s == null);
        return out;
    }
}
