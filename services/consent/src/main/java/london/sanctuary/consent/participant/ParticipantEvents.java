package london.sanctuary.consent.participant;

import java.time.Instant;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;

/** What happened to a participant, as the aggregate records it; mapped to contracts only in {@code messaging}. */
public sealed interface ParticipantEvents {

    ParticipantRef participantRef();

    /**
     * A person was enrolled and given a participantRef, or enrolled with the participantRef they already had in
     * {@code transferredFrom} (nullable), on a move-on referral.
     */
    record Enrolled(ParticipantRef participantRef, Borough borough, Instant enrolledAt, Borough transferredFrom)
            implements ParticipantEvents {}

    /** Consent for one purpose was given. */
    record ConsentGiven(ParticipantRef participantRef, ConsentRecord consent) implements ParticipantEvents {}

    /** Consent for one purpose was withdrawn; {@code consent} carries the withdrawal time. */
    record ConsentWithdrawn(ParticipantRef participantRef, ConsentRecord consent) implements ParticipantEvents {}

    /** The participant's personal data was erased. */
    record Erased(ParticipantRef participantRef, Borough borough, Instant erasedAt) implements ParticipantEvents {}
}
