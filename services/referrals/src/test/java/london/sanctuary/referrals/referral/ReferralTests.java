package london.sanctuary.referrals.referral;

import static london.sanctuary.referrals.referral.ReferralFixtures.SEALED;
import static london.sanctuary.referrals.referral.ReferralFixtures.SENT;
import static london.sanctuary.referrals.referral.ReferralFixtures.accepted;
import static london.sanctuary.referrals.referral.ReferralFixtures.clockAt;
import static london.sanctuary.referrals.referral.ReferralFixtures.later;
import static london.sanctuary.referrals.referral.ReferralFixtures.received;
import static london.sanctuary.referrals.referral.ReferralFixtures.sent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Stream;
import london.sanctuary.contracts.ErasureGround;
import london.sanctuary.contracts.ReferralEnd;
import london.sanctuary.contracts.ReferralReason;
import london.sanctuary.contracts.SupportKind;
import london.sanctuary.contracts.refusal.InvalidValue;
import london.sanctuary.contracts.refusal.RuleBroken;
import org.junit.jupiter.api.Test;

class ReferralTests {

    private static final Pickup ESOL_AT_THE_COLLEGE = Pickup.fromDirectory(
            SupportKind.ESOL,
            "barnet-esol",
            "Barnet and Southgate College ESOL",
            new Pickup.Contact("Barnet and Southgate College", "https://www.barnetsouthgate.ac.uk", "020 8200 8300"));

    @Test
    void sendingRecordsTheSealedPackageAndOnlyTheKindsOfSupport() {
        // when
        Referral referral = sent();

        // then
        assertThat(referral.status()).isEqualTo(ReferralStatus.REQUESTED);
        assertThat(referral.supportKinds()).containsExactly(SupportKind.ESOL, SupportKind.MENTAL_HEALTH);
        assertThat(referral.recordedEvents()).singleElement().isInstanceOfSatisfying(ReferralEvents.Sent.class, s -> {
            assertThat(s.sealed()).isEqualTo(SEALED);
            assertThat(s.respondBy()).isEqualTo(Instant.parse("2026-12-04T10:00:00Z"));
        });
    }

    @Test
    void acceptingAReceivedReferralRecordsTheHoursToDecision() {
        // given
        Referral referral = received();

        // when
        referral.accept(SEALED, later(Duration.ofHours(26)));

        // then
        assertThat(referral.status()).isEqualTo(ReferralStatus.ACCEPTED);
        assertThat(referral.recordedEvents())
                .last()
                .isInstanceOfSatisfying(
                        ReferralEvents.Accepted.class,
                        a -> assertThat(a.hoursToDecision()).isEqualTo(26));
    }

    @Test
    void aReferralIsDecidedOnceAndOnlyByTheReceiver() {
        Referral decided = accepted();
        assertThatThrownBy(() -> decided.decline(DeclineReason.OTHER, clockAt(SENT)))
                .isInstanceOf(RuleBroken.class)
                .hasMessageContaining("ACCEPTED");
        assertThatThrownBy(() -> sent().accept(SEALED, clockAt(SENT)))
                .isInstanceOf(RuleBroken.class)
                .hasMessageContaining("receiving borough");
    }

    @Test
    void decliningDropsTheReceiversCopyOfThePackage() {
        // given
        Referral referral = received();

        // when
        referral.decline(DeclineReason.WRONG_BOROUGH, later(Duration.ofHours(2)));

        // then
        assertThat(referral.status()).isEqualTo(ReferralStatus.DECLINED);
        assertThat(referral.sealed()).isEmpty();
        assertThat(referral.declineReason()).contains(DeclineReason.WRONG_BOROUGH);
    }

    @Test
    void pickingUpTheFirstSupportItemStartsTheWorkAndCompletionEndsIt() {
        // given
        Referral referral = accepted();

        // when
        referral.pickUp(0, ESOL_AT_THE_COLLEGE, 2, later(Duration.ofDays(2)));
        referral.pickUp(
                1, Pickup.another(SupportKind.MENTAL_HEALTH, "Barnet Talking Therapies"), 2, later(Duration.ofDays(2)));
        referral.complete(later(Duration.ofDays(9)));

        // then
        assertThat(referral.status()).isEqualTo(ReferralStatus.COMPLETED);
        assertThat(referral.pickups()).containsEntry(0, ESOL_AT_THE_COLLEGE).hasSize(2);
        assertThat(referral.recordedEvents())
                .extracting(e -> e.getClass().getSimpleName())
                .containsExactly("Received", "Accepted", "Started", "PickedUp", "PickedUp", "Completed");
    }

    @Test
    void aPickupNamesARealItemAndALocalService() {
        Referral referral = accepted();
        assertThatThrownBy(() -> referral.pickUp(2, ESOL_AT_THE_COLLEGE, 2, clockAt(SENT)))
                .isInstanceOf(InvalidValue.class)
                .hasMessageContaining("item");
        assertThatThrownBy(() -> Pickup.another(SupportKind.ESOL, "  "))
                .isInstanceOf(InvalidValue.class)
                .hasMessageContaining("otherService");
    }

    @Test
    void theSendersCopyTakesTheKindFromWhatItSentAndLearnsNoServiceFromTheExchange() {
        // given Newham sent ESOL as item 0 and mental health as item 1
        Referral sent = sent();

        // when Barnet tells it item 0 went to a service of its directory and item 1 to another service
        sent.mirrorPickup(0, true);
        sent.mirrorPickup(1, false);

        // then Newham's copy has each item's kind from its own record, whether from the directory, and no service
        assertThat(sent.pickups())
                .containsEntry(0, Pickup.toldTheSender(SupportKind.ESOL, true))
                .containsEntry(1, Pickup.toldTheSender(SupportKind.MENTAL_HEALTH, false));
        assertThat(sent.servicesToLearn()).isTrue();
    }

    @Test
    void theSendersCopyLearnsWhichDirectoryServiceFromTheReceiversAnswerKeepingItsOwnKind() {
        // given Newham's copy knows item 0 went to a directory service and item 1 to another service
        Referral sent = sent();
        sent.mirrorPickup(0, true);
        sent.mirrorPickup(1, false);

        // when Barnet's referrals service answers which (its kind ignored, and a name it must not give ignored too)
        boolean changed = sent.learnServices(Map.of(
                0, ESOL_AT_THE_COLLEGE.forTheSender(),
                1, Pickup.fromDirectory(null, "barnet-gp", "Somewhere", null)));

        // then item 0 names the college with its contact under Newham's own kind; item 1 stays another service
        assertThat(changed).isTrue();
        assertThat(sent.pickups())
                .containsEntry(0, ESOL_AT_THE_COLLEGE)
                .containsEntry(1, Pickup.toldTheSender(SupportKind.MENTAL_HEALTH, false));
        assertThat(sent.servicesToLearn()).isFalse();
        assertThat(sent.learnServices(Map.of())).isFalse();
    }

    @Test
    void anotherServiceIsNeverToldTheSender() {
        Pickup another = Pickup.another(SupportKind.SCHOOL_PLACE, "St Mary's Primary admissions");

        assertThat(another.forTheSender()).isEqualTo(Pickup.toldTheSender(SupportKind.SCHOOL_PLACE, false));
    }

    @Test
    void erasureForgetsWhichServicesTookThePersonOnAndStopsTheAsking() {
        // given Newham's copy learnt item 0's service, and item 1 waits to be told
        Referral sent = sent();
        sent.mirrorPickup(0, true);
        sent.learnServices(Map.of(0, ESOL_AT_THE_COLLEGE));
        sent.mirrorPickup(1, true);

        // when the person is erased at Newham
        sent.forgetParticipant();

        // then only what the exchange told remains: the kind and "from the directory"
        assertThat(sent.pickups())
                .containsEntry(0, Pickup.toldTheSender(SupportKind.ESOL, true))
                .containsEntry(1, Pickup.toldTheSender(SupportKind.MENTAL_HEALTH, true));
        assertThat(sent.servicesToLearn()).isFalse();
    }

    @Test
    void aSenderThatNotifiedAnErasureAsksNoMore() {
        Referral sent = sent();
        sent.mirrorPickup(0, true);

        sent.notifyErasure(ErasureGround.SHARE_ON_MOVE_WITHDRAWN, clockAt(SENT));
        sent.mirrorPickup(1, true);

        assertThat(sent.servicesToLearn()).isFalse();
    }

    @Test
    void theSendersCopyKeepsAKindTwiceAskedForByItem() {
        // given Newham sent two OTHER items after ESOL
        Routing routing = ReferralFixtures.routing();
        SendReferral esolAndTwoOthers = new SendReferral(
                routing.id(),
                routing.participantRef(),
                routing.to(),
                ReferralReason.MOVE_ON_AFTER_DECISION,
                LocalDate.parse("2026-12-10"),
                Stream.of(SupportKind.ESOL, SupportKind.OTHER, SupportKind.OTHER)
                        .map(kind -> new SupportNeed(kind, null, null, Urgency.SOON))
                        .toList(),
                null);
        Referral sent = Referral.send(routing, esolAndTwoOthers, SEALED, SENT.plus(Duration.ofDays(3)), clockAt(SENT));

        // when Barnet picks up the third item
        sent.mirrorPickup(2, false);

        // then the kinds are shown and counted once each, and the third item is known to be OTHER
        assertThat(sent.supportKinds()).containsExactly(SupportKind.ESOL, SupportKind.OTHER);
        assertThat(sent.recordedEvents())
                .singleElement()
                .isInstanceOfSatisfying(
                        ReferralEvents.Sent.class,
                        s -> assertThat(s.supportKinds()).containsExactly(SupportKind.ESOL, SupportKind.OTHER));
        assertThat(sent.pickups().get(2).kind()).isEqualTo(SupportKind.OTHER);
    }

    @Test
    void withdrawingEndsOnlyAReferralStillInFlight() {
        // given
        Referral inFlight = sent();
        Referral decided = sent();
        decided.mirror(ReferralStatus.ACCEPTED, null, SENT);

        // when
        boolean withdrawn = inFlight.withdraw(ReferralEnd.CONSENT_WITHDRAWN, clockAt(SENT));
        boolean left = decided.withdraw(ReferralEnd.CONSENT_WITHDRAWN, clockAt(SENT));

        // then
        assertThat(withdrawn).isTrue();
        assertThat(inFlight.status()).isEqualTo(ReferralStatus.WITHDRAWN);
        assertThat(left).isFalse();
        assertThat(decided.status()).isEqualTo(ReferralStatus.ACCEPTED);
    }

    @Test
    void cancellingIsTheSendersAndEndsItCancelled() {
        Referral referral = sent();
        referral.cancel(clockAt(SENT));
        assertThat(referral.status()).isEqualTo(ReferralStatus.CANCELLED);
        assertThat(referral.recordedEvents())
                .last()
                .isInstanceOfSatisfying(
                        ReferralEvents.Withdrawn.class,
                        w -> assertThat(w.cause()).isEqualTo(ReferralEnd.CANCELLED_BY_SENDER));
        assertThatThrownBy(() -> received().cancel(clockAt(SENT))).isInstanceOf(RuleBroken.class);
    }

    @Test
    void whenTheSenderEndsItTheReceiverDeletesItsPackageOnceAndConfirms() {
        // given
        Referral referral = accepted();

        // when
        boolean first = referral.endedBySender(ReferralEnd.PARTICIPANT_ERASED, clockAt(SENT));
        boolean again = referral.endedBySender(ReferralEnd.PARTICIPANT_ERASED, clockAt(SENT));

        // then
        assertThat(first).isTrue();
        assertThat(again).isFalse();
        assertThat(referral.status()).isEqualTo(ReferralStatus.WITHDRAWN);
        assertThat(referral.sealed()).isEmpty();
        assertThat(referral.recordedEvents()).last().isInstanceOf(ReferralEvents.PackageDeleted.class);
    }

    @Test
    void anUndecidedReferralIsFlaggedOverdueOnceItsTimeHasPassed() {
        // given respond-by is three working days after Tuesday 10:00: Friday 10:00
        Referral referral = received();

        // when / then
        assertThat(referral.flagIfOverdue(clockAt(Instant.parse("2026-12-04T09:59:00Z"))))
                .isFalse();
        assertThat(referral.flagIfOverdue(clockAt(Instant.parse("2026-12-04T10:00:00Z"))))
                .isTrue();
        assertThat(referral.flagIfOverdue(clockAt(Instant.parse("2026-12-05T10:00:00Z"))))
                .isFalse();
        assertThat(referral.overdue()).isTrue();
    }

    @Test
    void theSendersCopyNeverMovesBackwardsOrOutOfAnEnd() {
        Referral referral = sent();
        assertThat(referral.mirror(ReferralStatus.ACCEPTED, null, SENT)).isTrue();
        assertThat(referral.mirror(ReferralStatus.RECEIVED, null, SENT)).isFalse();
        assertThat(referral.mirror(ReferralStatus.COMPLETED, null, SENT)).isTrue();
        assertThat(referral.mirror(ReferralStatus.IN_PROGRESS, null, SENT)).isFalse();
        assertThat(referral.status()).isEqualTo(ReferralStatus.COMPLETED);
        assertThat(referral.recordedEvents()).hasSize(1);
    }
}
