package london.sanctuary.consent.participant.messaging;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import london.sanctuary.consent.participant.ConsentRecord;
import london.sanctuary.consent.participant.Participant;
import london.sanctuary.consent.participant.ParticipantEvents;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.consent.ConsentGranted;
import london.sanctuary.contracts.consent.ConsentStateRecorded;
import london.sanctuary.contracts.consent.ConsentWithdrawn;
import london.sanctuary.contracts.consent.ParticipantEnrolled;
import london.sanctuary.contracts.consent.ParticipantErased;
import london.sanctuary.contracts.facts.ConsentRecordedFact;
import london.sanctuary.contracts.facts.ConsentWithdrawnFact;
import london.sanctuary.platform.outbox.OutboxEntry;

/**
 * Maps what the aggregate recorded to the integration events other services read: the borough's consent topic
 * for the participant's own events, and anonymised facts (no participantRef, days not instants) for the GLA. Each
 * grant and withdrawal also publishes where that purpose now stands ({@link ConsentStateRecorded}) on the borough's
 * compacted consent-state topic, and an erasure a tombstone for every purpose, so that nothing of the person stays
 * on it once compacted (decision 0052).
 */
public final class ParticipantEventContracts {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private ParticipantEventContracts() {}

    /** The entries for {@code events}, recorded by the participant's write that stores {@code version}. */
    public static List<OutboxEntry> toOutbox(List<ParticipantEvents> events, long version) {
        return events.stream()
                .flatMap(e -> Stream.concat(entries(e).stream(), states(e, version).stream()))
                .toList();
    }

    /**
     * The participant's current state of each purpose this event changed, for the compacted consent-state topic; on
     * erasure, a tombstone for every purpose (one for a purpose never granted deletes nothing, and costs nothing).
     */
    static List<OutboxEntry> states(ParticipantEvents event, long version) {
        ParticipantRef ref = event.participantRef();
        if (event instanceof ParticipantEvents.ConsentGiven g) {
            ConsentRecord c = g.consent();
            return List.of(state(ref, c, true, c.grantedAt(), version));
        }
        if (event instanceof ParticipantEvents.ConsentWithdrawn w) {
            ConsentRecord c = w.consent();
            return List.of(state(ref, c, false, c.withdrawnAt(), version));
        }
        if (event instanceof ParticipantEvents.Erased e) {
            return Arrays.stream(ConsentPurpose.values())
                    .map(purpose -> OutboxEntry.tombstone(
                            ConsentStateRecorded.class,
                            e.borough(),
                            ref.toString(),
                            ConsentStateRecorded.key(ref, purpose),
                            e.erasedAt()))
                    .toList();
        }
        return List.of();
    }

    /**
     * Where each purpose the participant ever consented to stands now (its latest grant, held or withdrawn), at the
     * participant's stored {@code version}: what the consent-state topic must hold for them, to publish it again
     * when that topic starts empty. Nothing for an erased participant.
     */
    public static List<OutboxEntry> currentStates(Participant participant, long version) {
        if (participant.isErased()) {
            return List.of();
        }
        Map<ConsentPurpose, ConsentRecord> latest = new EnumMap<>(ConsentPurpose.class);
        for (ConsentRecord c : participant.consents()) {
            latest.merge(c.purpose(), c, (a, b) -> b.grantedAt().isAfter(a.grantedAt()) ? b : a);
        }
        return latest.values().stream()
                .map(c -> state(
                        participant.ref(),
                        c,
                        !c.isWithdrawn(),
                        c.isWithdrawn() ? c.withdrawnAt() : c.grantedAt(),
                        version))
                .toList();
    }

    private static OutboxEntry state(ParticipantRef ref, ConsentRecord c, boolean granted, Instant at, long version) {
        ConsentStateRecorded state = new ConsentStateRecorded(
                ref, c.controller(), c.purpose(), granted, c.consentId(), version, at, c.expiresAt());
        return OutboxEntry.state(state, c.controller(), ref.toString(), ConsentStateRecorded.key(ref, c.purpose()), at);
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
