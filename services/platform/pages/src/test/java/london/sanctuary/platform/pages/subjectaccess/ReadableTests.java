package london.sanctuary.platform.pages.subjectaccess;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadableTests {

    @Test
    void aServicesAnswerReadsAsRowsLabelledInWordsKeepingTheFieldNameAndTheValueAsHeld() {
        // given
        Map<String, Object> consent = new LinkedHashMap<>();
        consent.put("purpose", "PARTICIPATE");
        consent.put("grantedAt", "2026-11-02T10:00:00Z");
        consent.put("withdrawnAt", null);

        // when
        Readable section = Readable.section("consentReceipt", Map.of("consents", List.of(consent)));

        // then
        assertThat(section.key()).isEqualTo("consentReceipt");
        assertThat(section.label()).isEqualTo("consent receipt");
        Readable consents = section.rows().get(0);
        assertThat(consents.key()).isEqualTo("consents");
        Readable first = consents.rows().get(0);
        assertThat(first.key()).isEmpty();
        assertThat(first.label()).isEqualTo("1");
        assertThat(first.rows())
                .extracting(Readable::key, Readable::label, Readable::text)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("purpose", "purpose", "PARTICIPATE"),
                        org.assertj.core.groups.Tuple.tuple("grantedAt", "granted at", "2026-11-02T10:00:00Z"),
                        org.assertj.core.groups.Tuple.tuple("withdrawnAt", "withdrawn at", ""));
    }

    @Test
    void anEmptyListOrObjectIsMarkedAsNothingRatherThanWordedInOneLanguage() {
        // when
        List<Readable> rows = Readable.of(Map.of("notices", List.of()));

        // then
        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.nothing()).isTrue();
            assertThat(row.text()).isEmpty();
            assertThat(row.rows()).isEmpty();
        });
        assertThat(Readable.section("referrals", null).nothing()).isTrue();
    }

    @Test
    void aValueThatIsNeitherAnObjectNorAListHasNoRows() {
        assertThat(Readable.of("text")).isEmpty();
        assertThat(Readable.of(42)).isEmpty();
    }
}
