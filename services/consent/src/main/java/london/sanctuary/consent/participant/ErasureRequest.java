package london.sanctuary.consent.participant;

import java.time.Instant;
import london.sanctuary.contracts.ParticipantRef;

/** A person's open request to be erased, as staff see it in their tasks: the ref and when, nothing else. */
public record ErasureRequest(ParticipantRef participantRef, Instant askedAt) {}
