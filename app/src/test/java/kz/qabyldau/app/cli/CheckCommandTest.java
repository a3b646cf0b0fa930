package kz.qabyldau.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kz.qabyldau.app.config.LaunchOptions;
import kz.qabyldau.forms.verdict.Verdicts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import java.io.OutputStream;

/** {@code check} on every example of {@code docs/examples/} and on bad input of every kind. */
class CheckCommandTest {

    private static final Path EXAMPLES = Path.of("..", "docs", "examples");
    private static final Verdicts JUDGE = Verdicts.bundled();
    /** "Now" for undated applications: Monday 2 March 2026, 10:15 in Kazakhstan (UTC+5). */
    private static final Clock NOW = Clock.fixed(Instant.parse("2026-03-02T05:15:00Z"), ZoneOffset.ofHours(5));
    private static final ObjectMapper JSON = new ObjectMapper();

    private record Run(int exit, String out, String err) {
        JsonNode verdict() throws IOException {
            return JSON.readTree(out);
        }
    }

    private static Run check(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new CheckCommand(() -> JUDGE, NOW).run(List.of(args), LaunchOptions.defaults(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * The documented verdict of each example: exit code, outcome, warning codes (overridden ones marked with *),
     * receipt lines (document:reason), field errors, and key dates.
     */
    @ParameterizedTest(name = "{0}")
    // CHECKSTYLE.OFF: LineLength - a table of cases reads best as one case a line
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "permit-issue-accepted                    |0|ACCEPT        |-                                 |-                                                        |-                                   |decisionDue=2026-03-04 permitFrom=2026-03-04 permitTo=2026-09-03",
            "permit-issue-refused-medical-expired     |3|REFUSE_INTAKE |-                                 |medical-028e:ISSUED_TOO_LONG_AGO                         |-                                   |decisionDue=2026-03-18",
            "permit-issue-refused-missing-documents   |3|REFUSE_INTAKE |-                                 |prepayment-receipt:MISSING intent-agreement-app3:MISSING |-                                   |-",
            "permit-issue-warning-prepayment          |0|ACCEPT        |PREPAYMENT_AMOUNT                 |-                                                        |-                                   |decisionDue=2026-03-04",
            "permit-issue-warning-overridden          |0|ACCEPT        |PREPAYMENT_AMOUNT*                |-                                                        |-                                   |decisionDue=2026-03-04",
            "permit-issue-warning-eaeu                |0|ACCEPT        |CITIZENSHIP_EAEU                  |-                                                        |-                                   |-",
            "permit-issue-warning-insurance-consent   |0|ACCEPT        |NO_CONSENT INSURANCE_NOT_COVERING |-                                                        |-                                   |decisionDue=2026-03-05 permitTo=2026-09-04",
            "permit-issue-field-errors                |2|CORRECT_FIELDS|-                                 |-                                                        |applicant.birthDate:NOT_A_DATE employer.iin:INVALID_IIN household.region:REQUIRED|-",
            "permit-extend-accepted                   |0|ACCEPT        |-                                 |-                                                        |-                                   |extensionWindowFrom=2026-03-01 extensionWindowTo=2026-03-26 permitFrom=2026-04-01 permitTo=2026-09-30",
            "permit-extend-warning-too-early          |0|ACCEPT        |EXTENSION_TOO_EARLY               |-                                                        |-                                   |extensionWindowFrom=2026-03-03",
            "permit-extend-warning-too-late           |0|ACCEPT        |EXTENSION_TOO_LATE                |-                                                        |-                                   |extensionWindowTo=2026-03-01",
            "permit-extend-warning-over-12-months     |0|ACCEPT        |TOTAL_OVER_12_MONTHS              |-                                                        |-                                   |-",
            "permit-extend-refused-no-contract        |3|REFUSE_INTAKE |-                                 |labour-contract:MISSING                                  |-                                   |-",
            "permit-duplicate-accepted                |0|ACCEPT        |-                                 |-                                                        |-                                   |decisionDue=2026-03-02",
            "permit-duplicate-refused-passport-expired|3|REFUSE_INTAKE |-                                 |passport:EXPIRED                                         |-                                   |-",
            "permit-termination-accepted              |0|ACCEPT        |-                                 |-                                                        |-                                   |terminationNoticeDue=2026-03-02",
            "permit-termination-warning-late          |0|ACCEPT        |TERMINATION_NOTICE_LATE           |-                                                        |-                                   |terminationNoticeDue=2026-03-11",
            "qualification-issue-accepted             |0|ACCEPT        |-                                 |-                                                        |-                                   |serviceTermDue=2026-03-10 certificateValidTo=2026-06-09",
            "qualification-issue-refused-no-education |3|REFUSE_INTAKE |-                                 |education-translation:MISSING                            |-                                   |-",
            "qualification-extend-accepted            |0|ACCEPT        |-                                 |-                                                        |-                                   |serviceTermDue=2026-03-05 certificateValidFrom=2026-03-21 certificateValidTo=2029-03-20",
            "qualification-extend-refused-contract-expired|3|REFUSE_INTAKE|CONTRACT_ENDS_BEFORE_EXTENSION  |labour-contract-copy:EXPIRED                             |-                                   |-",
            "qualification-reissue-accepted           |0|ACCEPT        |-                                 |-                                                        |-                                   |applyBy=2026-03-03 serviceTermDue=2026-03-05",
            "qualification-reissue-warning-late       |0|ACCEPT        |REISSUE_LATE                      |-                                                        |-                                   |applyBy=2026-02-27",
            "qualification-duplicate-accepted         |0|ACCEPT        |-                                 |-                                                        |-                                   |applyBy=2026-03-05",
            "qualification-duplicate-warning-late     |0|ACCEPT        |DUPLICATE_LATE                    |-                                                        |-                                   |applyBy=2026-02-23",
            "permit-issue-field-errors-documents-after-filing|2|CORRECT_FIELDS|-                         |-                                                        |documents.passport.borderCrossingOn:AFTER_FILING documents.medical-028e.issuedOn:AFTER_FILING|decisionDue=2026-03-04",
            "permit-issue-warning-iin-birth-date      |0|ACCEPT        |IIN_BIRTH_DATE_MISMATCH           |-                                                        |-                                   |decisionDue=2026-03-04",
            "permit-extend-warning-permit-expired     |0|ACCEPT        |PERMIT_EXPIRED                    |-                                                        |-                                   |extensionWindowTo=2026-02-15 permitFrom=",
            "permit-extend-warning-months-so-far      |0|ACCEPT        |MONTHS_SO_FAR_MISMATCH            |-                                                        |-                                   |permitFrom=2026-04-01 permitTo=2026-09-30",
            "qualification-extend-refused-certificate-expired|3|REFUSE_INTAKE|-                         |previous-certificate:EXPIRED                             |-                                   |serviceTermDue=2026-03-05 certificateValidFrom=",
            "qualification-duplicate-warning-certificate-ended|0|ACCEPT    |CERTIFICATE_ENDED                 |-                                                        |-                                   |applyBy=2026-03-05",
            "permit-duplicate-warning-permit-ended    |0|ACCEPT        |PERMIT_ENDED                      |-                                                        |-                                   |decisionDue=2026-03-02",
            "permit-issue-field-errors-start-before-filing|2|CORRECT_FIELDS|-                            |-                                                        |request.startDate:BEFORE_FILING     |permitFrom=2026-03-04"})
    // CHECKSTYLE.ON: LineLength
    void exampleGivesItsDocumentedVerdict(String example, int exit, String outcome, String warnings, String receipt,
                                          String fieldErrors, String dates) throws IOException {
        Run run = check(EXAMPLES.resolve(example + ".json").toString());
        JsonNode v = run.verdict();

        assertThat(run.exit()).as(run.err()).isEqualTo(exit);
        assertThat(v.path("outcome").asText()).isEqualTo(outcome);
        List<String> warningCodes = new ArrayList<>();
        v.path("warnings").forEach(w -> warningCodes.add(w.path("code").asText()
                + (w.path("override").isNull() ? "" : "*")));
        assertThat(warningCodes).isEqualTo(words(warnings));
        List<String> lines = new ArrayList<>();
        v.path("receipt").forEach(r -> lines.add(r.path("document").asText() + ":" + r.path("reason").asText()));
        assertThat(lines).isEqualTo(words(receipt));
        List<String> errors = new ArrayList<>();
        v.path("fieldErrors").forEach(e -> errors.add(e.path("field").asText() + ":" + e.path("code").asText()));
        assertThat(errors).containsExactlyInAnyOrderElementsOf(words(fieldErrors));
        for (String date : words(dates)) {
            String[] nameValue = date.split("=", -1);
            // "name=" documents a date that is deliberately not computed (no period before the filing day).
            assertThat(v.path("dates").path(nameValue[0]).asText()).as(nameValue[0]).isEqualTo(nameValue[1]);
        }
    }

    private static List<String> words(String s) {
        return s == null ? List.of() : Arrays.asList(s.trim().split("\\s+"));
    }

    @Test
    void everyApplicationExampleIsInTheTable() throws IOException, NoSuchMethodException {
        Set<String> tabled = new TreeSet<>();
        for (var m : CheckCommandTest.class.getDeclaredMethod("exampleGivesItsDocumentedVerdict", String.class,
                int.class, String.class, String.class, String.class, String.class, String.class)
                .getAnnotation(CsvSource.class).value()) {
            tabled.add(m.split("\\|")[0].trim());
        }
        Set<String> files = new TreeSet<>();
        try (Stream<Path> list = Files.list(EXAMPLES)) {
            list.map(p -> p.getFileName().toString())
                    // print-*.json are the printer's examples, not applications judged here.
                    .filter(n -> n.endsWith(".json") && !n.startsWith("print-"))
                    .forEach(n -> files.add(n.substring(0, n.length() - ".json".length())));
        }
        assertThat(files).isEqualTo(tabled);
    }

    @Test
    void verdictJsonIsStable() {
        String path = EXAMPLES.resolve("permit-issue-warning-prepayment.json").toString();

        assertThat(check(path).out()).isEqualTo(check(path).out());
    }

    @Test
    void asOfOverridesTheFilingMoment() throws IOException {
        // Same application judged after hours: registered on Tuesday, decision due on Thursday.
        Run run = check(EXAMPLES.resolve("permit-issue-accepted.json").toString(), "--as-of", "2026-03-02T18:31");

        assertThat(run.verdict().path("registrationDay").asText()).isEqualTo("2026-03-03");
        assertThat(run.verdict().path("dates").path("decisionDue").asText()).isEqualTo("2026-03-05");
    }

    @Test
    void anUndatedApplicationIsJudgedNow(@TempDir Path dir) throws IOException {
        String json = Files.readString(EXAMPLES.resolve("permit-issue-accepted.json"))
                .replace("\"filedAt\" : \"2026-03-02T10:15\",", "").replace("\"filedAt\": \"2026-03-02T10:15\",", "");
        Path file = Files.writeString(dir.resolve("undated.json"), json);

        Run run = check(file.toString());

        assertThat(run.verdict().path("asOf").asText()).isEqualTo("2026-03-02T10:15");
    }

    @Test
    void anInputLargerThanAnyApplicationIsAnInputErrorNotAnOutOfMemoryError(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.json");
        try (OutputStream o = Files.newOutputStream(big)) {
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) ' ');
            for (int i = 0; i < 40; i++) {
                o.write(chunk);
            }
        }
        Run run = check(big.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("larger than").hasLineCount(1);
        Path zero = Path.of("/dev/zero");
        if (Files.isReadable(zero)) {
            Run endless = check(zero.toString());
            assertThat(endless.exit()).isEqualTo(2);
            assertThat(endless.err()).contains("/dev/zero: larger than");
        }
    }

    @ParameterizedTest(name = "{0}")
    // CHECKSTYLE.OFF: LineLength - a table of cases reads best as one case a line
    @CsvSource(delimiter = '|', value = {
            "malformed JSON     |{\"format\": \"qabyldau.application/1\", \"service\": |malformed JSON at line 1",
            "unknown service    |{\"format\": \"qabyldau.application/1\", \"service\": \"permit.renew\", \"filedAt\": \"2026-03-02T10:15\"}|service: unknown service 'permit.renew'",
            "impossible date    |{\"format\": \"qabyldau.application/1\", \"service\": \"permit.issue\", \"filedAt\": \"2026-02-30T10:15\"}|filedAt: '2026-02-30T10:15' is not a date and time",
            "document date      |{\"format\": \"qabyldau.application/1\", \"service\": \"permit.issue\", \"documents\": [{\"type\": \"passport\", \"validUntil\": \"09.01.2032\"}]}|documents[0].validUntil: '09.01.2032' is not a date",
            "before the law     |{\"format\": \"qabyldau.application/1\", \"service\": \"permit.issue\", \"filedAt\": \"2024-03-02T10:15\"}|filedAt: no definition of permit.issue is in force on 2024-03-02",
            "wrong format id    |{\"format\": \"qabyldau.application/0\", \"service\": \"permit.issue\"}|format must be"})
    // CHECKSTYLE.ON: LineLength
    void badInputExitsWith2AndNamesTheField(String what, String json, String message, @TempDir Path dir)
            throws IOException {
        Path file = Files.writeString(dir.resolve("app.json"), json);

        Run run = check(file.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(message).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void fieldsToCorrectExitWith2AndNameEachFieldOnStandardError() {
        Run run = check(EXAMPLES.resolve("permit-issue-field-errors.json").toString());

        assertThat(run.exit()).isEqualTo(2);
        // The documented form: qabyldau check: FILE: FIELD: message
        String file = EXAMPLES.resolve("permit-issue-field-errors.json").toString();
        assertThat(run.err()).contains("qabyldau check: " + file
                        + ": applicant.birthDate: Date of birth: \"1990-02-30\" is not a date")
                .contains(file + ": household.region: Region / city of republican significance: required");
    }

    @Test
    void anUndatedApplicationSaysOnStandardErrorThatTheMachineClockIsUsed(@TempDir Path dir) throws IOException {
        String json = Files.readString(EXAMPLES.resolve("permit-issue-accepted.json"))
                .replace("\"filedAt\": \"2026-03-02T10:15\",", "");
        Path file = Files.writeString(dir.resolve("undated.json"), json);

        Run run = check(file.toString());

        assertThat(run.exit()).isZero();
        assertThat(run.err()).contains(file + ": filedAt: no filedAt and no --as-of; judged as filed now,"
                + " 2026-03-02T10:15 by this computer's clock");
    }

    @Test
    void aDatedApplicationSaysNothingAboutTheClock() {
        assertThat(check(EXAMPLES.resolve("permit-issue-accepted.json").toString()).err()).isEmpty();
        assertThat(check(EXAMPLES.resolve("permit-issue-accepted.json").toString(), "--as-of", "2026-03-03")
                .err()).isEmpty();
    }

    @Test
    void p14_aDateAloneInAsOfIsJudgedAtTheOfficesOpeningThatDay() throws IOException {
        Run run = check(EXAMPLES.resolve("permit-issue-accepted.json").toString(), "--as-of", "2026-03-03");

        assertThat(run.exit()).isZero();
        assertThat(run.verdict().path("asOf").asText()).isEqualTo("2026-03-03T09:00");
        assertThat(run.verdict().path("registrationDay").asText()).isEqualTo("2026-03-03");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "a list   |[\"Каримов\", \"Karimov\"]|fields.applicant.surname: a list is not a field value",
            "an object|{\"kk\": \"Каримов\"}     |fields.applicant.surname: an object is not a field value"})
    void aTextFieldGivenAListOrAnObjectIsAnInputError(String what, String value, String message,
                                                      @TempDir Path dir) throws IOException {
        String json = Files.readString(EXAMPLES.resolve("permit-issue-accepted.json"))
                .replace("\"applicant.surname\": \"Каримов\"", "\"applicant.surname\": " + value.trim());
        assertThat(json).contains(value.trim());
        Path file = Files.writeString(dir.resolve("app.json"), json);

        Run run = check(file.toString());

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("qabyldau check: " + file + ": " + message).doesNotContain("Exception");
    }

    static Stream<Arguments> badArguments() {
        String example = EXAMPLES.resolve("permit-issue-accepted.json").toString();
        return Stream.of(
                Arguments.of(List.of(), "which application?"),
                Arguments.of(List.of("nowhere.json"), "nowhere.json: no such file"),
                Arguments.of(List.of(example, "--as-of", "02.03.2026 10:15"),
                        "--as-of: '02.03.2026 10:15' is not a date and time"),
                Arguments.of(List.of(example, "--as-of", "2026-02-30"), "--as-of: '2026-02-30' is not a date"),
                Arguments.of(List.of(example, "--as-of"), "--as-of needs a date"),
                Arguments.of(List.of(example, "--fast"), "unknown option --fast"),
                Arguments.of(List.of(example, example), "one application file"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badArguments")
    void badArgumentsExitWith2(List<String> args, String message) {
        Run run = check(args.toArray(String[]::new));

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(message);
    }

    @Test
    void checkIsRegisteredWithTheLauncher() {
        assertThat(Commands.find("check")).containsInstanceOf(CheckCommand.class);
    }
}
