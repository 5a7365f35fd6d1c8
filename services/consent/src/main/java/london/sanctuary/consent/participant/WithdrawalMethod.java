package london.sanctuary.consent.participant;

/**
 * How a consent was withdrawn: recorded by staff on the person's word (in person, by phone, by letter), or by the
 * person themselves on their own page ({@code SELF_ONLINE}, through their personal link). Not personal: kept after
 * erasure, unlike the reason's free text.
 */
public enum WithdrawalMethod {
    RECORDED_BY_STAFF,
    SELF_ONLINE
}
