package london.sanctuary.consent.participant;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.Versioned;
import london.sanctuary.platform.crypto.DataKey;
import london.sanctuary.platform.crypto.EnvelopeKeys;

/** Enrols a person: a new participantRef, a new data key, the profile sealed under it. */
public final class Enrolment {

    private final Participants participants;
    private final EnvelopeKeys keys;
    private final SearchKeys searchKeys;
    private final Clock clock;

    public Enrolment(Participants participants, EnvelopeKeys keys, SearchKeys searchKeys, Clock clock) {
        this.participants = participants;
        this.keys = keys;
        this.searchKeys = searchKeys;
        this.clock = clock;
    }

    /**
     * Enrols a person under a new ref; {@link PossibleDuplicate} when someone with the same name (the same words)
     * and the same phone number is enrolled here already, unless {@code confirmedNotDuplicate}.
     */
    public Versioned<Participant> enrol(Borough borough, Profile profile, boolean confirmedNotDuplicate) {
        BlindIndex index = searchKeys.index(borough, profile);
        if (!confirmedNotDuplicate) {
            refuseDuplicates(borough, index);
        }
        ParticipantRef ref = ParticipantRef.random();
        // The key is stored first: a failure after it leaves an unused key, never data without its key.
        DataKey key = keys.create(borough.code(), ref.toString());
        Participant participant = Participant.enrol(ref, borough, ProfileCipher.seal(profile, key, ref), index, clock);
        return new Versioned<>(participant, participants.save(participant));
    }

    private void refuseDuplicates(Borough borough, BlindIndex index) {
        if (index.phone() == null) {
            return;
        }
        Set<String> words = Set.copyOf(index.names());
        List<ParticipantRef> same = participants.withIndex(borough, index.names(), index.phone(), 20).stream()
                .filter(p ->
                        p.index().map(i -> Set.copyOf(i.names()).equals(words)).orElse(false))
                .map(Participant::ref)
                .toList();
        if (!same.isEmpty()) {
            throw new PossibleDuplicate(same);
        }
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
                ref,
                borough,
                ProfileCipher.seal(profile, key, ref),
                searchKeys.index(borough, profile),
                transferredFrom,
                consents,
                clock);
        return new Transferred(participant, participants.save(participant), true);
    }

    /** A transfer's outcome; {@code created} false for a repeat. */
    public record Transferred(Participant participant, long version, boolean created) {}
}
