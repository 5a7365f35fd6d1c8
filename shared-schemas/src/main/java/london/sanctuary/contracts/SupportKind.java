package london.sanctuary.contracts;

/** Kind of support a referral asks the receiving borough to continue. */
public enum SupportKind {
    ESOL,
    MENTAL_HEALTH,
    VOLUNTEERING,
    SCHOOL_PLACE,
    GP_REGISTRATION,
    LEGAL_ADVICE,
    SOCIAL_CONNECTION,
    OTHER
}
