package london.sanctuary.referrals.outgoing;

import java.time.Clock;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ReferralEnd;
import london.sanctuary.referrals.crypto.KeyCustody;
import london.sanctuary.referrals.history.EngagementHistory;
import london.sanctuary.referrals.referral.Referral;
import london.sanctuary.referrals.referral.Referrals;
import london.sanctuary.referrals.referral.Side;

/**
 * When SHARE_ON_MOVE ends (withdrawn or expired) or the person is erased: every data key filed under them is
 * shredded first — so every copy of their packages, in topics, dead letters and backups, is unreadable — and
 * each referral in flight becomes WITHDRAWN. Erasure also forgets their engagement history here.
 */
public final class Withdrawals {

    private final Referrals referrals;
    private final KeyCustody custody;
    private final EngagementHistory history;
    private final Clock clock;

    public Withdrawals(Referrals referrals, KeyCustody custody, EngagementHistory history, Clock clock) {
        this.referrals = referrals;
        this.custody = custody;
        this.history = history;
        this.clock = clock;
    }

    public void shareOnMoveEnded(Borough borough, UUID participantRef, boolean erased) {
        for (Referral referral : referrals.ofParticipant(borough, participantRef)) {
            if (referral.status().inFlight()) {
                custody.shred(borough, Sending.keyId(referral.routing()));
            }
        }
        if (erased) {
            custody.shredAllOf(borough, participantRef);
            history.forget(borough, participantRef);
        }
        ReferralEnd cause = erased ? ReferralEnd.PARTICIPANT_ERASED : ReferralEnd.CONSENT_WITHDRAWN;
        for (Referral referral : referrals.ofParticipant(borough, participantRef)) {
            referrals.change(borough, referral.id(), Side.OUTGOING, r -> r.withdraw(cause, clock));
        }
    }
}
