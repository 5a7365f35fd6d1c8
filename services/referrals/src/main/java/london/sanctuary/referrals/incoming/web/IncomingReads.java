package london.sanctuary.referrals.incoming.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.referrals.ReferralPackage;
import london.sanctuary.referrals.incoming.Decisions;
import london.sanctuary.referrals.incoming.Handover;
import london.sanctuary.referrals.referral.Referral;
import london.sanctuary.referrals.referral.ReferralStatus;
import london.sanctuary.referrals.referral.web.ReferralView;

/** What the JSON API and the pages both show of incoming referrals: one reading, so the two cannot differ. */
final class IncomingReads {

    private final Decisions decisions;
    private final Clock clock;

    IncomingReads(Decisions decisions, Clock clock) {
        this.decisions = decisions;
        this.clock = clock;
    }

    List<ReferralView> inbox(Borough to, int limit) {
        return decisions.inbox(to, limit).stream()
                .map(r -> ReferralView.of(r, clock.instant()))
                .toList();
    }

    /**
     * The inbox as the pages list it: those that need a decision first, the one whose time runs out soonest on top,
     * then the rest, the most recently sent first.
     */
    List<ReferralView> needsDecisionFirst(Borough to, int limit) {
        Comparator<ReferralView> undecidedFirst = Comparator.comparing(r -> !undecided(r));
        Comparator<ReferralView> soonestDue = Comparator.comparing(
                        (ReferralView r) -> undecided(r) ? r.respondBy() : Instant.MIN)
                .thenComparing(r -> undecided(r) ? r.sentAt() : Instant.MIN);
        return inbox(to, limit).stream()
                .sorted(undecidedFirst
                        .thenComparing(soonestDue)
                        .thenComparing(ReferralView::sentAt, Comparator.reverseOrder()))
                .toList();
    }

    private static boolean undecided(ReferralView r) {
        return ReferralStatus.RECEIVED.name().equals(r.status());
    }

    /** The referral with, once accepted, the person's record as imported. Personal: never logged. */
    IncomingDetail detail(Referral referral) {
        ReferralPackage content = decisions.imported(referral).orElse(null);
        List<Language> languages = Handover.languagesOf(content);
        Borough here = referral.routing().to();
        return IncomingDetail.of(
                ReferralView.of(referral, clock.instant()),
                content,
                referral.pickups(),
                kind -> decisions.offers(here, kind, languages));
    }
}
