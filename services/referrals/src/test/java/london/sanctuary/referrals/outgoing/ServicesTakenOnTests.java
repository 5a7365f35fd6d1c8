package london.sanctuary.referrals.outgoing;

import static london.sanctuary.referrals.referral.ReferralFixtures.NEWHAM;
import static london.sanctuary.referrals.referral.ReferralFixtures.clockAt;
import static london.sanctuary.referrals.referral.ReferralFixtures.sent;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import london.sanctuary.contracts.ReferralId;
import london.sanctuary.referrals.referral.InMemoryReferrals;
import london.sanctuary.referrals.referral.Referral;
import org.junit.jupiter.api.Test;

/** Newham asks the receiving borough which services took its referrals on, a check at a time (decision 0045). */
class ServicesTakenOnTests {

    final InMemoryReferrals referrals = new InMemoryReferrals();
    final Set<ReferralId> asked = new HashSet<>();

    @Test
    void withMoreCopiesWaitingThanOneCheckAsksTheNextCheckAsksTheOthersFirst() {
        // given more of Newham's sent copies wait to learn their services than one check asks, and Barnet is down
        List<ReferralId> waiting = IntStream.range(0, ServicesTakenOn.PER_CHECK + 5)
                .mapToObj(i -> waitingToLearn())
                .toList();
        ServicesTakenOn services = new ServicesTakenOn(
                referrals,
                routing -> {
                    asked.add(routing.id());
                    throw new ReceiverHandovers.ReceiverUnavailable("Barnet is down");
                },
                clockAt(Instant.parse("2026-12-05T10:00:00Z")));

        // when two checks run
        ServicesTakenOn.Checked first = services.learn(List.of(NEWHAM));
        ServicesTakenOn.Checked second = services.learn(List.of(NEWHAM));

        // then each check asked its hundred, and between them every copy was asked
        assertThat(first.waiting()).isEqualTo(ServicesTakenOn.PER_CHECK);
        assertThat(second.waiting()).isEqualTo(ServicesTakenOn.PER_CHECK);
        assertThat(asked).containsExactlyInAnyOrderElementsOf(waiting);
    }

    private ReferralId waitingToLearn() {
        Referral referral = sent();
        referral.mirrorPickup(0, true);
        referrals.save(referral);
        return referral.routing().id();
    }
}
