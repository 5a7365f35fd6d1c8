package london.sanctuary.consent.participant;

import java.time.Clock;
import java.util.List;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.platform.crypto.EnvelopeKeys;

/** Finds participants and opens their profiles. */
public final class ParticipantLookup {

    private final Participants participants;
    private final EnvelopeKeys keys;

    public ParticipantLookup(Participants participants, EnvelopeKeys keys) {
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

    /**
     * The profile of a participant who may be contacted now: {@link ParticipantGone} once erased, and
     * {@link UnknownParticipant} (the very answer an unknown ref gets) unless {@code RECONTACT} holds at this
     * moment, so that a caller cannot tell "no such person" from "may not be contacted".
     */
    public Profile contactableProfile(Borough borough, ParticipantRef ref, Clock clock) {
        Participant participant = findLive(borough, ref);
        if (!participant.check(ConsentPurpose.RECONTACT, clock).holds()) {
            throw new UnknownParticipant();
        }
        return profileOf(participant);
    }

    /**
     * What may move with a participant to another borough — the participant, whose profile and consents in force
     * the caller reads — only while {@code SHARE_ON_MOVE} holds at this moment; else the very answer an unknown
     * ref gets; {@link ParticipantGone} once erased.
     */
    public Participant movable(Borough borough, ParticipantRef ref, Clock clock) {
        Participant participant = findLive(borough, ref);
        if (!participant.check(ConsentPurpose.SHARE_ON_MOVE, clock).holds()) {
            throw new UnknownParticipant();
        }
        return participant;
    }

    public List<ParticipantSummary> list(Borough borough, int limit) {
        return participants.list(borough, limit);
    }
}
