package london.sanctuary.referrals.referral;

/** The FHIR Task states a referral moves through; both boroughs hold the same one. */
public enum ReferralStatus {
    REQUESTED,
    RECEIVED,
    ACCEPTED,
    DECLINED,
    IN_PROGRESS,
    COMPLETED,
    CANCELLED,
    WITHDRAWN;

    /** Sent but not yet decided: consent still gates the package, and withdrawal ends it. */
    public boolean inFlight() {
        return this == REQUESTED || this == RECEIVED;
    }

    public boolean ended() {
        return this == DECLINED || this == COMPLETED || this == CANCELLED || this == WITHDRAWN;
    }

    /** The order of the happy path, so a mirror never moves backwards on a late event. */
    int rank() {
        return switch (this) {
            case REQUESTED -> 0;
            case RECEIVED -> 1;
            case ACCEPTED -> 2;
            case IN_PROGRESS -> 3;
            default -> 4;
        };
    }
}
