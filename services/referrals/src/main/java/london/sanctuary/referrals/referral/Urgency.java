package london.sanctuary.referrals.referral;

/** How soon the receiving borough should pick a support item up. */
public enum Urgency {
    ROUTINE,
    SOON,
    URGENT
}
