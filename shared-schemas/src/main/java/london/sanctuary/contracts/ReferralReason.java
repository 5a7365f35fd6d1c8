package london.sanctuary.contracts;

/** Why a person moves between boroughs. */
public enum ReferralReason {
    DISPERSAL,
    MOVE_ON_AFTER_DECISION,
    FAMILY_REUNION,
    OTHER
}
