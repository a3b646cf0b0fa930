package kz.qabyldau.app.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CentralUrlRuleTest {

    @ParameterizedTest(name = "[{index}] ''{0}'' -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NONE", value = {
            "''                                  | NONE",
            "'   '                               | NONE",
            "https://central.example.kz          | NONE",
            "https://central.example.kz:8443/api | NONE",
            "HTTPS://CENTRAL.EXAMPLE.KZ          | NONE",
            "'  https://central.example.kz  '    | NONE",
            "http://localhost:8080               | NONE",
            "http://127.0.0.1:8080/api           | NONE",
            "http://127.1.2.3                    | NONE",
            "http://[::1]:8080                   | NONE",
            "http://central.example.kz           | settings.centralUrl.notHttps",
            "http://10.0.0.5                     | settings.centralUrl.notHttps",
            "http://localhost.evil.example       | settings.centralUrl.notHttps",
            "http://128.0.0.1                    | settings.centralUrl.notHttps",
            "central.example.kz                  | settings.centralUrl.invalid",
            "ftp://central.example.kz            | settings.centralUrl.invalid",
            "https://                            | settings.centralUrl.invalid",
            "https://central example.kz          | settings.centralUrl.invalid",
            "file:///etc/passwd                  | settings.centralUrl.invalid",
    })
    void acceptsHttpsAndLoopbackHttpOnly(String typed, String expectedProblem) {
        assertThat(CentralUrlRule.problem(typed).orElse(null)).isEqualTo(expectedProblem);
    }
}
