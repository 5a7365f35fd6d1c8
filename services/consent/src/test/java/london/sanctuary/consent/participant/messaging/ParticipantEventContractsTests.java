package london.sanctuary.consent.participant.messaging;

import static london.sanctuary.consent.participant.ParticipantFixtures.NOW;
import static london.sanctuary.consent.participant.ParticipantFixtures.clockAt;
import static london.sanctuary.consent.participant.ParticipantFixtures.enrolled;
import static london.sanctuary.consent.participant.ParticipantFixtures.grantOf;
import static london.sanctuary.consent.participant.ParticipantFixtures.later;
import static london.sanctuary.consent.participant.ParticipantFixtures.withdrawalOf;
import static london.sanctuary.platform.test.EventContracts.assertFollowContracts;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import london.sanctuary.consent.participant.Participant;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.EventType;
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
        List<OutboxEntry> entries = ParticipantEventContracts.toOutbox(participant.recordedEvents());

        // then
        assertThat(entries)
                .extracting(OutboxEntry::type)
                .containsExactly(
                        EventType.PARTICIPANT_ENROLLED.type(),
                        EventType.CONSENT_GRANTED.type(),
                        EventType.CONSENT_RECORDED_FACT.type(),
                        EventType.CONSENT_WITHDRAWN.type(),
                        EventType.CONSENT_WITHDRAWN_FACT.type(),
                        EventType.PARTICIPANT_ERASED.type());
        assertFollowContracts(
                entries, "sanctuary.newham.consent.v1", participant.ref().toString());
        assertThat(entries).extracting(OutboxEntry::data).noneMatch(data -> data.contains("moving away"));
        assertThat(entries).extracting(OutboxEntry::data).noneMatch(data -> data.contains("Amira"));
    }
}
