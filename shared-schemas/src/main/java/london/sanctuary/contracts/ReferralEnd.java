package london.sanctuary.contracts;

/** Why a referral was withdrawn before completion. */
public enum ReferralEnd {
    CONSENT_WITHDRAWN,
    PARTICIPANT_ERASED,
    CANCELLED_BY_SENDER
}
