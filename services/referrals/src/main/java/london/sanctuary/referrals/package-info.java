/**
 * The referrals service: move-on referrals between boroughs over the shared exchange topic, the personal record
 * sealed per referral, its key released only to the receiving borough and only while consent holds.
 */
package london.sanctuary.referrals;
