package london.sanctuary.consent.safeguarding;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.refusal.Conflict;

/**
 * A safeguarding concern flagged on a person: open until the safeguarding lead closes it saying what was done.
 * It holds its texts only sealed (base64 ciphertext under the person's data key); {@link SafeguardingDesk} seals
 * and opens them.
 */
public final class Concern {

    private final ConcernId id;
    private final ParticipantRef participantRef;
    private final Borough borough;
    private final String sealedSummary;
    private final ActingStaff raisedBy;
    private final Instant raisedAt;
    private Closure closure;

    /** How a concern was closed: the sealed account of what was done, by whom, when. */
    public record Closure(String sealedActionTaken, ActingStaff closedBy, Instant closedAt) {}

    private Concern(
            ConcernId id,
            ParticipantRef participantRef,
            Borough borough,
            String sealedSummary,
            ActingStaff raisedBy,
            Instant raisedAt,
            Closure closure) {
        this.id = id;
        this.participantRef = participantRef;
        this.borough = borough;
        this.sealedSummary = sealedSummary;
        this.raisedBy = raisedBy;
        this.raisedAt = raisedAt;
        this.closure = closure;
    }

    public static Concern flag(
            ConcernId id, ParticipantRef ref, Borough borough, String sealedSummary, ActingStaff by, Clock clock) {
        return new Concern(id, ref, borough, sealedSummary, by, now(clock), null);
    }

    /** A concern as stored. */
    public static Concern restore(
            ConcernId id,
            ParticipantRef ref,
            Borough borough,
            String sealedSummary,
            ActingStaff raisedBy,
            Instant raisedAt,
            Closure closure) {
        return new Concern(id, ref, borough, sealedSummary, raisedBy, raisedAt, closure);
    }

    /** Closes the concern; {@link Conflict} (409) if it is closed already. */
    public void close(String sealedActionTaken, ActingStaff by, Clock clock) {
        if (isClosed()) {
            throw new Conflict("This concern is already closed");
        }
        closure = new Closure(sealedActionTaken, by, now(clock));
    }

    public boolean isClosed() {
        return closure != null;
    }

    private static Instant now(Clock clock) {
        // the store keeps milliseconds: what we answer equals what we read back
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    public ConcernId id() {
        return id;
    }

    public ParticipantRef participantRef() {
        return participantRef;
    }

    public Borough borough() {
        return borough;
    }

    public String sealedSummary() {
        return sealedSummary;
    }

    public ActingStaff raisedBy() {
        return raisedBy;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public Optional<Closure> closure() {
        return Optional.ofNullable(closure);
    }
}
