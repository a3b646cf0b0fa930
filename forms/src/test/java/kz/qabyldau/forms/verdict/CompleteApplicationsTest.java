package kz.qabyldau.forms.verdict;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The fixtures every other test starts from are themselves clean: accepted, no warnings, no field errors. */
class CompleteApplicationsTest {

    static Stream<Arguments> fixtures() {
        return Stream.of(
                Arguments.of("permit.issue", TestApplications.permitIssue()),
                Arguments.of("permit.extend", TestApplications.permitExtend()),
                Arguments.of("permit.duplicate", TestApplications.permitDuplicate()),
                Arguments.of("permit.termination", TestApplications.permitTermination()),
                Arguments.of("qualification.issue", TestApplications.qualificationIssue()),
                Arguments.of("qualification.extend", TestApplications.qualificationExtend()),
                Arguments.of("qualification.reissue", TestApplications.qualificationReissue()),
                Arguments.of("qualification.duplicate", TestApplications.qualificationDuplicate()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void completeApplicationIsAcceptedWithoutWarnings(String service, TestApplications.Builder application) {
        Verdict v = Judge.monday(application);

        assertThat(v.fieldErrors()).isEmpty();
        assertThat(v.receipt()).isEmpty();
        assertThat(v.warnings()).isEmpty();
        assertThat(v.outcome()).isEqualTo(Outcome.ACCEPT);
        assertThat(v.readyToSend()).isTrue();
        assertThat(v.service()).isEqualTo(service);
    }
}
