package london.sanctuary.consent.participant;

import java.util.List;
import java.util.Optional;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.Versioned;
import london.sanctuary.platform.crypto.DataKey;
import london.sanctuary.platform.crypto.EnvelopeKeys;

/**
 * Changes a person's details: opens their profile, applies the change, seals it again under their own key and
 * indexes it again, in one write of the participant.
 */
public final class DetailsChange {

    private final Participants participants;
    private final ParticipantLookup lookup;
    private final EnvelopeKeys keys;
    private final SearchKeys searchKeys;

    public DetailsChange(
            Participants participants, ParticipantLookup lookup, EnvelopeKeys keys, SearchKeys searchKeys) {
        this.participants = participants;
        this.lookup = lookup;
        this.keys = keys;
        this.searchKeys = searchKeys;
    }

    public Versioned<Participant> change(Borough borough, ParticipantRef ref, ChangeDetails change, Long expected) {
        Participant participant = lookup.findLive(borough, ref);
        participant.expectVersion(expected);
        Profile changed = change.applyTo(lookup.profileOf(participant));
        DataKey key = keys.find(borough.code(), ref.toString()).orElseThrow(ParticipantGone::new);
        participant.changeDetails(ProfileCipher.seal(changed, key, ref), searchKeys.index(borough, changed));
        return new Versioned<>(participant, participants.save(participant));
    }

    /**
     * Indexes the people enrolled before there was a blind index, so that they can be found; answers how many. One
     * changed meanwhile by someone else is left for the next run.
     */
    public int indexUnindexed(List<Borough> boroughs) {
        int indexed = 0;
        for (Borough borough : boroughs) {
            for (Participant participant : participants.unindexed(borough, 10_000)) {
                EncryptedProfile sealed = participant.profile().orElseThrow(ParticipantGone::new);
                participant.changeDetails(sealed, searchKeys.index(borough, lookup.profileOf(participant)));
                try {
                    participants.save(participant);
                    indexed++;
                } catch (RuntimeException changedMeanwhile) {
                    // the change that raced this one indexed the person, or the next run will
                }
            }
        }
        return indexed;
    }

    /**
     * Change a person's details, field by field as a JSON merge patch has it: a null component leaves the detail
     * as it is, an empty one removes it, a value replaces it. The result is validated as any profile is.
     */
    public record ChangeDetails(
            Optional<String> name,
            Optional<String> phone,
            Optional<String> email,
            Optional<List<String>> preferredLanguages,
            Optional<String> accessNeeds) {

        Profile applyTo(Profile current) {
            return Profile.of(
                    pick(name, current.name()),
                    pick(phone, current.phone()),
                    pick(email, current.email()),
                    pick(
                            preferredLanguages,
                            current.preferredLanguages().stream()
                                    .map(Language::tag)
                                    .toList()),
                    pick(accessNeeds, current.accessNeeds()));
        }

        @SuppressWarnings("OptionalAssignedToNull") // null is "not in the patch", as in RFC 7396
        private static <T> T pick(Optional<T> change, T current) {
            return change == null ? current : change.orElse(null);
        }

        @Override
        public String toString() {
            return "ChangeDetails[personal data hidden]";
        }
    }
}
