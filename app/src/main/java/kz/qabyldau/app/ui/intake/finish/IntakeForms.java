package kz.qabyldau.app.ui.intake.finish;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kz.qabyldau.app.settings.OfficeSettings;
import kz.qabyldau.forms.application.Application;
import kz.qabyldau.forms.application.ApplicationJson;
import kz.qabyldau.forms.print.FormRenderer;
import kz.qabyldau.forms.print.FormTexts;
import kz.qabyldau.forms.print.PrintData;
import kz.qabyldau.forms.print.PrintDataReader;
import kz.qabyldau.forms.print.RenderOptions;
import kz.qabyldau.forms.service.ServiceDefinition;
import java.io.IOException;
import java.util.Objects;

/**
 * The paper the desk prints when it finishes an application: which form (from the service definition's data) and
 * its PDF through the print engine. Blocking (a form takes tens of milliseconds): run it in a background task.
 */
public final class IntakeForms {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FormTexts texts;
    private FormRenderer renderer;

    /** With a renderer made on first use, off the FX thread (it parses the font: about a second cold). */
    public IntakeForms() {
        this(new FormTexts());
    }

    /** Printing {@code texts} (e.g. {@code LawInForce.formTexts()}: received texts from their date). */
    public IntakeForms(FormTexts texts) {
        this.texts = Objects.requireNonNull(texts);
    }

    public IntakeForms(FormRenderer renderer) {
        this(renderer, new FormTexts());
    }

    public IntakeForms(FormRenderer renderer, FormTexts texts) {
        this.renderer = Objects.requireNonNull(renderer);
        this.texts = Objects.requireNonNull(texts);
    }

    /** Blocking: makes the renderer ready (font parsed, classes loaded) so the first accept prints at once. */
    public void warmUp() {
        renderer().warmUp();
    }

    private synchronized FormRenderer renderer() {
        if (renderer == null) {
            renderer = new FormRenderer();
        }
        return renderer;
    }

    /**
     * The application form the service prints for signatures: the first of the definition's {@code forms} that is
     * not its receipt of refusal (permit App. 1, qualification App. 1, the termination notice App. 6). Empty for a
     * service that prints none (a permit duplicate is asked for without a form).
     */
    public static Optional<String> applicationForm(ServiceDefinition definition) {
        String receipt = definition.refusalGrounds().intake().receiptForm();
        return definition.forms().stream().filter(f -> !f.equals(receipt))
                .filter(f -> !f.equals("permit-app3")).filter(FormTexts.FORM_IDS::contains).findFirst();
    }

    /**
     * The receipt of refusal to accept documents: permit App. 4. Empty where the law gives no receipt form (the
     * qualification rules, seed 003, have none; the definition names a form still to be designed).
     */
    public static Optional<String> receiptForm(ServiceDefinition definition) {
        return Optional.ofNullable(definition.refusalGrounds().intake().receiptForm())
                .filter(FormTexts.FORM_IDS::contains);
    }

    /**
     * Renders {@code form} for the application.
     *
     * @param receiptLines the receipt's reasons in the form's language (App. 4), else empty
     * @param training     prints "ҮЛГІ / ОБРАЗЕЦ" across every page
     */
    public byte[] render(String form, String lang, Application application, List<String> receiptLines,
                         OfficeSettings office, boolean training, LocalDate today) {
        ObjectNode request = JSON.createObjectNode();
        request.put("format", PrintDataReader.PRINT_FORMAT);
        request.put("today", today.toString());
        try {
            request.set("application", JSON.readTree(ApplicationJson.write(application)));
        } catch (IOException e) {
            throw new IllegalStateException("the application's own JSON could not be read back", e);
        }
        ArrayNode lines = request.putObject("receipt").putArray("lines");
        receiptLines.forEach(lines::add);
        request.putObject("office").put("name", nullToEmpty(office.officeName()));
        request.putObject("clerk").put("name", nullToEmpty(office.clerkName()));
        PrintData data = new PrintDataReader().read(
                new ByteArrayInputStream(request.toString().getBytes(StandardCharsets.UTF_8)), today);
        return renderer().render(texts.load(form, lang, today), data,
                training ? RenderOptions.trainingMode() : RenderOptions.normal());
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
