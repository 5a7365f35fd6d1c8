package london.sanctuary.referrals.incoming.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import london.sanctuary.contracts.referrals.ConsentEntry;
import london.sanctuary.contracts.referrals.EngagementEntry;
import london.sanctuary.contracts.referrals.Profile;
import london.sanctuary.contracts.referrals.ReferralPackage;
import london.sanctuary.contracts.referrals.SupportItem;
import london.sanctuary.referrals.referral.web.ReferralView;

/**
 * What the receiving borough's move-on team sees once it accepted: the person's profile, the consents to
 * re-confirm at first contact, their engagement history, the reason for the move (a code) and the support to
 * continue, with who picked each up.
 * Personal: never logged.
 */
public record IncomingDetail(
        ReferralView referral,
        Profile profile,
        List<ConsentEntry> consentsToReconfirm,
        List<EngagementEntry> engagement,
        List<Support> support,
        String reason,
        String note) {

    public static IncomingDetail of(ReferralView view, ReferralPackage p, Map<Integer, String> pickups) {
        if (p == null) {
            return new IncomingDetail(view, null, List.of(), List.of(), List.of(), null, null);
        }
        List<Support> support = new ArrayList<>();
        for (int i = 0; i < p.support().size(); i++) {
            support.add(Support.of(i, p.support().get(i), pickups.get(i)));
        }
        String reason = p.reason() == null ? null : p.reason().name();
        return new IncomingDetail(view, p.profile(), p.consents(), p.engagement(), support, reason, p.note());
    }

    /** One support item; {@code pickedUpBy} the local service, once recorded. */
    public record Support(int item, String kind, String level, String note, String urgency, String pickedUpBy) {

        static Support of(int item, SupportItem s, String pickedUpBy) {
            return new Support(item, s.kind().name(), s.level(), s.note(), s.urgency(), pickedUpBy);
        }
    }

    @Override
    public String toString() {
        return "IncomingDetail[" + referral.referralId() + ", personal data hidden]";
    }
}
