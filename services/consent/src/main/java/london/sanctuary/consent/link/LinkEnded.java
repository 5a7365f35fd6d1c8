package london.sanctuary.consent.link;

/** Why a personal link stopped opening before it expired. */
public enum LinkEnded {
    /** An officer stopped it. */
    BY_STAFF,
    /** The person stopped it from their page. */
    BY_THE_PERSON,
    /** A new link was issued; the old one stops. */
    REPLACED,
    /** The person was erased. */
    ERASED,
    /**
     * The person's support moved to another borough (a move-on referral accepted there): that borough gives its own
     * link; until this one's own expiry its page names the new council, its contacts and sessions, unless a
     * safeguarding concern was raised on the person (decision 0069).
     */
    MOVED
}
