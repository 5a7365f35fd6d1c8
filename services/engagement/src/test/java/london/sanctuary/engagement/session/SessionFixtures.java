package london.sanctuary.engagement.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.SessionType;
import london.sanctuary.contracts.VenueKind;

/** Sessions and participants for the aggregate's tests. */
public final class SessionFixtures {

    public static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    public static final Borough NEWHAM = Borough.of("newham");
    public static final boolean HOLDS_PARTICIPATE = true;

    private SessionFixtures() {}

    public static SessionPlan focusGroup(int capacity, Instant startsAt) {
        return new SessionPlan(
                SessionType.FOCUS_GROUP,
                new Texts(Map.of("en", "Housing conditions", "ar", "ظروف السكن")),
                new Texts(Map.of("en", "Tell us about where you live")),
                startsAt,
                startsAt.plus(Duration.ofHours(2)),
                null,
                new Venue(
                        "Forest Gate Community Centre",
                        "1 Woodgrange Road, E7",
                        VenueKind.TRUSTED_COMMUNITY_SPACE,
                        true,
                        true),
                capacity,
                List.of(Language.of("en"), Language.of("ar")),
                List.of(
                        new Interpreter(Language.of("ar"), "Levantine", false),
                        new Interpreter(Language.of("fa-AF"), null, false)),
                new Compensation(true, true),
                List.of("Newham Community Engagement"));
    }

    /** A focus group tomorrow with {@code capacity} places. */
    public static Session upcoming(int capacity) {
        return Session.schedule(
                SessionId.random(),
                NEWHAM,
                new ScheduleSession(focusGroup(capacity, NOW.plus(Duration.ofDays(1)))),
                CLOCK);
    }

    /** A focus group that started an hour ago. */
    public static Session started(int capacity) {
        return Session.schedule(
                SessionId.random(),
                NEWHAM,
                new ScheduleSession(focusGroup(capacity, NOW.minus(Duration.ofHours(1)))),
                CLOCK);
    }

    public static ParticipantRef participant() {
        return new ParticipantRef(UUID.randomUUID());
    }

    public static RegisterParticipant registering(ParticipantRef participant) {
        return new RegisterParticipant(participant, Needs.none());
    }

    /** Registers each participant, all holding PARTICIPATE. */
    public static void registered(Session session, ParticipantRef... participants) {
        for (ParticipantRef participant : participants) {
            session.register(registering(participant), HOLDS_PARTICIPATE, CLOCK);
        }
    }

    public static <T extends SessionEvents> List<T> recorded(Session session, Class<T> type) {
        return session.recordedEvents().stream()
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }
}
