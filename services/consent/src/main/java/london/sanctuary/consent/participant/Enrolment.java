package london.sanctuary.consent.participant;

import java.time.Clock;
import java.util.List;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.Versioned;
import london.sanctuary.platform.crypto.DataKey;
import london.sanctuary.platform.crypto.EnvelopeKeys;

/** Enrols a person: a new participantRef, a new data key, the profile sealed under it. */
public final class Enrolment {

    private final Participants participants;
    private final EnvelopeKeys keys;
    private final Clock clock;

    public Enrolment(Participants participants, EnvelopeKeys keys, Clock clock) {
        this.participants = participants;
        this.keys = keys;
        this.clock = clock;
    }

    public Versioned<Participant> enrol(Borough borough, Profile profile) {
        ParticipantRef ref = ParticipantRef.random();
        // The key is stored first: a failure after it leaves an unused key, never data without its key.
        DataKey key = keys.create(borough.code(), ref.toString());
        Participant participant = Participant.enrol(ref, borough, ProfileCipher.seal(profile, key, ref), clock);
        return new Versioned<>(participant, participants.save(participant));
    }

    /**
     * Enrols a person who moved here on a referral with the participantRef they already have, once: asked again
     * for the same ref (a retried acceptance) it answers the participant already enrolled, unchanged; erased
     * here, {@link ParticipantGone}.
     */
    public Transferred transferIn(
            Borough borough,
            ParticipantRef ref,
            Borough transferredFrom,
            Profile profile,
            List<GrantConsent> consents) {
        var known = participants.find(borough, ref);
        if (known.isPresent()) {
            known.get().ensureNotErased();
            return new Transferred(known.get(), known.get().version(), false);
        }
        // A key left by an attempt that failed before its save is reused: never data without its key.
        DataKey key =
                keys.find(borough.code(), ref.toString()).orElseGet(() -> keys.create(borough.code(), ref.toString()));
        Participant participant = Participant.transferIn(
                ref, borough, ProfileCipher.seal(profile, key, ref), transferredFrom, consents, clock);
        return new Transferred(participant, participants.save(participant), true);
    }

    /** A transfer's outcome; {@code created} false for a repeat. */
    public record Transferred(Participant participant, long version, boolean created) {}
}
