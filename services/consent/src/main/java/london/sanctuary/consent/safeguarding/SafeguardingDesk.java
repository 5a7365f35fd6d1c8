package london.sanctuary.consent.safeguarding;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import london.sanctuary.consent.participant.ParticipantGone;
import london.sanctuary.consent.participant.ParticipantLookup;
import london.sanctuary.consent.participant.ProfileCipher;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.platform.crypto.DataKey;
import london.sanctuary.platform.crypto.EnvelopeKeys;

/**
 * Flags, lists and closes safeguarding concerns. Each text is sealed under the person's data key, bound to the
 * concern and field, so that erasing the person (which shreds the key) shreds every concern's text too.
 */
public final class SafeguardingDesk {

    private final ParticipantLookup lookup;
    private final Concerns concerns;
    private final EnvelopeKeys keys;
    private final Clock clock;

    public SafeguardingDesk(ParticipantLookup lookup, Concerns concerns, EnvelopeKeys keys, Clock clock) {
        this.lookup = lookup;
        this.concerns = concerns;
        this.keys = keys;
        this.clock = clock;
    }

    /** Flags a concern on a living person of the borough: 404 unknown, 410 erased. */
    public Concern flag(Borough borough, ParticipantRef ref, String summary, ActingStaff by) {
        String text = ConcernText.required("summary", summary);
        lookup.findLive(borough, ref);
        ConcernId id = ConcernId.random();
        String sealed = ProfileCipher.seal(text, keyOf(borough, ref), ref, field(id, "summary"));
        Concern concern = Concern.flag(id, ref, borough, sealed, by, clock);
        concerns.add(concern);
        return concern;
    }

    /** Closes a concern saying what was done; 404 unknown, 409 closed already, 410 once the person is erased. */
    public ReadConcern close(Borough borough, ConcernId id, String actionTaken, ActingStaff by) {
        String text = ConcernText.required("actionTaken", actionTaken);
        Concern concern = concerns.find(borough, id).orElseThrow(UnknownConcern::new);
        DataKey key = keyOf(borough, concern.participantRef());
        concern.close(ProfileCipher.seal(text, key, concern.participantRef(), field(id, "actionTaken")), by, clock);
        concerns.saveClosure(concern);
        return open(concern, key);
    }

    /**
     * The borough's open (or closed) concerns with their texts. A concern on a person erased since is left out:
     * its text is shredded and nothing more can be done about a person the borough no longer holds.
     */
    public List<ReadConcern> list(Borough borough, boolean open, int limit) {
        return concerns.list(borough, open, limit).stream()
                .flatMap(c -> findKey(borough, c.participantRef()).map(key -> open(c, key)).stream())
                .toList();
    }

    /** A living person's concerns with their texts, newest first. */
    public List<ReadConcern> readOf(Borough borough, ParticipantRef ref) {
        List<Concern> found = of(borough, ref);
        DataKey key = keyOf(borough, ref);
        return found.stream().map(c -> open(c, key)).toList();
    }

    /** A living person's concerns, texts still sealed: what an officer may know is that they exist. */
    public List<Concern> of(Borough borough, ParticipantRef ref) {
        lookup.findLive(borough, ref);
        return concerns.of(borough, ref);
    }

    private ReadConcern open(Concern concern, DataKey key) {
        ParticipantRef ref = concern.participantRef();
        String summary = ProfileCipher.open(concern.sealedSummary(), key, ref, field(concern.id(), "summary"));
        String actionTaken = concern.closure()
                .map(c -> ProfileCipher.open(c.sealedActionTaken(), key, ref, field(concern.id(), "actionTaken")))
                .orElse(null);
        return new ReadConcern(concern, summary, actionTaken);
    }

    private DataKey keyOf(Borough borough, ParticipantRef ref) {
        return findKey(borough, ref).orElseThrow(ParticipantGone::new);
    }

    private Optional<DataKey> findKey(Borough borough, ParticipantRef ref) {
        return keys.find(borough.code(), ref.toString());
    }

    private static String field(ConcernId id, String name) {
        return "concern:" + id + ":" + name;
    }
}
