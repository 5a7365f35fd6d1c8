package london.sanctuary.contracts.consent;

import java.time.Instant;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.Contract;
import london.sanctuary.contracts.ParticipantRef;

/**
 * Where a participant's consent for one purpose stands now: granted (by {@code consentId}, until {@code expiresAt})
 * or withdrawn. Published on the borough's compacted consent-state topic, keyed by participant and purpose, so the
 * latest state of every purpose outlives the consent topic's retention; an erasure deletes the key (a tombstone).
 * {@code version} is the participant's version that recorded it: a ledger applies a state only if it is newer.
 *
 * <p>Type {@code london.sanctuary.consent.consent-state-recorded.v1}, schema
 * {@code schemas/consent/consent-state-recorded.v1.schema.json}. Nullable (absent from the JSON): {@code expiresAt}.
 *
 * @param at when the grant was given, or when it was withdrawn
 */
public record ConsentStateRecorded(
        ParticipantRef participantRef,
        Borough borough,
        ConsentPurpose purpose,
        boolean granted,
        UUID consentId,
        long version,
        Instant at,
        Instant expiresAt)
        implements Contract {

    /** The Kafka key of a participant's state for one purpose: {@code <participantRef>/<PURPOSE>}. */
    public static String key(ParticipantRef participantRef, ConsentPurpose purpose) {
        return participantRef + "/" + purpose.name();
    }
}
