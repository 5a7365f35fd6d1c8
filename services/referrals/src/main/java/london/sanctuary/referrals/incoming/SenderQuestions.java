package london.sanctuary.referrals.incoming;

import java.util.Map;
import java.util.TreeMap;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ReferralId;
import london.sanctuary.referrals.referral.Pickup;
import london.sanctuary.referrals.referral.Referral;
import london.sanctuary.referrals.referral.Referrals;
import london.sanctuary.referrals.referral.Side;
import london.sanctuary.referrals.referral.UnknownReferral;

/**
 * What the receiving borough tells the sending borough's referrals service about a referral it took in (decision
 * 0045): which directory service took each support item on, with its organisation and public contact — never the
 * name of another service the team typed. Only the referral's sending borough is told; anyone else, an unknown
 * referral, and a copy that forgot the person (erased here) get the 404 of an unknown referral.
 */
public final class SenderQuestions {

    private final Referrals referrals;

    public SenderQuestions(Referrals referrals) {
        this.referrals = referrals;
    }

    public Map<Integer, Pickup> handovers(Borough to, ReferralId id, Borough caller) {
        Referral referral = referrals
                .find(to, id)
                .filter(r -> r.side() == Side.INCOMING
                        && r.routing().from().equals(caller)
                        && r.routing().participantRef() != null)
                .orElseThrow(UnknownReferral::new);
        Map<Integer, Pickup> told = new TreeMap<>();
        referral.pickups().forEach((item, pickup) -> told.put(item, pickup.forTheSender()));
        return told;
    }
}
