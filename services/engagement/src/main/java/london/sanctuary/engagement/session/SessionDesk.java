package london.sanctuary.engagement.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.Versioned;
import london.sanctuary.contracts.refusal.RuleBroken;

/** The engagement officer's desk: loads a session, lets it decide, saves it with its events, tells people. */
public final class SessionDesk {

    /** A series is laid out as one session per meeting for a year ahead, at most this many meetings. */
    static final Duration SERIES_AHEAD = Duration.ofDays(366);

    static final int SERIES_MOST = 60;

    private final Sessions sessions;
    private final Consents consents;
    private final SessionNotifier notifier;
    private final RegistrationEndings endings;
    private final Clock clock;

    public SessionDesk(
            Sessions sessions, Consents consents, SessionNotifier notifier, RegistrationEndings endings, Clock clock) {
        this.sessions = sessions;
        this.consents = consents;
        this.notifier = notifier;
        this.endings = endings;
        this.clock = clock;
    }

    /**
     * Schedules a session, or, with a recurrence, one session per meeting of the series (decision 0029): the first
     * meeting's id is the series id, and the first meeting is answered.
     */
    public Versioned<Session> schedule(Borough borough, ScheduleSession command) {
        SessionPlan plan = command.plan();
        if (plan.recurrence() == null) {
            return saved(Session.schedule(SessionId.random(), borough, command, clock));
        }
        SessionId series = SessionId.random();
        Duration length = Duration.between(plan.startsAt(), plan.endsAt());
        List<Instant> starts =
                plan.recurrence().startsFrom(plan.startsAt(), plan.startsAt().plus(SERIES_AHEAD), SERIES_MOST);
        Versioned<Session> first = null;
        for (Instant start : starts) {
            SessionId id = first == null ? series : SessionId.random();
            Session meeting = Session.schedule(
                    id, borough, plan.at(start, start.plus(length)), new Occurrence(series, start), clock);
            Versioned<Session> stored = saved(meeting);
            first = first == null ? stored : first;
        }
        return first;
    }

    public Versioned<Session> reschedule(Borough borough, SessionId id, RescheduleSession command, Long expected) {
        Session session = find(borough, id);
        session.expectVersion(expected);
        session.reschedule(command, clock);
        Versioned<Session> saved = saved(session);
        notifier.tellEveryone(session, NoticeKind.SESSION_RESCHEDULED);
        return saved;
    }

    public Versioned<Session> revise(Borough borough, SessionId id, ScheduleSession command, Long expected) {
        Session session = find(borough, id);
        session.expectVersion(expected);
        boolean moved = session.revise(command.plan(), clock);
        Versioned<Session> saved = saved(session);
        if (moved) {
            notifier.tellEveryone(session, NoticeKind.SESSION_RESCHEDULED);
        }
        return saved;
    }

    public Versioned<Session> cancel(Borough borough, CancelSession command, Long expected) {
        Session session = find(borough, command.sessionId());
        session.expectVersion(expected);
        session.cancel(clock);
        Versioned<Session> saved = saved(session);
        notifier.tellEveryone(session, NoticeKind.SESSION_CANCELLED);
        return saved;
    }

    public Versioned<Registration> register(Borough borough, SessionId id, RegisterParticipant command, Long expected) {
        Session session = find(borough, id);
        session.expectVersion(expected);
        boolean holds = holdsParticipate(borough, command.participant());
        if (!holds) {
            applyEndingIfAny(borough, command.participant());
        }
        Registration registration = session.register(command, holds, clock);
        Versioned<Registration> saved = new Versioned<>(registration, sessions.save(session));
        if (applyEndingIfAny(borough, command.participant())) {
            throw Session.noParticipate();
        }
        return saved;
    }

    /**
     * Registers a member of a standing forum for every meeting of the series still to come that they are not
     * already registered for. Each meeting is its own write: a refusal part way leaves the earlier places, and
     * asking again fills in the rest.
     */
    public List<SeriesPlace> registerMember(Borough borough, SessionId seriesId, RegisterParticipant command) {
        List<Session> meetings = sessions.inSeries(borough, seriesId);
        if (meetings.isEmpty()) {
            throw new UnknownSession();
        }
        boolean holds = holdsParticipate(borough, command.participant());
        if (!holds) {
            applyEndingIfAny(borough, command.participant());
        }
        Instant now = clock.instant();
        List<SeriesPlace> places = new ArrayList<>();
        for (Session meeting : meetings) {
            if (meeting.isAhead(now) && !meeting.isUpcomingFor(command.participant(), now)) {
                Registration registration = meeting.register(command, holds, clock);
                sessions.save(meeting);
                places.add(new SeriesPlace(meeting.id(), meeting.plan().startsAt(), registration.status()));
            }
        }
        if (places.isEmpty() && meetings.stream().noneMatch(m -> m.isAhead(now))) {
            throw new RuleBroken("seriesId", "The series has no meeting still to come");
        }
        if (!places.isEmpty() && applyEndingIfAny(borough, command.participant())) {
            throw Session.noParticipate();
        }
        return places;
    }

    public Versioned<Registration> promote(Borough borough, SessionId id, ParticipantRef participant, Long expected) {
        Session session = find(borough, id);
        session.expectVersion(expected);
        Registration promoted = session.promote(participant, clock);
        Versioned<Registration> saved = new Versioned<>(promoted, sessions.save(session));
        notifier.tellPromoted(session);
        return saved;
    }

    public Versioned<Session> cancelRegistration(
            Borough borough, SessionId id, ParticipantRef participant, Long expected) {
        Session session = find(borough, id);
        session.expectVersion(expected);
        session.cancelRegistration(participant, clock);
        Versioned<Session> saved = saved(session);
        notifier.tellPromoted(session);
        return saved;
    }

    public Versioned<Attendance> recordAttendance(
            Borough borough, SessionId id, RecordAttendance command, Long expected) {
        Session session = find(borough, id);
        session.expectVersion(expected);
        Attendance taken = session.recordAttendance(command, clock);
        return new Versioned<>(taken, sessions.save(session));
    }

    public Versioned<Attendance> markExpensesPaid(
            Borough borough, SessionId id, ParticipantRef participant, Long expected) {
        Session session = find(borough, id);
        session.expectVersion(expected);
        Attendance paid = session.markExpensesPaid(participant, clock);
        return new Versioned<>(paid, sessions.save(session));
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

    /** The meetings of a series, earliest first; an unknown series is not found. */
    public List<Session> series(Borough borough, SessionId seriesId) {
        List<Session> meetings = sessions.inSeries(borough, seriesId);
        if (meetings.isEmpty()) {
            throw new UnknownSession();
        }
        return meetings;
    }

    /**
     * Applies an ending of PARTICIPATE (withdrawn, or the person erased) if there is one, and says whether there was.
     * Called again once a place is saved: an ending heard between the first question and the save found no place of
     * theirs to cancel, so it is applied here and the place refused (decision 0072). Called too when a place is
     * refused, so that a place an earlier request saved, and could not cancel, goes then. Its expiry is no ending:
     * places stand, as they do when nothing is asked.
     */
    private boolean applyEndingIfAny(Borough borough, ParticipantRef participant) {
        if (consents.erased(borough, participant)) {
            endings.erased(borough, participant);
            return true;
        }
        if (consents.ended(borough, participant, ConsentPurpose.PARTICIPATE, clock.instant())) {
            endings.participationEnded(borough, participant);
            return true;
        }
        return false;
    }

    private boolean holdsParticipate(Borough borough, ParticipantRef participant) {
        return consents.holds(borough, participant, ConsentPurpose.PARTICIPATE, clock.instant());
    }

    private Versioned<Session> saved(Session session) {
        return new Versioned<>(session, sessions.save(session));
    }
}
