package london.sanctuary.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import london.sanctuary.contracts.consent.ParticipantEnrolled;
import london.sanctuary.contracts.facts.LoopClosedFact;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JacksonException;

class ContractJsonTests {

    private static final ParticipantRef PARTICIPANT = ParticipantRef.of("3f6c2a1e-8b4d-4c7a-9e2f-5d1b7a0c9e84");

    @Test
    void instantsAreWrittenAsIsoStringsAndNullsAreOmitted() {
        // given
        var enrolled =
                new ParticipantEnrolled(PARTICIPANT, Borough.of("newham"), Instant.parse("2025-03-04T10:15:30Z"), null);

        // when
        String json = ContractJson.write(enrolled);

        // then
        assertThat(json).contains("\"enrolledAt\":\"2025-03-04T10:15:30Z\"").doesNotContain("transferredFrom");
    }

    @Test
    void enumsAreWrittenByName() {
        // given
        var fact = ContractFixtures.anyOf(EventType.CONSENT_RECORDED_FACT);

        // when
        String json = ContractJson.write(fact);

        // then
        assertThat(json).contains("\"purpose\":\"PARTICIPATE\"").contains("\"recordedOn\":\"2025-04-16\"");
    }

    @Test
    void anUnknownPropertyIsRejectedWhenReading() {
        // given
        String json = "{\"participantRef\":\"" + PARTICIPANT
                + "\",\"borough\":\"newham\",\"enrolledAt\":\"2025-03-04T10:15:30Z\",\"name\":\"Amal\"}";

        // then
        assertThatThrownBy(() -> ContractJson.read(json, ParticipantEnrolled.class))
                .isInstanceOf(JacksonException.class);
    }

    @Test
    void aMissingListReadsAsEmpty() {
        // given
        String json = "{\"borough\":\"newham\",\"notifiedCount\":2,\"closedOn\":\"2025-06-25\"}";

        // when
        var fact = ContractJson.read(json.getBytes(StandardCharsets.UTF_8), LoopClosedFact.class);

        // then
        assertThat(fact.themes()).isEmpty();
    }
}
