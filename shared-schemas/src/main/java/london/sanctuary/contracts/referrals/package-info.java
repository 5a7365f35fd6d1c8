/**
 * Referral events on the shared exchange topic {@code sanctuary.exchange.referrals.v1}: routing fields in clear,
 * the personal record ({@link london.sanctuary.contracts.referrals.ReferralPackage}) only inside an
 * {@link london.sanctuary.contracts.referrals.EncryptedPackage}.
 */
package london.sanctuary.contracts.referrals;
