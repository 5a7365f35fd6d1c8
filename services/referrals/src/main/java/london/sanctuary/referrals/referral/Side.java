package london.sanctuary.referrals.referral;

/** Whose copy a referral document is: the sending borough's or the receiving borough's. */
public enum Side {
    OUTGOING,
    INCOMING
}
