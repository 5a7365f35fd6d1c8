package london.sanctuary.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import london.sanctuary.contracts.refusal.InvalidValue;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class IdentifierTests {

    private final JsonMapper json = JsonMapper.builder().build();

    record Carrier(ParticipantRef participantRef, ReferralId referralId) {}

    @Test
    void givenIds_whenWrittenAsJson_thenEachIsItsUuidTextAndReadsBackEqual() {
        UUID person = UUID.randomUUID();
        UUID referral = UUID.randomUUID();
        Carrier carrier = new Carrier(ParticipantRef.of(person), ReferralId.of(referral));

        String text = json.writeValueAsString(carrier);

        assertThat(text).isEqualTo("{\"participantRef\":\"" + person + "\",\"referralId\":\"" + referral + "\"}");
        assertThat(json.readValue(text, Carrier.class)).isEqualTo(carrier);
    }

    @Test
    void givenTextThatIsNotAUuid_whenReadAsAParticipantRef_thenTheRefusalNamesTheFieldButNotTheValue() {
        assertThatThrownBy(() -> ParticipantRef.of("alice@example.org"))
                .isInstanceOf(InvalidValue.class)
                .hasMessageNotContaining("alice")
                .extracting(e -> ((InvalidValue) e).field())
                .isEqualTo("participantRef");
        assertThatThrownBy(() -> ReferralId.of((String) null))
                .isInstanceOf(InvalidValue.class)
                .extracting(e -> ((InvalidValue) e).field())
                .isEqualTo("referralId");
    }
}
