/**
 * Key release at the sending borough: the receiving borough, authenticated as itself, fetches a referral's data
 * key wrapped for its own public key — only while the referral is in flight and SHARE_ON_MOVE holds.
 */
package london.sanctuary.referrals.release;
