package london.sanctuary.engagement.session;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.Versioned;

/** The engagement officer's desk: loads a session, lets it decide, saves it with its events, tells people. */
public final class SessionDesk {

    private final Sessions sessions;
    private final Consents consents;
    private final SessionNotices notices;
    private final Clock clock;

    public SessionDesk(Sessions sessions, Consents consents, SessionNotices notices, Clock clock) {
        this.sessions = sessions;
        this.consents = consents;
        this.notices = notices;
        this.clock = clock;
    }

    public Versioned<Session> schedule(Borough borough, ScheduleSession command) {
        Session session = Session.schedule(SessionId.random(), borough, command, clock);
        return saved(session);
    }

    public Versioned<Session> reschedule(Borough borough, SessionId id, RescheduleSession command, Long expected) {
        Session session = find(borough, id);
        session.expectVersion(expected);
        session.reschedule(command, clock);
        Versioned<Session> saved = saved(session);
        tell(session, NoticeKind.SESSION_RESCHEDULED);
        return saved;
    }

    public Versioned<Session> cancel(Borough borough, CancelSession command, Long expected) {
        Session session = find(borough, command.sessionId());
        session.expectVersion(expected);
        session.cancel(clock);
        Versioned<Session> saved = saved(session);
        tell(session, NoticeKind.SESSION_CANCELLED);
        return saved;
    }

    public Versioned<Registration> register(Borough borough, SessionId id, RegisterParticipant command, Long expected) {
        Session session = find(borough, id);
        session.expectVersion(expected);
        boolean holds = consents.holds(borough, command.participant(), ConsentPurpose.PARTICIPATE, clock.instant());
        Registration registration = session.register(command, holds, clock);
        return new Versioned<>(registration, sessions.save(session));
    }

    public Versioned<Session> cancelRegistration(
            Borough borough, SessionId id, ParticipantRef participant, Long expected) {
        Session session = find(borough, id);
        session.expectVersion(expected);
        session.cancelRegistration(participant, clock);
        return saved(session);
    }

    public Versioned<Attendance> recordAttendance(
            Borough borough, SessionId id, RecordAttendance command, Long expected) {
        Session session = find(borough, id);
        session.expectVersion(expected);
        Attendance taken = session.recordAttendance(command, clock);
        return new Versioned<>(taken, sessions.save(session));
    }

    public Versioned<Session> markHeld(Borough borough, MarkSessionHeld command, Long expected) {
        Session session = find(borough, command.sessionId());
        session.expectVersion(expected);
        session.markHeld(clock);
        return saved(session);
    }

    public Session find(Borough borough, SessionId id) {
        return sessions.find(borough, id).orElseThrow(UnknownSession::new);
    }

    public List<Session> startingBetween(Borough borough, Instant from, Instant to, int limit) {
        return sessions.startingBetween(borough, from, to, limit);
    }

    private Versioned<Session> saved(Session session) {
        return new Versioned<>(session, sessions.save(session));
    }

    /** Only participants who hold RECONTACT hear from us; the notice goes in their interpreter language, or English. */
    private void tell(Session session, NoticeKind kind) {
        Instant now = clock.instant();
        for (Registration registration : session.activeRegistrations()) {
            if (consents.holds(session.borough(), registration.participant(), ConsentPurpose.RECONTACT, now)) {
                String language = registration.needs().interpreterLanguage() == null
                        ? "en"
                        : registration.needs().interpreterLanguage().tag();
                notices.send(
                        session.borough(),
                        new SessionNotice(registration.participant(), kind, session.id(), language, now));
            }
        }
    }
}
