package london.sanctuary.referrals.incoming;

import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ReferralId;
import london.sanctuary.referrals.referral.ReferralEvents;

/**
 * The receiving borough's answers to erasure notices for copies it deleted or erased, kept as the audit of that
 * erasure — referral id, the two boroughs, ground, outcome, time; never the person — and each published once as
 * the receipt to the sender.
 */
public interface ErasureReceipts {

    /** Keeps the receipt and its event to publish, once per referral and ground; says whether it was new. */
    boolean record(Borough holder, ReferralEvents.ErasureAcknowledged receipt);

    /** Whether this borough deleted or erased its copy of the referral: a replayed send must not bring it back. */
    boolean erased(Borough holder, ReferralId id);
}
