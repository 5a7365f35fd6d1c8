package london.sanctuary.consent.participant;

import static london.sanctuary.consent.participant.ParticipantFixtures.NOW;
import static london.sanctuary.consent.participant.ParticipantFixtures.clockAt;
import static london.sanctuary.consent.participant.ParticipantFixtures.grantOf;
import static london.sanctuary.consent.participant.ParticipantFixtures.later;
import static london.sanctuary.consent.participant.ParticipantFixtures.stored;
import static london.sanctuary.contracts.ConsentPurpose.PARTICIPATE;
import static london.sanctuary.contracts.ConsentPurpose.RECONTACT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class WithdrawalMethodTests {

    @Test
    void givenAWithdrawalOnThePersonsOwnPageWhenRecordedThenItsMethodIsSelfOnlineAndItHasNoReason() {
        // given
        Participant participant = stored();
        participant.grant(grantOf(PARTICIPATE), clockAt(NOW));

        // when
        ConsentRecord withdrawn = participant.withdraw(
                new WithdrawConsent(PARTICIPATE, null, WithdrawalMethod.SELF_ONLINE), later(Duration.ofHours(1)));

        // then
        assertThat(withdrawn.withdrawalMethod()).isEqualTo(WithdrawalMethod.SELF_ONLINE);
        assertThat(withdrawn.withdrawalReason()).isNull();
    }

    @Test
    void givenAWithdrawalStaffRecordedWithAReasonWhenThePersonIsErasedThenTheMethodStaysAndTheReasonGoes() {
        // given
        Participant participant = stored();
        participant.grant(grantOf(RECONTACT), clockAt(NOW));
        participant.withdraw(new WithdrawConsent(RECONTACT, "moving away"), later(Duration.ofHours(1)));

        // when
        participant.erase(later(Duration.ofDays(1)));

        // then
        assertThat(participant.consents()).singleElement().satisfies(c -> {
            assertThat(c.withdrawalMethod()).isEqualTo(WithdrawalMethod.RECORDED_BY_STAFF);
            assertThat(c.withdrawalReason()).isNull();
        });
    }

    @Test
    void givenAConsentThatHoldsThenItHasNoWithdrawalMethod() {
        assertThat(stored().grant(grantOf(PARTICIPATE), clockAt(NOW)).withdrawalMethod())
                .isNull();
    }
}
