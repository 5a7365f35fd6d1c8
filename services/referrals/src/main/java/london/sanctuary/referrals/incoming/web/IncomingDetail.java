package london.sanctuary.referrals.incoming.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.SupportKind;
import london.sanctuary.contracts.referrals.ConsentEntry;
import london.sanctuary.contracts.referrals.EngagementEntry;
import london.sanctuary.contracts.referrals.Profile;
import london.sanctuary.contracts.referrals.ReferralPackage;
import london.sanctuary.contracts.referrals.SupportItem;
import london.sanctuary.referrals.directory.Matching;
import london.sanctuary.referrals.referral.Pickup;
import london.sanctuary.referrals.referral.web.ReferralView;

/**
 * What the receiving borough's move-on team sees once it accepted: the person's profile, the consents to
 * re-confirm at first contact, their engagement history, the reason for the move (a code) and the support to
 * continue, with the directory's services that can take each item on and who did.
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

    /** {@code offers}: the directory's services for a kind, the person's languages first. */
    public static IncomingDetail of(
            ReferralView view,
            ReferralPackage p,
            Map<Integer, Pickup> pickups,
            Function<SupportKind, List<Matching.Match>> offers) {
        if (p == null) {
            return new IncomingDetail(view, null, List.of(), List.of(), List.of(), null, null);
        }
        List<Support> support = new ArrayList<>();
        for (int i = 0; i < p.support().size(); i++) {
            SupportItem item = p.support().get(i);
            support.add(Support.of(i, item, pickups.get(i), offers.apply(item.kind())));
        }
        String reason = p.reason() == null ? null : p.reason().name();
        return new IncomingDetail(view, p.profile(), p.consents(), p.engagement(), support, reason, p.note());
    }

    /**
     * One support item; once handed over, {@code pickedUpBy} the service's name and {@code serviceId} its directory
     * id ({@code anotherService}: a service outside the directory, named by the team); {@code services} the
     * directory's services that offer its kind, those in one of the person's languages first (none: the team names
     * another service).
     */
    public record Support(
            int item,
            String kind,
            String level,
            String note,
            String urgency,
            String pickedUpBy,
            String serviceId,
            boolean anotherService,
            List<Offer> services) {

        static Support of(int item, SupportItem s, Pickup pickup, List<Matching.Match> offers) {
            return new Support(
                    item,
                    s.kind().name(),
                    s.level(),
                    s.note(),
                    s.urgency(),
                    pickup == null ? null : pickup.service(),
                    pickup == null ? null : pickup.serviceId(),
                    pickup != null && !pickup.fromDirectory(),
                    offers.stream().map(Offer::of).toList());
        }
    }

    /** A directory service that offers the item's kind; {@code languages} as tags. */
    public record Offer(
            String id, String name, String organisation, List<String> languages, String area, boolean inTheirLanguage) {

        static Offer of(Matching.Match m) {
            var s = m.service();
            return new Offer(
                    s.id(),
                    s.name(),
                    s.organisation(),
                    s.languages().stream().map(Language::tag).toList(),
                    s.area(),
                    m.inTheirLanguage());
        }
    }

    @Override
    public String toString() {
        return "IncomingDetail[" + referral.referralId() + ", personal data hidden]";
    }
}
