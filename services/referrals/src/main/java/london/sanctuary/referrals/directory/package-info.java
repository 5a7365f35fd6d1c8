/**
 * Each borough's directory of local services in the Open Referral UK data standard: imported from the borough's ORUK
 * export (or the demo directory), and matched to a referral's support kinds and the person's languages when the
 * receiving team picks up support.
 */
package london.sanctuary.referrals.directory;
