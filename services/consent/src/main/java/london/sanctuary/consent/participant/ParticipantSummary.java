package london.sanctuary.consent.participant;

import java.time.Instant;
import london.sanctuary.contracts.ParticipantRef;

/** A participant as a list shows them: no personal data. */
public record ParticipantSummary(ParticipantRef participantRef, Instant enrolledAt) {}
