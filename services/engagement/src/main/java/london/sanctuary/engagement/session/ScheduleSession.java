package london.sanctuary.engagement.session;

/** Schedule a co-production session as planned. */
public record ScheduleSession(SessionPlan plan) {

    public ScheduleSession {
        if (plan == null) {
            throw new InvalidValue("body", "is required");
        }
    }
}
