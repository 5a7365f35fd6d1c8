package london.sanctuary.consent.participant.messaging;

import static london.sanctuary.consent.participant.ParticipantFixtures.NOW;
import static london.sanctuary.consent.participant.ParticipantFixtures.clockAt;
import static london.sanctuary.consent.participant.ParticipantFixtures.enrolled;
import static london.sanctuary.consent.participant.ParticipantFixtures.grantOf;
import static london.sanctuary.consent.participant.ParticipantFixtures.later;
import static london.sanctuary.consent.participant.ParticipantFixtures.withdrawalOf;
import static london.sanctuary.platform.test.EventContracts.assertFollowContracts;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import london.sanctuary.consent.participant.Participant;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.ContractJson;
import london.sanctuary.contracts.EventType;
import london.sanctuary.contracts.consent.ConsentStateRecorded;
import london.sanctuary.platform.outbox.OutboxEntry;
import org.junit.jupiter.api.Test;

class ParticipantEventContractsTests {

    @Test
    void aParticipantsLifeMapsToSchemaValidContractsAndAnonymousFacts() {
        // given
        Participant participant = enrolled();
        participant.grant(grantOf(ConsentPurpose.SHARE_ON_MOVE), clockAt(NOW));
        participant.withdraw(withdrawalOf(ConsentPurpose.SHARE_ON_MOVE), later(Duration.ofDays(1)));
        participant.erase(later(Duration.ofDays(2)));

        // when
        List<OutboxEntry> entries = ParticipantEventContracts.toOutbox(participant.recordedEvents(), 0);

        // then
        assertThat(entries)
                .extracting(OutboxEntry::type)
                .containsExactly(
                        EventType.PARTICIPANT_ENROLLED.type(),
                        EventType.CONSENT_GRANTED.type(),
                        EventType.CONSENT_RECORDED_FACT.type(),
                        EventType.CONSENT_STATE_RECORDED.type(),
                        EventType.CONSENT_WITHDRAWN.type(),
                        EventType.CONSENT_WITHDRAWN_FACT.type(),
                        EventType.CONSENT_STATE_RECORDED.type(),
                        EventType.PARTICIPANT_ERASED.type(),
                        EventType.CONSENT_STATE_RECORDED.type(),
                        EventType.CONSENT_STATE_RECORDED.type(),
                        EventType.CONSENT_STATE_RECORDED.type(),
                        EventType.CONSENT_STATE_RECORDED.type(),
                        EventType.CONSENT_STATE_RECORDED.type());
        assertFollowContracts(
                entries, "sanctuary.newham.consent.v1", participant.ref().toString());
        assertThat(entries.stream().map(OutboxEntry::data).filter(Objects::nonNull))
                .noneMatch(data -> data.contains("moving away"))
                .noneMatch(data -> data.contains("Amira"));
    }

    @Test
    void eachGrantAndWithdrawalPublishesThePurposesStateUnderTheParticipantAndPurpose() {
        // given
        Participant participant = enrolled();
        participant.grant(grantOf(ConsentPurpose.SHARE_ON_MOVE), clockAt(NOW));
        participant.withdraw(withdrawalOf(ConsentPurpose.SHARE_ON_MOVE), later(Duration.ofDays(1)));

        // when
        List<ConsentStateRecorded> states = ParticipantEventContracts.toOutbox(participant.recordedEvents(), 7).stream()
                .filter(e -> e.type().equals(EventType.CONSENT_STATE_RECORDED.type()))
                .peek(e -> assertThat(e.topic()).isEqualTo("sanctuary.newham.consent-state.v1"))
                .peek(e -> assertThat(e.key()).isEqualTo(participant.ref() + "/SHARE_ON_MOVE"))
                .map(e -> ContractJson.read(e.data().getBytes(StandardCharsets.UTF_8), ConsentStateRecorded.class))
                .toList();

        // then
        assertThat(states).extracting(ConsentStateRecorded::granted).containsExactly(true, false);
        assertThat(states).extracting(ConsentStateRecorded::version).containsOnly(7L);
        assertThat(states.get(0).consentId()).isEqualTo(states.get(1).consentId());
        assertThat(states.get(1).at()).isEqualTo(later(Duration.ofDays(1)).instant());
    }

    @Test
    void anErasureLeavesATombstoneForEveryPurposeAndNothingElseOnTheStateTopic() {
        // given
        Participant participant = enrolled();
        participant.grant(grantOf(ConsentPurpose.PARTICIPATE), clockAt(NOW));
        participant.erase(later(Duration.ofDays(2)));

        // when
        List<OutboxEntry> tombstones = ParticipantEventContracts.toOutbox(participant.recordedEvents(), 2).stream()
                .filter(e -> e.type().equals(EventType.CONSENT_STATE_RECORDED.type()))
                .filter(e -> e.data() == null)
                .toList();

        // then
        assertThat(tombstones)
                .extracting(OutboxEntry::key)
                .containsExactlyInAnyOrder(Arrays.stream(ConsentPurpose.values())
                        .map(p -> participant.ref() + "/" + p.name())
                        .toArray(String[]::new));
    }
}
