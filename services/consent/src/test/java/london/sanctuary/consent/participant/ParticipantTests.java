package london.sanctuary.consent.participant;

import static london.sanctuary.consent.participant.ParticipantFixtures.NEWHAM;
import static london.sanctuary.consent.participant.ParticipantFixtures.NOW;
import static london.sanctuary.consent.participant.ParticipantFixtures.clockAt;
import static london.sanctuary.consent.participant.ParticipantFixtures.enrolled;
import static london.sanctuary.consent.participant.ParticipantFixtures.grantOf;
import static london.sanctuary.consent.participant.ParticipantFixtures.grantUntil;
import static london.sanctuary.consent.participant.ParticipantFixtures.later;
import static london.sanctuary.consent.participant.ParticipantFixtures.stored;
import static london.sanctuary.consent.participant.ParticipantFixtures.withdrawalOf;
import static london.sanctuary.contracts.ConsentPurpose.PARTICIPATE;
import static london.sanctuary.contracts.ConsentPurpose.RECONTACT;
import static london.sanctuary.contracts.ConsentPurpose.SHARE_ON_MOVE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ConsentMethod;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.refusal.InvalidValue;
import london.sanctuary.contracts.refusal.RuleBroken;
import london.sanctuary.contracts.refusal.StaleVersion;
import org.junit.jupiter.api.Test;

class ParticipantTests {

    @Test
    void enrollingRecordsThatTheParticipantWasEnrolled() {
        // when
        Participant participant = enrolled();

        // then
        assertThat(participant.recordedEvents()).singleElement().isInstanceOf(ParticipantEvents.Enrolled.class);
        assertThat(participant.version()).isNull();
        assertThat(participant.profile()).isPresent();
    }

    @Test
    void askingForErasureRecordsWhenOnceAndRecordsNoEventAndAskingAgainChangesNothing() {
        // given
        Participant participant = stored();

        // when
        boolean first = participant.askErasure(clockAt(NOW));
        boolean again = participant.askErasure(later(Duration.ofDays(1)));

        // then
        assertThat(first).isTrue();
        assertThat(again).isFalse();
        assertThat(participant.erasureAskedAt()).contains(NOW);
        assertThat(participant.recordedEvents()).isEmpty();
    }

    @Test
    void erasingAPersonWhoAskedEndsTheRequestAndAnErasedPersonCannotAsk() {
        // given
        Participant participant = stored();
        participant.askErasure(clockAt(NOW));

        // when
        participant.erase(later(Duration.ofDays(2)));

        // then
        assertThat(participant.erasureAskedAt()).isEmpty();
        assertThatThrownBy(() -> participant.askErasure(clockAt(NOW))).isInstanceOf(ParticipantGone.class);
    }

    @Test
    void grantingConsentAddsARecordAndRecordsConsentGiven() {
        // given
        Participant participant = stored();

        // when
        ConsentRecord granted = participant.grant(grantOf(SHARE_ON_MOVE), clockAt(NOW));

        // then
        assertThat(participant.consents()).containsExactly(granted);
        assertThat(granted.controller().code()).isEqualTo("newham");
        assertThat(granted.grantedAt()).isEqualTo(NOW);
        assertThat(granted.toBeReconfirmed())
                .as("verbal consent is to be confirmed in writing")
                .isTrue();
        assertThat(participant.recordedEvents())
                .containsExactly(new ParticipantEvents.ConsentGiven(participant.ref(), granted));
        assertThat(participant.check(SHARE_ON_MOVE, clockAt(NOW)).holds()).isTrue();
    }

    @Test
    void grantingAPurposeAlreadyHeldIsRefused() {
        // given
        Participant participant = stored();
        participant.grant(grantOf(PARTICIPATE), clockAt(NOW));

        // when / then
        assertThatThrownBy(() -> participant.grant(grantOf(PARTICIPATE), later(Duration.ofMinutes(1))))
                .isInstanceOf(RuleBroken.class)
                .extracting("field")
                .isEqualTo("purpose");
        assertThat(participant.consents()).hasSize(1);
    }

    @Test
    void withdrawingAddsWithdrawnAtToTheGrantAndKeepsIt() {
        // given
        Participant participant = stored();
        ConsentRecord granted = participant.grant(grantOf(RECONTACT), clockAt(NOW));

        // when
        ConsentRecord withdrawn = participant.withdraw(withdrawalOf(RECONTACT), later(Duration.ofDays(2)));

        // then
        assertThat(participant.consents()).singleElement().satisfies(record -> {
            assertThat(record.consentId()).isEqualTo(granted.consentId());
            assertThat(record.grantedAt()).isEqualTo(NOW);
            assertThat(record.withdrawnAt()).isEqualTo(NOW.plus(Duration.ofDays(2)));
        });
        assertThat(participant.recordedEvents())
                .last()
                .isEqualTo(new ParticipantEvents.ConsentWithdrawn(participant.ref(), withdrawn));
        assertThat(participant.check(RECONTACT, later(Duration.ofDays(3))).holds())
                .isFalse();
    }

    @Test
    void withdrawingAPurposeNotHeldIsRefused() {
        // given
        Participant participant = stored();

        // when / then
        assertThatThrownBy(() -> participant.withdraw(withdrawalOf(RECONTACT), clockAt(NOW)))
                .isInstanceOf(RuleBroken.class)
                .extracting("field")
                .isEqualTo("purpose");
        assertThat(participant.recordedEvents()).isEmpty();
    }

    @Test
    void regrantingAfterWithdrawalAppendsANewRecord() {
        // given
        Participant participant = stored();
        participant.grant(grantOf(PARTICIPATE), clockAt(NOW));
        participant.withdraw(withdrawalOf(PARTICIPATE), later(Duration.ofDays(1)));

        // when
        ConsentRecord regranted = participant.grant(grantOf(PARTICIPATE), later(Duration.ofDays(5)));

        // then
        assertThat(participant.consents()).hasSize(2).last().isEqualTo(regranted);
        assertThat(participant.consents().get(0).isWithdrawn()).isTrue();
        assertThat(participant.check(PARTICIPATE, later(Duration.ofDays(6))).since())
                .isEqualTo(regranted.grantedAt());
    }

    @Test
    void consentStopsHoldingWhenItExpiresAndCanThenBeGrantedAgain() {
        // given
        Participant participant = stored();
        participant.grant(grantUntil(PARTICIPATE, NOW.plus(Duration.ofDays(30))), clockAt(NOW));

        // when
        ConsentCheck before = participant.check(PARTICIPATE, later(Duration.ofDays(29)));
        ConsentCheck after = participant.check(PARTICIPATE, later(Duration.ofDays(30)));

        // then
        assertThat(before.holds()).isTrue();
        assertThat(before.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(30)));
        assertThat(after.holds()).isFalse();
        assertThatThrownBy(() -> participant.withdraw(withdrawalOf(PARTICIPATE), later(Duration.ofDays(31))))
                .isInstanceOf(RuleBroken.class);
        participant.grant(grantOf(PARTICIPATE), later(Duration.ofDays(31)));
        assertThat(participant.consents()).hasSize(2);
    }

    @Test
    void consentThatWouldAlreadyHaveExpiredIsRejectedNamingExpiresAt() {
        // given
        Participant participant = stored();

        // when / then
        assertThatThrownBy(() -> participant.grant(grantUntil(PARTICIPATE, NOW.minusSeconds(1)), clockAt(NOW)))
                .isInstanceOf(InvalidValue.class)
                .extracting("field")
                .isEqualTo("expiresAt");
        assertThat(participant.consents()).isEmpty();
    }

    @Test
    void erasingDropsTheProfileAndReasonsAndRecordsErasedOnce() {
        // given
        Participant participant = stored();
        participant.grant(grantOf(PARTICIPATE), clockAt(NOW));
        participant.withdraw(withdrawalOf(PARTICIPATE), later(Duration.ofHours(1)));

        // when
        boolean first = participant.erase(later(Duration.ofDays(1)));
        boolean second = participant.erase(later(Duration.ofDays(2)));

        // then
        assertThat(first).isTrue();
        assertThat(second).isFalse();
        assertThat(participant.profile()).isEmpty();
        assertThat(participant.consents())
                .allSatisfy(c -> assertThat(c.withdrawalReason()).isNull());
        assertThat(participant.recordedEvents())
                .filteredOn(ParticipantEvents.Erased.class::isInstance)
                .hasSize(1);
    }

    @Test
    void anErasedParticipantTakesNoMoreConsentAndAnswersNoChecks() {
        // given
        Participant participant = stored();
        participant.erase(clockAt(NOW));

        // when / then
        assertThatThrownBy(() -> participant.grant(grantOf(PARTICIPATE), clockAt(NOW)))
                .isInstanceOf(ParticipantGone.class);
        assertThatThrownBy(() -> participant.check(PARTICIPATE, clockAt(NOW))).isInstanceOf(ParticipantGone.class);
    }

    @Test
    void aChangeAgainstAnOlderVersionIsRefused() {
        // given
        Participant participant = stored();

        // when / then
        assertThatThrownBy(() -> participant.expectVersion(2L)).isInstanceOf(StaleVersion.class);
        participant.expectVersion(3L);
        participant.expectVersion(null);
    }

    @Test
    void aTransferKeepsTheRefAndRecordsEveryConsentStillInForceToBeReconfirmed() {
        // given consents given in Newham, one of them lapsed on the way
        List<GrantConsent> carried = List.of(
                grantOf(ConsentPurpose.PARTICIPATE),
                grantOf(ConsentPurpose.SHARE_ON_MOVE),
                grantUntil(ConsentPurpose.RECONTACT, NOW.minusSeconds(60)));
        ParticipantRef ref = ParticipantRef.random();
        Borough barnet = Borough.of("barnet");

        // when Barnet enrols the person on the referral
        Participant moved = Participant.transferIn(
                ref, barnet, enrolled().profile().orElseThrow(), index(), NEWHAM, carried, clockAt(NOW));

        // then
        assertThat(moved.ref()).isEqualTo(ref);
        assertThat(moved.transferredFrom()).contains(NEWHAM);
        assertThat(moved.consents())
                .extracting(ConsentRecord::purpose)
                .containsExactly(ConsentPurpose.PARTICIPATE, ConsentPurpose.SHARE_ON_MOVE);
        assertThat(moved.consents()).allSatisfy(c -> {
            assertThat(c.toBeReconfirmed()).isTrue();
            assertThat(c.controller()).isEqualTo(barnet);
        });
        assertThat(moved.recordedEvents().get(0)).isEqualTo(new ParticipantEvents.Enrolled(ref, barnet, NOW, NEWHAM));
    }

    @Test
    void aTransferFromTheSameBoroughIsRefused() {
        assertThatThrownBy(() -> Participant.transferIn(
                        ParticipantRef.random(),
                        NEWHAM,
                        enrolled().profile().orElseThrow(),
                        index(),
                        NEWHAM,
                        List.of(),
                        clockAt(NOW)))
                .isInstanceOf(InvalidValue.class)
                .hasMessageContaining("transferredFrom");
    }

    @Test
    void reconfirmingAVerbalConsentKeepsTheGrantAndAddsTheConfirmation() {
        // given a verbal consent, to be re-confirmed
        Participant participant = stored();
        ConsentRecord granted = participant.grant(grantOf(SHARE_ON_MOVE), clockAt(NOW));
        ReconfirmConsent again = new ReconfirmConsent(
                SHARE_ON_MOVE, ConsentMethod.WRITTEN, Language.of("ar"), "2026-11", Language.of("ar"), "officer-2");

        // when
        ConsentRecord confirmed = participant.reconfirm(again, later(Duration.ofDays(3)));

        // then
        assertThat(confirmed.consentId()).isEqualTo(granted.consentId());
        assertThat(confirmed.grantedAt()).isEqualTo(NOW);
        assertThat(confirmed.withdrawnAt()).isNull();
        assertThat(confirmed.toBeReconfirmed()).isFalse();
        assertThat(confirmed.confirmations()).singleElement().satisfies(c -> {
            assertThat(c.confirmedBy()).isEqualTo("officer-2");
            assertThat(c.confirmedAt()).isEqualTo(NOW.plus(Duration.ofDays(3)));
            assertThat(c.noticeVersion()).isEqualTo("2026-11");
            assertThat(c.interpreter()).isEqualTo(Language.of("ar"));
        });
        assertThat(participant.consents()).containsExactly(confirmed);
        assertThat(participant.recordedEvents())
                .as("no withdrawal and no second grant")
                .containsExactly(new ParticipantEvents.ConsentGiven(participant.ref(), granted));
    }

    @Test
    void aConsentNotHeldCannotBeReconfirmed() {
        assertThatThrownBy(() -> stored().reconfirm(
                                new ReconfirmConsent(
                                        RECONTACT,
                                        ConsentMethod.WRITTEN,
                                        Language.of("en"),
                                        "2026-11",
                                        null,
                                        "officer"),
                                clockAt(NOW)))
                .isInstanceOf(RuleBroken.class)
                .hasMessageContaining("not held");
    }

    @Test
    void erasureRemovesTheBlindIndexWithTheProfile() {
        // given
        Participant participant = stored();
        assertThat(participant.index()).isPresent();

        // when
        participant.erase(clockAt(NOW));

        // then
        assertThat(participant.index()).isEmpty();
        assertThat(participant.profile()).isEmpty();
    }

    private static BlindIndex index() {
        return enrolled().index().orElseThrow();
    }
}
