package london.sanctuary.referrals.incoming.web;

import java.util.List;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ReferralId;
import london.sanctuary.contracts.refusal.NotFound;
import london.sanctuary.platform.borough.ServedBoroughs;
import london.sanctuary.referrals.incoming.SenderQuestions;
import london.sanctuary.referrals.referral.Pickup;
import london.sanctuary.referrals.referral.UnknownReferral;
import london.sanctuary.referrals.referral.web.ExchangeCaller;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * FindHandovers, cross-borough like key release but the other way: the caller is the referral's <em>sending</em>
 * borough's referrals service, so the path names the receiving borough as {@code {toBorough}}. This instance must
 * serve it, the caller must be a borough's service client, and that borough the referral's sender; anything else is
 * the same 404 (decision 0045).
 */
@RestController
class SenderQuestionsController {

    private static final Logger log = LoggerFactory.getLogger(SenderQuestionsController.class);

    private final SenderQuestions questions;
    private final ServedBoroughs served;

    SenderQuestionsController(SenderQuestions questions, ServedBoroughs served) {
        this.questions = questions;
        this.served = served;
    }

    /** The handovers of one referral, by item: a directory service with its public contact, or another service. */
    record Handovers(ReferralId referralId, List<Handed> handovers) {}

    /** Item {@code item}: a directory service ({@code fromDirectory}) with its id, name and contact, or none named. */
    record Handed(
            int item,
            boolean fromDirectory,
            String serviceId,
            String service,
            String organisation,
            String url,
            String phone) {

        static Handed of(int item, Pickup p) {
            Pickup.Contact c = p.contact();
            return new Handed(
                    item,
                    p.fromDirectory(),
                    p.serviceId(),
                    p.service(),
                    c == null ? null : c.organisation(),
                    c == null ? null : c.url(),
                    c == null ? null : c.phone());
        }
    }

    @GetMapping("/api/exchange/{toBorough}/referrals/{referralId}/handovers")
    Handovers handovers(@PathVariable String toBorough, @PathVariable String referralId) {
        Borough caller = ExchangeCaller.borough();
        if (!served.serves(toBorough)) {
            throw new NotFound("Borough");
        }
        ReferralId id = UnknownReferral.idFrom(referralId);
        List<Handed> handed = questions.handovers(Borough.of(toBorough), id, caller).entrySet().stream()
                .map(e -> Handed.of(e.getKey(), e.getValue()))
                .toList();
        log.info("Told {} who took on {} items of referral {}", caller.code(), handed.size(), referralId);
        return new Handovers(id, handed);
    }
}
