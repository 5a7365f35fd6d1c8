package london.sanctuary.referrals.referral;

import java.time.Instant;
import london.sanctuary.contracts.ErasureGround;
import london.sanctuary.contracts.ErasureOutcome;

/** The receiving borough's answer to an erasure notice, as the sender records it against its referral. */
public record ErasureReceipt(ErasureGround ground, ErasureOutcome outcome, Instant acknowledgedAt) {

    public ErasureReceipt {
        if (ground == null || outcome == null || acknowledgedAt == null) {
            throw new IllegalArgumentException("a receipt names its ground, outcome and time");
        }
    }

    /** Deleted and erased are final; a flag may still be followed by an erasure. */
    boolean isFinal() {
        return outcome != ErasureOutcome.FLAGGED;
    }
}
