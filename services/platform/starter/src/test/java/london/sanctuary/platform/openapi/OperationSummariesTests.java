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
}
