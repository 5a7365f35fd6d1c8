package london.sanctuary.contracts;

/** Kind of co-production session. */
public enum SessionType {
    FOCUS_GROUP,
    WORKSHOP,
    FACILITATED_SURVEY,
    LIVED_EXPERIENCE_FORUM,
    OPEN_HOUSE,
    DROP_IN
}
