package london.sanctuary.engagement.session.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Contract;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.engagement.AttendanceRecorded;
import london.sanctuary.contracts.engagement.ParticipantRegistered;
import london.sanctuary.contracts.engagement.SessionCancelled;
import london.sanctuary.contracts.engagement.SessionHeld;
import london.sanctuary.contracts.engagement.SessionRescheduled;
import london.sanctuary.contracts.engagement.SessionScheduled;
import london.sanctuary.contracts.facts.SessionHeldFact;
import london.sanctuary.engagement.session.SessionEvents;
import london.sanctuary.platform.outbox.OutboxEntry;

/**
 * Maps what the aggregate recorded to the integration events other services read, keyed by sessionId on the
 * borough's engagement topic, plus the anonymised {@link SessionHeldFact} (no participantRef, a day not an
 * instant) for the GLA.
 */
public final class SessionEventContracts {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private SessionEventContracts() {}

    public static List<OutboxEntry> toOutbox(List<SessionEvents> events) {
        return events.stream().flatMap(e -> entries(e).stream()).toList();
    }

    static List<OutboxEntry> entries(SessionEvents event) {
        // Java 17 has no pattern switch; the final throw keeps a new event type from passing unmapped.
        if (event instanceof SessionEvents.Scheduled s) {
            return one(
                    s,
                    new SessionScheduled(
                            s.sessionId().value(),
                            s.borough(),
                            s.type(),
                            s.startsAt(),
                            s.endsAt(),
                            s.venueKind(),
                            s.capacity(),
                            s.languages(),
                            s.recurrence()),
                    s.at());
        }
        if (event instanceof SessionEvents.Rescheduled r) {
            return one(r, new SessionRescheduled(r.sessionId().value(), r.borough(), r.startsAt(), r.endsAt()), r.at());
        }
        if (event instanceof SessionEvents.Cancelled c) {
            return one(c, new SessionCancelled(c.sessionId().value(), c.borough(), c.at()), c.at());
        }
        if (event instanceof SessionEvents.Registered r) {
            return one(r, registered(r, r.participant(), r.waitlisted(), r.at()), r.at());
        }
        if (event instanceof SessionEvents.Promoted p) {
            // A promotion is a registration that now holds a place: the contract's waitlisted=false says so.
            return one(p, registered(p, p.participant(), false, p.at()), p.at());
        }
        if (event instanceof SessionEvents.RegistrationCancelled) {
            return List.of(); // no contract for it yet: other services do not act on it
        }
        if (event instanceof SessionEvents.AttendanceTaken a) {
            return one(
                    a,
                    new AttendanceRecorded(a.sessionId().value(), a.borough(), a.participant(), a.attended(), a.at()),
                    a.at());
        }
        if (event instanceof SessionEvents.Held h) {
            return held(h);
        }
        throw new IllegalStateException("No contract for " + event.getClass().getSimpleName());
    }

    private static ParticipantRegistered registered(
            SessionEvents event, ParticipantRef participant, boolean waitlisted, Instant at) {
        return new ParticipantRegistered(event.sessionId().value(), event.borough(), participant, waitlisted, at);
    }

    private static List<OutboxEntry> held(SessionEvents.Held h) {
        Borough borough = h.borough();
        SessionHeld held = new SessionHeld(
                h.sessionId().value(),
                borough,
                h.type(),
                h.at(),
                h.attendance(),
                h.languages(),
                h.interpreterLanguages());
        SessionHeldFact fact = new SessionHeldFact(
                borough.code(),
                h.type(),
                h.venueKind(),
                LocalDate.ofInstant(h.at(), LONDON),
                h.attendance(),
                h.languages(),
                h.interpreterLanguages());
        return List.of(
                OutboxEntry.of(held, borough, h.sessionId().toString(), h.at()),
                OutboxEntry.fact(fact, borough, h.at()));
    }

    private static List<OutboxEntry> one(SessionEvents event, Contract contract, Instant at) {
        return List.of(
                OutboxEntry.of(contract, event.borough(), event.sessionId().toString(), at));
    }
}
