package london.sanctuary.consent.participant;

import java.util.List;
import london.sanctuary.consent.crypto.DataKeys;
import london.sanctuary.contracts.Borough;

/** Finds participants and opens their profiles. */
public final class ParticipantLookup {

    private final Participants participants;
    private final DataKeys keys;

    public ParticipantLookup(Participants participants, DataKeys keys) {
        this.participants = participants;
        this.keys = keys;
    }

    /** The participant, erased or not; {@link UnknownParticipant} when this borough has none by that ref. */
    public Participant find(Borough borough, ParticipantRef ref) {
        return participants.find(borough, ref).orElseThrow(UnknownParticipant::new);
    }

    /** The participant, {@link ParticipantGone} once erased. */
    public Participant findLive(Borough borough, ParticipantRef ref) {
        Participant participant = find(borough, ref);
        participant.ensureNotErased();
        return participant;
    }

    public Profile profileOf(Participant participant) {
        participant.ensureNotErased();
        EncryptedProfile sealed = participant.profile().orElseThrow(ParticipantGone::new);
        return keys.find(participant.borough().code(), participant.ref().toString())
                .map(key -> ProfileCipher.open(sealed, key, participant.ref()))
                .orElseThrow(ParticipantGone::new);
    }

    public List<ParticipantSummary> list(Borough borough, int limit) {
        return participants.list(borough, limit);
    }
}
