package london.sanctuary.referrals.referral;

import static london.sanctuary.referrals.referral.ReferralFixtures.accepted;
import static london.sanctuary.referrals.referral.ReferralFixtures.clockAt;
import static london.sanctuary.referrals.referral.ReferralFixtures.later;
import static london.sanctuary.referrals.referral.ReferralFixtures.received;
import static london.sanctuary.referrals.referral.ReferralFixtures.sent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import london.sanctuary.contracts.ErasureGround;
import london.sanctuary.contracts.ErasureOutcome;
import london.sanctuary.contracts.SupportKind;
import london.sanctuary.contracts.refusal.RuleBroken;
import org.junit.jupiter.api.Test;

class ErasureNoticeTests {

    static final Instant NOTIFIED = Instant.parse("2026-12-04T15:30:00Z");

    @Test
    void theSenderNotifiesOncePerGroundAndNothingFollowsAnErasureNotice() {
        // given
        Referral referral = sent();

        // when
        boolean withdrawn = referral.notifyErasure(ErasureGround.SHARE_ON_MOVE_WITHDRAWN, clockAt(NOTIFIED));
        boolean again = referral.notifyErasure(ErasureGround.SHARE_ON_MOVE_WITHDRAWN, clockAt(NOTIFIED));
        boolean erased = referral.notifyErasure(ErasureGround.PARTICIPANT_ERASED, clockAt(NOTIFIED));
        boolean afterErasure = referral.notifyErasure(ErasureGround.SHARE_ON_MOVE_WITHDRAWN, clockAt(NOTIFIED));

        // then
        assertThat(new boolean[] {withdrawn, again, erased, afterErasure}).containsExactly(true, false, true, false);
        assertThat(referral.recordedEvents())
                .filteredOn(ReferralEvents.ErasureNotified.class::isInstance)
                .extracting(e -> ((ReferralEvents.ErasureNotified) e).ground())
                .containsExactly(ErasureGround.SHARE_ON_MOVE_WITHDRAWN, ErasureGround.PARTICIPANT_ERASED);
    }

    @Test
    void theSenderKeepsTheLatestReceiptAndNeverGoesBackFromAFinalOne() {
        // given a notice answered with a flag
        Referral referral = sent();
        referral.notifyErasure(ErasureGround.PARTICIPANT_ERASED, clockAt(NOTIFIED));
        referral.acknowledged(ErasureGround.PARTICIPANT_ERASED, ErasureOutcome.FLAGGED, NOTIFIED);

        // when the copy is erased, then a stale flag and a receipt for another ground arrive
        boolean erased = referral.acknowledged(ErasureGround.PARTICIPANT_ERASED, ErasureOutcome.ERASED, NOTIFIED);
        boolean stale = referral.acknowledged(ErasureGround.PARTICIPANT_ERASED, ErasureOutcome.FLAGGED, NOTIFIED);
        boolean other = referral.acknowledged(ErasureGround.SHARE_ON_MOVE_WITHDRAWN, ErasureOutcome.DELETED, NOTIFIED);

        // then
        assertThat(new boolean[] {erased, stale, other}).containsExactly(true, false, false);
        assertThat(referral.erasureReceipt())
                .get()
                .extracting(ErasureReceipt::outcome)
                .isEqualTo(ErasureOutcome.ERASED);
    }

    @Test
    void anAcceptedCopyIsFlaggedWithTheSentenceOnceAndAnUnacceptedOneIsNot() {
        // given
        Referral accepted = accepted();
        Referral waiting = received();

        // when
        boolean flagged =
                accepted.flagForErasure(ErasureGround.PARTICIPANT_ERASED, NOTIFIED, later(Duration.ofDays(3)));
        boolean repeated =
                accepted.flagForErasure(ErasureGround.PARTICIPANT_ERASED, NOTIFIED, later(Duration.ofDays(3)));

        // then
        assertThat(flagged).isTrue();
        assertThat(repeated).isFalse();
        assertThat(accepted.expectFlaggedForErasure().message())
                .isEqualTo("The sending borough erased this person on 4 December 2026: review and erase your copy"
                        + " unless you hold it on another lawful basis.");
        assertThat(accepted.recordedEvents())
                .filteredOn(ReferralEvents.ErasureAcknowledged.class::isInstance)
                .singleElement()
                .extracting(e -> ((ReferralEvents.ErasureAcknowledged) e).outcome())
                .isEqualTo(ErasureOutcome.FLAGGED);
        assertThat(waiting.flagForErasure(ErasureGround.PARTICIPANT_ERASED, NOTIFIED, later(Duration.ofDays(3))))
                .isFalse();
        assertThatThrownBy(waiting::expectFlaggedForErasure).isInstanceOf(RuleBroken.class);
    }

    @Test
    void aWithdrawalOfConsentToShareReadsAsSuch() {
        assertThat(new ErasureNotice(ErasureGround.SHARE_ON_MOVE_WITHDRAWN, NOTIFIED).message())
                .startsWith("Consent to share this person's record was withdrawn at the sending borough on 4 December"
                        + " 2026: review and erase your copy");
    }

    @Test
    void forgettingTheParticipantKeepsTheRoutingBetweenBoroughs() {
        // given
        Referral referral = sent();
        Routing before = referral.routing();

        // when
        boolean forgot = referral.forgetParticipant();

        // then
        assertThat(forgot).isTrue();
        assertThat(referral.forgetParticipant()).isFalse();
        assertThat(referral.routing().participantRef()).isNull();
        assertThat(referral.routing().id()).isEqualTo(before.id());
        assertThat(referral.routing().to()).isEqualTo(before.to());
    }

    @Test
    void aCopyWhosePersonWasErasedHereTakesNoFurtherDecisionSoNoEventGoesOutNamingNoOne() {
        // given Barnet's copies of two people's referrals, one accepted, one waiting, both erased in Barnet's consent
        Referral accepted = accepted();
        Referral waiting = received();
        accepted.forgetParticipant();
        waiting.forgetParticipant();
        int before = accepted.recordedEvents().size() + waiting.recordedEvents().size();

        // when / then
        assertThatThrownBy(() -> accepted.pickUp(
                        0, Pickup.another(SupportKind.ESOL, "ESOL at the library"), 2, later(Duration.ofDays(1))))
                .isInstanceOf(RuleBroken.class)
                .hasMessageContaining("erased");
        assertThatThrownBy(() -> waiting.decline(DeclineReason.NOT_MOVING_HERE, later(Duration.ofDays(1))))
                .isInstanceOf(RuleBroken.class)
                .hasMessageContaining("erased");
        assertThat(accepted.recordedEvents().size() + waiting.recordedEvents().size())
                .isEqualTo(before);
    }

    @Test
    void aReferralForSomeoneAlreadyErasedHereIsTakenInForgettingThemAndAnnouncesNothing() {
        // given a replay that brings the erasure before the referral: the copy arrives with no participantRef
        Routing forgotten = ReferralFixtures.routing().withoutParticipant();

        // when
        Referral copy = Referral.receive(
                forgotten,
                ReferralFixtures.SENT,
                java.time.LocalDate.parse("2027-01-04"),
                ReferralFixtures.SENT.plus(Duration.ofDays(3)),
                ReferralFixtures.SEALED,
                clockAt(ReferralFixtures.SENT.plusSeconds(5)));

        // then it is in the inbox as the live copy would be after the erasure, and nothing goes out naming no one
        assertThat(copy.routing().participantRef()).isNull();
        assertThat(copy.recordedEvents()).isEmpty();
    }
}
