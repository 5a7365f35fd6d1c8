package london.sanctuary.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OperationSummariesTests {

    @Test
    void aHandlersNameReadsAsWords() {
        assertThat(OperationSummaries.words("recordAttendance")).isEqualTo("Record attendance");
        assertThat(OperationSummaries.words("enrol")).isEqualTo("Enrol");
        assertThat(OperationSummaries.words("transferIn")).isEqualTo("Transfer in");
        assertThat(OperationSummaries.words("exportCSVFile")).isEqualTo("Export csv file");
    }

    @Test
    void swaggerUiMayReachTheTokenEndpointAndNothingElseBesidesItsOrigin() {
        assertThat(OpenApiAutoConfiguration.swaggerUiPolicy("http://localhost:9000/oauth2/token"))
                .endsWith("; connect-src 'self' http://localhost:9000")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(OpenApiAutoConfiguration.swaggerUiPolicy(null)).doesNotContain("connect-src");
    }
}
