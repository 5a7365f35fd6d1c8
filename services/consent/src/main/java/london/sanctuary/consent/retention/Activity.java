package london.sanctuary.consent.retention;

import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import london.sanctuary.contracts.ParticipantRef;

/**
 * What consent knows of a living person's activity: enrolment, their last activity (a change to their record here —
 * consent given or withdrawn, details edited, re-confirmed, transferred in — or what the borough's other services
 * saw: {@link SeenActive}) and the last decision to keep it.
 */
public record Activity(
        ParticipantRef participantRef, Instant enrolledAt, Instant lastChangedAt, KeepDecision lastKept) {

    /** The latest of the three: the retention period runs from here. */
    public Instant lastActivityAt() {
        return Stream.of(enrolledAt, lastChangedAt, lastKept == null ? null : lastKept.decidedAt())
                .filter(java.util.Objects::nonNull)
                .max(Instant::compareTo)
                .orElseThrow();
    }

    public Optional<KeepDecision> kept() {
        return Optional.ofNullable(lastKept);
    }
}
