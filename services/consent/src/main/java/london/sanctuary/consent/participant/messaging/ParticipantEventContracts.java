package london.sanctuary.consent.participant.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import london.sanctuary.consent.participant.ConsentRecord;
import london.sanctuary.consent.participant.ParticipantEvents;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.consent.ConsentGranted;
import london.sanctuary.contracts.consent.ConsentWithdrawn;
import london.sanctuary.contracts.consent.ParticipantEnrolled;
import london.sanctuary.contracts.consent.ParticipantErased;
import london.sanctuary.contracts.facts.ConsentRecordedFact;
import london.sanctuary.contracts.facts.ConsentWithdrawnFact;
import london.sanctuary.platform.outbox.OutboxEntry;

/**
 * Maps what the aggregate recorded to the integration events other services read: the borough's consent topic
 * for the participant's own events, and anonymised facts (no participantRef, days not instants) for the GLA.
 */
public final class ParticipantEventContracts {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private ParticipantEventContracts() {}

    public static List<OutboxEntry> toOutbox(List<ParticipantEvents> events) {
        return events.stream().flatMap(e -> entries(e).stream()).toList();
    }

    static List<OutboxEntry> entries(ParticipantEvents event) {
        String ref = event.participantRef().toString();
        // Java 17 has no pattern switch; the final throw keeps a new event type from passing unmapped.
        if (event instanceof ParticipantEvents.Enrolled e) {
            return List.of(OutboxEntry.of(
                    new ParticipantEnrolled(e.participantRef(), e.borough(), e.enrolledAt(), e.transferredFrom()),
                    e.borough(),
                    ref,
                    e.enrolledAt()));
        }
        if (event instanceof ParticipantEvents.ConsentGiven g) {
            return granted(g, ref);
        }
        if (event instanceof ParticipantEvents.ConsentWithdrawn w) {
            return withdrawn(w, ref);
        }
        if (event instanceof ParticipantEvents.Erased e) {
            return List.of(OutboxEntry.of(
                    new ParticipantErased(e.participantRef(), e.borough(), e.erasedAt()),
                    e.borough(),
                    ref,
                    e.erasedAt()));
        }
        throw new IllegalStateException("No contract for " + event.getClass().getSimpleName());
    }

    private static List<OutboxEntry> granted(ParticipantEvents.ConsentGiven given, String ref) {
        ConsentRecord c = given.consent();
        Borough borough = c.controller();
        ConsentGranted granted = new ConsentGranted(
                given.participantRef(),
                borough,
                c.consentId(),
                c.purpose(),
                c.legalBasis(),
                c.method(),
                c.language().tag(),
                c.noticeVersion(),
                c.grantedAt(),
                c.expiresAt(),
                c.toBeReconfirmed());
        ConsentRecordedFact fact = new ConsentRecordedFact(
                borough.code(), c.purpose(), c.method(), c.language().tag(), day(c.grantedAt()));
        return List.of(
                OutboxEntry.of(granted, borough, ref, c.grantedAt()), OutboxEntry.fact(fact, borough, c.grantedAt()));
    }

    private static List<OutboxEntry> withdrawn(ParticipantEvents.ConsentWithdrawn withdrawal, String ref) {
        ConsentRecord c = withdrawal.consent();
        Borough borough = c.controller();
        ConsentWithdrawn withdrawn =
                new ConsentWithdrawn(withdrawal.participantRef(), borough, c.consentId(), c.purpose(), c.withdrawnAt());
        ConsentWithdrawnFact fact = new ConsentWithdrawnFact(borough.code(), c.purpose(), day(c.withdrawnAt()));
        return List.of(
                OutboxEntry.of(withdrawn, borough, ref, c.withdrawnAt()),
                OutboxEntry.fact(fact, borough, c.withdrawnAt()));
    }

    private static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, LONDON);
    }
}
