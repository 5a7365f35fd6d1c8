package london.sanctuary.consent.retention;

import java.time.Instant;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.refusal.InvalidValue;

/**
 * A service lead's decision to keep a person's record past its retention period, with the reason: a short
 * justification (e.g. "open housing appeal"), bounded, and not about the person — the form says so.
 */
public record KeepDecision(ParticipantRef participantRef, Instant decidedAt, String decidedBy, String reason) {

    /** The longest reason. */
    public static final int MAX_REASON = 200;

    public KeepDecision {
        if (reason == null || reason.isBlank()) {
            throw new InvalidValue("reason", "say why the record is kept");
        }
        reason = reason.strip();
        if (reason.length() > MAX_REASON) {
            throw new InvalidValue("reason", "must be at most " + MAX_REASON + " characters");
        }
    }
}
