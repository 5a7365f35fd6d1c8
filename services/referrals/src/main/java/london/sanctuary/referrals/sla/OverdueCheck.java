package london.sanctuary.referrals.sla;

import java.time.Clock;
import java.util.List;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.refusal.StaleVersion;
import london.sanctuary.referrals.referral.Referral;
import london.sanctuary.referrals.referral.Referrals;

/**
 * Flags each incoming referral still undecided past its respond-by time, once: ReferralOverdue on the exchange
 * (so the sender's copy is flagged too) and an anonymised fact. A decision that lands at the same moment wins.
 */
public final class OverdueCheck {

    private final Referrals referrals;
    private final Clock clock;

    public OverdueCheck(Referrals referrals, Clock clock) {
        this.referrals = referrals;
        this.clock = clock;
    }

    /** Answers how many were flagged. */
    public int flag(List<Borough> boroughs) {
        int flagged = 0;
        for (Borough borough : boroughs) {
            for (Referral referral : referrals.awaitingDecision(borough, 200)) {
                if (referral.flagIfOverdue(clock)) {
                    try {
                        referrals.save(referral);
                        flagged++;
                    } catch (StaleVersion decided) {
                        // decided meanwhile: nothing to flag
                    }
                }
            }
        }
        return flagged;
    }
}
