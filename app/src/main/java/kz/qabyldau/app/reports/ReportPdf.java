package kz.qabyldau.app.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import kz.qabyldau.forms.print.Block;
import kz.qabyldau.forms.print.FormRenderer;
import kz.qabyldau.forms.print.FormText;
import kz.qabyldau.forms.print.PrintData;
import kz.qabyldau.forms.print.RenderOptions;

/**
 * A report on paper with the forms' engine ({@code forms.print}: PDFBox, the embedded Liberation fonts, real
 * extractable text): the title, what it covers, its charts as grey bars (the engine's {@code bars} block) and each
 * table bordered under its heading. A long table or chart breaks between rows.
 */
public final class ReportPdf {

    /** The form id the printed-forms folder and the audit trail know a report by. */
    public static final String FORM = "report";

    private final FormRenderer renderer;

    public ReportPdf() {
        this(new FormRenderer());
    }

    ReportPdf(FormRenderer renderer) {
        this.renderer = renderer;
    }

    /** Renders the document; {@code training} prints the training mark the forms carry in training. */
    public byte[] render(ReportDocument document, boolean training) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Title(plain(document.title()), null, null));
        for (String line : document.lines()) {
            blocks.add(new Block.Paragraph(plain(line), "center", false, null, 10.0, null, null));
        }
        for (ReportChart chart : document.charts()) {
            blocks.add(new Block.Spacer(3.0, null, null));
            blocks.add(new Block.Paragraph(plain(chart.title()), "left", true, null, 11.0, null, null));
            blocks.add(new Block.Bars(chart.series().stream().map(ReportPdf::plain).toList(), chart.bars().stream()
                    .map(b -> new Block.Bars.BarRow(plain(b.label()), b.counts().stream().map(Integer::doubleValue)
                            .toList())).toList(), null, null));
        }
        for (ReportTable table : document.tables()) {
            blocks.add(new Block.Spacer(3.0, null, null));
            blocks.add(new Block.Paragraph(plain(table.title()), "left", true, null, 11.0, null, null));
            List<List<String>> rows = table.rows().stream().map(r -> r.stream().map(ReportPdf::plain).toList())
                    .toList();
            if (rows.isEmpty()) {
                rows = List.of(table.header().stream().map(h -> "—").toList());
            }
            blocks.add(new Block.Table(table.header().stream().map(ReportPdf::plain).toList(), rows, null, null,
                    null));
        }
        LocalDate today = LocalDate.now();
        FormText text = new FormText(FORM, document.language(), today, "qabyldau report", null, List.of(), blocks);
        return renderer.render(text, PrintData.empty(today),
                training ? RenderOptions.trainingMode() : RenderOptions.normal());
    }

    /** The engine reads braces as placeholders; a report's texts are plain, so braces become parentheses. */
    static String plain(String text) {
        return text.replace('{', '(').replace('}', ')');
    }
}
