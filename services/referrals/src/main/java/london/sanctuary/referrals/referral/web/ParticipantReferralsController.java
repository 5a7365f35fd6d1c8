package london.sanctuary.referrals.referral.web;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.platform.audit.Audited;
import london.sanctuary.platform.security.Caller;
import london.sanctuary.platform.security.Role;
import london.sanctuary.referrals.referral.Referral;
import london.sanctuary.referrals.referral.Referrals;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * FindReferralsOfParticipant: the referrals this borough sent and received for one person, for their subject access
 * request, to staff at {@code /participants/{ref}/referrals} and to the person's own page (the consent service with
 * the borough's service token, nothing else passes) at {@code /personal/{ref}/referrals} (decision 0065). Each as
 * the borough's own record holds it ({@link ReferralView}: routing, state, dates, reason codes);
 * never the sealed package, which a receiver that accepted reads at {@code GET …/incoming/{id}}.
 */
@RestController
class ParticipantReferralsController {

    private final Referrals referrals;
    private final Clock clock;

    ParticipantReferralsController(Referrals referrals, Clock clock) {
        this.referrals = referrals;
        this.clock = clock;
    }

    /** One person's referrals; an empty list for anyone never referred from or to here (or unknown here). */
    record ReferralsOfParticipant(String participantRef, List<ReferralView> referrals) {}

    @Audited("referrals.read")
    @GetMapping("/api/boroughs/{borough}/participants/{ref}/referrals")
    ReferralsOfParticipant of(@PathVariable String borough, @PathVariable String ref) {
        Caller.requireAnyOf(Role.OFFICER, Role.SERVICE_LEAD, Role.MOVE_ON);
        return referred(borough, ref);
    }

    @Audited("referrals.read.self")
    @GetMapping("/api/boroughs/{borough}/personal/{ref}/referrals")
    ReferralsOfParticipant ofThemselves(@PathVariable String borough, @PathVariable String ref) {
        Caller.requireAnyOf(Role.SERVICE);
        return referred(borough, ref);
    }

    private ReferralsOfParticipant referred(String borough, String ref) {
        ParticipantRef person = ParticipantRef.of(ref);
        return new ReferralsOfParticipant(
                person.toString(),
                referrals.ofParticipant(Borough.of(borough), person).stream()
                        .sorted(Comparator.comparing(Referral::sentAt).reversed())
                        .map(r -> ReferralView.of(r, clock.instant()))
                        .toList());
    }
}
