package london.sanctuary.dashboard.figures;

/**
 * What a counter counts. Histogram dimensions count occurrences of a value (the key is the value), so a
 * median is computable from the counts alone.
 */
public enum Dimension {
    SESSIONS_HELD("sessions-held"),
    ATTENDANCE("attendance"),
    SESSION_LANGUAGES("session-languages"),
    INTERPRETER_LANGUAGES("interpreter-languages"),
    VENUE_KINDS("venue-kinds"),
    FEEDBACK_SUBMITTED("feedback-submitted"),
    FEEDBACK_THEMES("feedback-themes"),
    ACTIONS_RAISED("actions-raised"),
    ACTIONS_ENDED("actions-ended"),
    DAYS_TO_ACTION("days-to-action"),
    DAYS_TO_COMPLETE("days-to-complete"),
    LOOPS_CLOSED("loops-closed"),
    LOOP_CLOSED_THEMES("loop-closed-themes"),
    CONSENTS_RECORDED("consents-recorded"),
    CONSENT_PURPOSES("consent-purposes"),
    CONSENTS_WITHDRAWN("consents-withdrawn"),
    REFERRALS_SENT("referrals-sent"),
    REFERRALS_RESOLVED("referrals-resolved"),
    HOURS_TO_ACCEPT("hours-to-accept"),
    REFERRALS_OVERDUE("referrals-overdue");

    private final String code;

    Dimension(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The dimension of that code, or empty for a code this version does not know (an old counter). */
    public static java.util.Optional<Dimension> ofCode(String code) {
        return java.util.Arrays.stream(values())
                .filter(d -> d.code.equals(code))
                .findFirst();
    }

    /** True for the session dimensions, whose first key part is the session type. */
    public boolean isBySessionType() {
        return this == SESSIONS_HELD
                || this == ATTENDANCE
                || this == SESSION_LANGUAGES
                || this == INTERPRETER_LANGUAGES
                || this == VENUE_KINDS;
    }
}
