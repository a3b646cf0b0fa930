package kz.qabyldau.app.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import javax.print.PrintService;

import org.junit.jupiter.api.Test;

class FormPrinterTest {

    private static PrintServices none() {
        return new PrintServices() {
            @Override
            public List<PrintService> all() {
                return List.of();
            }

            @Override
            public Optional<PrintService> systemDefault() {
                return Optional.empty();
            }
        };
    }

    @Test
    void noPrinterIsAClearMessageInTheClerksLanguage() {
        FormPrinter printer = new FormPrinter(none(), PrinterChoiceStore.inMemory());
        assertThatThrownBy(() -> printer.print(new byte[0], "permit-app4"))
                .isInstanceOfSatisfying(PrintingException.class,
                e -> {
                    assertThat(e.problem()).isEqualTo(PrintingException.Problem.NO_PRINTER);
                    assertThat(e.message(Locale.forLanguageTag("kk"))).contains("принтер орнатылмаған");
                    assertThat(e.message(Locale.forLanguageTag("ru"))).contains("не установлен принтер");
                });
    }

    /** A print service that only has a name (the others are never asked before the job starts). */
    private static PrintService named(String name) {
        return (PrintService) Proxy.newProxyInstance(PrintService.class.getClassLoader(),
                new Class<?>[] {PrintService.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getName", "toString" -> name;
                    case "hashCode" -> name.hashCode();
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static PrintServices only(PrintService service) {
        return new PrintServices() {
            @Override
            public List<PrintService> all() {
                return List.of(service);
            }

            @Override
            public Optional<PrintService> systemDefault() {
                return Optional.of(service);
            }
        };
    }

    @Test
    void aRememberedPrinterThatIsGoneIsNamedInTheMessage() {
        PrinterChoiceStore store = PrinterChoiceStore.inMemory();
        store.save(new PrinterChoice("HP-Reception", Optional.of("Tray 2")));
        FormPrinter printer = new FormPrinter(only(named("Canon-Back-Office")), store);
        assertThatThrownBy(() -> printer.print(new byte[0], "permit-app5"))
                .isInstanceOfSatisfying(PrintingException.class,
                e -> {
                    assertThat(e.problem()).isEqualTo(PrintingException.Problem.PRINTER_NOT_FOUND);
                    assertThat(e.getMessage()).contains("HP-Reception");
                });
    }

    @Test
    void withNothingRememberedTheSystemDefaultIsChosen() throws PrintingException {
        FormPrinter printer = new FormPrinter(only(named("Canon-Back-Office")), PrinterChoiceStore.inMemory());
        assertThat(printer.choose().printer()).isEqualTo("Canon-Back-Office");
    }

    @Test
    void theRememberedChoiceIsPreferredToTheSystemDefault() throws PrintingException {
        PrinterChoiceStore store = PrinterChoiceStore.inMemory();
        store.save(new PrinterChoice("HP-Reception", Optional.empty()));
        assertThat(new FormPrinter(none(), store).choose().printer()).isEqualTo("HP-Reception");
    }
}
