package london.sanctuary.engagement.session;

/** When in the day a participant can come. */
public enum TimeOfDay {
    MORNING,
    AFTERNOON,
    EVENING,
    ANY
}
