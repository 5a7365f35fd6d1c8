package london.sanctuary.platform.security;

/** The roles a token's {@code roles} claim carries, one list for every service (DESIGN.md §2). */
public enum Role {
    /** A borough's co-production officer: people, consent, sessions, feedback, actions. */
    OFFICER("officer"),
    /** A borough's service lead: actions and their review. */
    SERVICE_LEAD("service-lead"),
    /** A borough's safeguarding lead: sees and closes the safeguarding concerns officers flag on people. */
    SAFEGUARDING_LEAD("safeguarding-lead"),
    /** A borough's move-on team: referrals. */
    MOVE_ON("move-on"),
    /** Another service of the same borough, or another borough's referrals service (key release). */
    SERVICE("service"),
    /** The GLA's analyst: London-wide, non-identifying figures only. */
    ANALYST("analyst"),
    /** Whoever may rotate the key-encryption keys on demand. */
    KEY_CUSTODIAN("key-custodian");

    private final String claim;

    Role(String claim) {
        this.claim = claim;
    }

    /** As it stands in the token, e.g. {@code move-on}. */
    public String claim() {
        return claim;
    }
}
