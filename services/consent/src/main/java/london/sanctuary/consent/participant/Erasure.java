package london.sanctuary.consent.participant;

import java.time.Clock;
import java.util.List;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.platform.crypto.EnvelopeKeys;

/**
 * Erases a participant by crypto-shredding: one write drops the ciphertext, marks the participant erased and
 * carries ParticipantErased; then the data key is deleted, after which no copy of the old ciphertext (backups,
 * old documents) can be read; and what other parts keep under the ref alone ({@link KeptUnderRef}) is deleted.
 * Should the key deletion fail, {@link #sweep} finishes it.
 */
public final class Erasure {

    private final Participants participants;
    private final EnvelopeKeys keys;
    private final Clock clock;
    private final List<KeptUnderRef> keptUnderRef;

    public Erasure(Participants participants, EnvelopeKeys keys, Clock clock, List<KeptUnderRef> keptUnderRef) {
        this.participants = participants;
        this.keys = keys;
        this.clock = clock;
        this.keptUnderRef = List.copyOf(keptUnderRef);
    }

    /** Erases; erasing an erased participant only deletes their key again, so a retry finishes the job. */
    public void erase(Borough borough, ParticipantRef ref, Long expectedVersion) {
        Participant participant = participants.find(borough, ref).orElseThrow(UnknownParticipant::new);
        if (!participant.isErased()) {
            participant.expectVersion(expectedVersion);
            participant.erase(clock);
            participants.save(participant);
        }
        keys.shred(borough.code(), List.of(ref.toString()));
        keptUnderRef.forEach(kept -> kept.forget(borough, ref));
    }

    /**
     * Deletes any key, and anything kept under the ref (a personal link, …), still held for an erased participant: an
     * erasure cut short before it forgot them is finished here. Answers how many participants it looked at.
     */
    public int sweep(List<Borough> boroughs) {
        int looked = 0;
        for (Borough borough : boroughs) {
            List<ParticipantRef> erased = participants.erased(borough);
            keys.shred(
                    borough.code(),
                    erased.stream().map(ParticipantRef::toString).toList());
            erased.forEach(ref -> keptUnderRef.forEach(kept -> kept.forget(borough, ref)));
            looked += erased.size();
        }
        return looked;
    }
}
