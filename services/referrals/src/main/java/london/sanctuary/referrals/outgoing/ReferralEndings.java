package london.sanctuary.referrals.outgoing;

import java.time.Clock;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ErasureGround;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.ReferralEnd;
import london.sanctuary.contracts.referrals.EngagementEntry;
import london.sanctuary.referrals.crypto.KeyCustody;
import london.sanctuary.referrals.history.EngagementHistory;
import london.sanctuary.referrals.referral.Referral;
import london.sanctuary.referrals.referral.Referrals;
import london.sanctuary.referrals.referral.Side;

/**
 * When SHARE_ON_MOVE ends (withdrawn or expired), LINK_FEEDBACK ends for someone whose package may carry answers, or
 * the person is erased: every data key filed under them is
 * shredded first — so every copy of their packages, in topics, dead letters and backups, is unreadable — and
 * each referral in flight becomes WITHDRAWN. When SHARE_ON_MOVE ends or the person is erased, every borough they
 * were ever referred to gets an erasure notice (UK GDPR art. 17(2), 19), whatever the referral's state. Erasure also
 * forgets their engagement history here, and their participantRef on every referral of theirs.
 */
public final class ReferralEndings {

    private final Referrals referrals;
    private final KeyCustody custody;
    private final EngagementHistory history;
    private final Clock clock;

    public ReferralEndings(Referrals referrals, KeyCustody custody, EngagementHistory history, Clock clock) {
        this.referrals = referrals;
        this.custody = custody;
        this.history = history;
        this.clock = clock;
    }

    public void shareOnMoveEnded(Borough borough, ParticipantRef participantRef, boolean erased) {
        shredInFlight(borough, participantRef);
        if (erased) {
            custody.shredAllOf(borough, participantRef);
            history.forget(borough, participantRef);
        }
        ReferralEnd cause = erased ? ReferralEnd.PARTICIPANT_ERASED : ReferralEnd.CONSENT_WITHDRAWN;
        ErasureGround ground = erased ? ErasureGround.PARTICIPANT_ERASED : ErasureGround.SHARE_ON_MOVE_WITHDRAWN;
        for (Referral referral : referrals.ofParticipant(borough, participantRef)) {
            // one write: the withdrawal (in flight), the notice after it, then the person forgotten
            referrals.change(
                    borough,
                    referral.id(),
                    referral.side(),
                    r -> r.withdraw(cause, clock) | r.notifyErasure(ground, clock) | (erased && r.forgetParticipant()));
        }
    }

    /**
     * LINK_FEEDBACK ended: a package sealed while it held carries the answers of their linked feedback, so a
     * referral in flight for someone who answered a form is withdrawn like one whose SHARE_ON_MOVE ended — the
     * receiver must not open answers the person no longer lets follow them. The borough can send again at once;
     * the new package carries no answers. The link to their answers then goes from the history.
     */
    public void linkedFeedbackEnded(Borough borough, ParticipantRef participantRef) {
        boolean answeredAForm = history.of(borough, participantRef).stream()
                .anyMatch(entry -> EngagementEntry.FORM_ANSWERED.equals(entry.kind()));
        if (answeredAForm) {
            shredInFlight(borough, participantRef);
            withdraw(borough, participantRef, ReferralEnd.CONSENT_WITHDRAWN);
        }
        history.unlinkAnswers(borough, participantRef);
    }

    private void shredInFlight(Borough borough, ParticipantRef participantRef) {
        for (Referral referral : referrals.ofParticipant(borough, participantRef)) {
            if (referral.status().inFlight()) {
                custody.shred(borough, Sending.keyId(referral.routing()));
            }
        }
    }

    private void withdraw(Borough borough, ParticipantRef participantRef, ReferralEnd cause) {
        for (Referral referral : referrals.ofParticipant(borough, participantRef)) {
            referrals.change(borough, referral.id(), Side.OUTGOING, r -> r.withdraw(cause, clock));
        }
    }
}
