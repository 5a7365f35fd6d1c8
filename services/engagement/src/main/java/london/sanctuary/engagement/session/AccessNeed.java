package london.sanctuary.engagement.session;

/** Access needs as codes, never free text: free text about a person's body or health would be special data. */
public enum AccessNeed {
    STEP_FREE,
    HEARING_LOOP,
    LARGE_PRINT,
    QUIET_SPACE,
    SEATING_BREAKS,
    ASSISTANCE_ANIMAL,
    READING_SUPPORT
}
