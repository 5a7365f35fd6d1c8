package london.sanctuary.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OperationSummariesTests {

    @Test
    void aHandlersNameReadsAsWords() {
        assertThat(OperationSummaries.summary("recordAttendance", "/api/boroughs/{borough}/sessions/{id}/attendance"))
                .isEqualTo("Record attendance");
        assertThat(OperationSummaries.summary("enrol", "/api/boroughs/{borough}/participants/"))
                .isEqualTo("Enrol");
        assertThat(OperationSummaries.words("transferIn")).isEqualTo("Transfer in");
        assertThat(OperationSummaries.words("exportCSVFile")).isEqualTo("Export csv file");
    }

    @Test
    void aBareGenericVerbNamesWhatItActsOnFromThePath() {
        assertThat(OperationSummaries.summary("list", "/api/boroughs/{borough}/themes/"))
                .isEqualTo("List themes");
        assertThat(OperationSummaries.summary("read", "/api/boroughs/{borough}/forms/{formId}"))
                .isEqualTo("Read form");
        assertThat(OperationSummaries.summary("export", "/api/boroughs/{borough}/forms/{formId}/responses.csv"))
                .isEqualTo("Export responses");
        assertThat(OperationSummaries.summary("add", "/api/key-rotations/")).isEqualTo("Add key rotation");
    }
}
