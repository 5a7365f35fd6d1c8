package london.sanctuary.consent.participant;

import java.util.List;
import java.util.Optional;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Language;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.refusal.InvalidValue;

/**
 * Finds participants by what an officer types — a reference, a phone number or words of a name — through the
 * blind index, decrypting only the people found. Every word must match; a phone matches on its digits.
 */
public final class ParticipantSearch {

    /** The longest search accepted. */
    public static final int MAX_QUERY = 200;

    private final Participants participants;
    private final ParticipantLookup lookup;
    private final SearchKeys keys;

    public ParticipantSearch(Participants participants, ParticipantLookup lookup, SearchKeys keys) {
        this.participants = participants;
        this.lookup = lookup;
        this.keys = keys;
    }

    public List<ParticipantSummary> find(Borough borough, String typed, int limit) {
        String q = typed == null ? "" : typed.strip();
        if (q.isEmpty() || q.length() > MAX_QUERY) {
            throw new InvalidValue(
                    "q", "must be a name, a phone number or a reference, at most " + MAX_QUERY + " characters");
        }
        Optional<ParticipantRef> ref = reference(q);
        if (ref.isPresent()) {
            return participants.find(borough, ref.get()).filter(p -> !p.isErased()).stream()
                    .map(this::summary)
                    .toList();
        }
        String phone = keys.phoneHash(borough, q);
        List<String> names = phone == null ? keys.nameHashes(borough, q) : List.of();
        if (phone == null && names.isEmpty()) {
            throw new InvalidValue("q", "must be a name, a phone number or a reference");
        }
        return participants.withIndex(borough, names, phone, limit).stream()
                .map(this::summary)
                .toList();
    }

    private ParticipantSummary summary(Participant participant) {
        Profile profile = lookup.profileOf(participant);
        return new ParticipantSummary(
                participant.ref(),
                participant.enrolledAt(),
                profile.name(),
                profile.preferredLanguages().stream().map(Language::tag).toList());
    }

    private static Optional<ParticipantRef> reference(String q) {
        try {
            return Optional.of(ParticipantRef.of(q));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
