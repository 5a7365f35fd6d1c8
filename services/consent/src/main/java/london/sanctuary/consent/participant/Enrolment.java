package london.sanctuary.consent.participant;

import java.time.Clock;
import london.sanctuary.consent.crypto.DataKey;
import london.sanctuary.consent.crypto.DataKeys;
import london.sanctuary.contracts.Borough;

/** Enrols a person: a new participantRef, a new data key, the profile sealed under it. */
public final class Enrolment {

    private final Participants participants;
    private final DataKeys keys;
    private final Clock clock;

    public Enrolment(Participants participants, DataKeys keys, Clock clock) {
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
}
