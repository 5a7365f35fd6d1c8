package london.sanctuary.referrals.outgoing;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.refusal.StaleVersion;
import london.sanctuary.referrals.referral.Pickup;
import london.sanctuary.referrals.referral.Referral;
import london.sanctuary.referrals.referral.Referrals;

/**
 * The sending borough learns which directory service took each support item on. The exchange only says that a
 * directory service did ({@code ReferralSupportPickedUp} with {@code fromDirectory}); each check asks the receiving
 * borough's referrals service for every sent referral still waiting to know, and keeps the answer on the sender's
 * copy. A receiver that cannot be reached is asked again at the next check; one that will not say (it no longer
 * holds the referral) is not asked again. A pickup that lands while asking wins: that copy is asked again next time.
 * Each check takes at most {@value #PER_CHECK} copies a borough, never asked first, then the longest since asked.
 */
public final class ServicesTakenOn {

    static final int PER_CHECK = 100;

    private final Referrals referrals;
    private final ReceiverHandovers receivers;
    private final Clock clock;

    public ServicesTakenOn(Referrals referrals, ReceiverHandovers receivers, Clock clock) {
        this.referrals = referrals;
        this.receivers = receivers;
        this.clock = clock;
    }

    /** Asks for every served borough's referrals waiting to know. */
    public Checked learn(List<Borough> boroughs) {
        int learnt = 0;
        int waiting = 0;
        for (Borough borough : boroughs) {
            for (Referral referral : referrals.awaitingServices(borough, PER_CHECK)) {
                Map<Integer, Pickup> told;
                try {
                    told = receivers.ask(referral.routing());
                } catch (ReceiverHandovers.ReceiverUnavailable down) {
                    referrals.askedForServices(borough, referral.routing().id(), clock.instant());
                    waiting++;
                    continue;
                } catch (ReceiverHandovers.NotTold refused) {
                    told = Map.of();
                }
                if (referral.learnServices(told)) {
                    try {
                        referrals.save(referral);
                        learnt++;
                    } catch (StaleVersion changedMeanwhile) {
                        waiting++;
                    }
                }
            }
        }
        return new Checked(learnt, waiting);
    }

    /** How many referrals learnt their services, and how many wait for the next check. */
    public record Checked(int learnt, int waiting) {}
}
