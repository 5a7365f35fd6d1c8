package london.sanctuary.consent.participant;

import java.time.Instant;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.ParticipantRef;

/** Whether consent for a purpose holds now, and if so since when and until when. */
public record ConsentCheck(
        ParticipantRef participantRef, ConsentPurpose purpose, boolean holds, Instant since, Instant expiresAt) {

    static ConsentCheck of(ParticipantRef ref, ConsentPurpose purpose, ConsentRecord held) {
        return held == null
                ? new ConsentCheck(ref, purpose, false, null, null)
                : new ConsentCheck(ref, purpose, true, held.grantedAt(), held.expiresAt());
    }
}
