/**
 * The sending borough's side: sending a referral (consent-gated, package sealed under a new data key), cancelling
 * it, and reading its outgoing referrals.
 */
package london.sanctuary.referrals.outgoing;
