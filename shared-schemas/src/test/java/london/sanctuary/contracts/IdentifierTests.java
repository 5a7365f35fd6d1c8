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

    record Routed(Borough fromBorough, Borough toBorough) {}

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

    @Test
    void givenBoroughs_whenWrittenAsJson_thenEachIsItsCodeAndReadsBackEqual() {
        Routed routed = new Routed(Borough.of("newham"), Borough.of("tower-hamlets"));

        String text = json.writeValueAsString(routed);

        assertThat(text).isEqualTo("{\"fromBorough\":\"newham\",\"toBorough\":\"tower-hamlets\"}");
        assertThat(json.readValue(text, Routed.class)).isEqualTo(routed);
    }

    @Test
    void givenAnUnknownBoroughCode_whenReadAsJson_thenItIsRefusedNamingTheField() {
        assertThatThrownBy(() -> json.readValue("{\"fromBorough\":\"gotham\",\"toBorough\":\"newham\"}", Routed.class))
                .rootCause()
                .isInstanceOf(InvalidValue.class)
                .extracting(e -> ((InvalidValue) e).field())
                .isEqualTo("borough");
    }
}
