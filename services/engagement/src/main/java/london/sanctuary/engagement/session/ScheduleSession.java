package london.sanctuary.engagement.session;

import london.sanctuary.contracts.refusal.InvalidValue;

/** Schedule a co-production session as planned. */
public record ScheduleSession(SessionPlan plan) {

    public ScheduleSession {
        if (plan == null) {
            throw new InvalidValue("body", "is required");
        }
    }
}
