/** The shared exchange topic, heard by both sides, and the consent changes that end referrals. */
package london.sanctuary.referrals.exchange;
