package london.sanctuary.workspace.moveon;

import java.util.List;

/**
 * The referrals service's outgoing side, as the move-on pages need it (implemented over the relayed client by
 * {@link ReferralsServiceOutgoing}; faked in page tests). A refusal comes back as the workspace's {@code
 * ServiceRefusal} naming the field.
 */
public interface OutgoingReferrals {

    /** Sends it; a retry with the same {@code referralId} answers the referral already sent. */
    SentReferral send(String borough, ReferralDraft draft);

    /** The borough's referrals sent, newest first. */
    List<SentReferral> sent(String borough);

    /** One referral sent, with the version a cancellation is made against. */
    SentReferral find(String borough, String referralId);

    SentReferral cancel(String borough, String referralId, long version);
}
