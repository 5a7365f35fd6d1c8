package london.sanctuary.consent.participant.persistence;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import london.sanctuary.consent.participant.ErasureRequest;
import london.sanctuary.consent.participant.Participant;
import london.sanctuary.consent.participant.ParticipantSummary;
import london.sanctuary.consent.participant.Participants;
import london.sanctuary.consent.participant.messaging.ParticipantEventContracts;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.platform.outbox.AggregateWrites;
import london.sanctuary.platform.outbox.OutboxEntry;
import london.sanctuary.platform.store.BoroughStores;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Participants in each borough's {@code participants} collection, written with their new events in one
 * document write ({@link AggregateWrites}). Every write stamps {@code lastActivityAt}: any change to a person's
 * record (enrolment, transfer, consent, details) is activity, from which the retention review counts.
 */
public class MongoParticipants implements Participants {

    static final String COLLECTION = "participants";
    /** What was restated once per borough: a document per restatement, {@code _id} its name, {@code at} when. */
    static final String RESTATEMENTS = "restatements";

    static final String CONSENTS_RESTATED = "consent-state";
    private final BoroughStores stores;
    private final Clock clock;

    public MongoParticipants(BoroughStores stores, Clock clock) {
        this.stores = stores;
        this.clock = clock;
    }

    @Override
    public Optional<Participant> find(Borough borough, ParticipantRef ref) {
        return Optional.ofNullable(stores.of(borough).findById(ref.toString(), ParticipantDocument.class, COLLECTION))
                .map(ParticipantMapping::toParticipant);
    }

    @Override
    public long save(Participant participant) {
        ParticipantDocument document = ParticipantMapping.toDocument(participant);
        document.lastActivityAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return AggregateWrites.write(
                stores.of(participant.borough()), COLLECTION, document, document.id, participant.version());
    }

    @Override
    public List<ParticipantSummary> list(Borough borough, int limit) {
        Query live = Query.query(Criteria.where("erased").is(false))
                .with(Sort.by("enrolledAt", "_id"))
                .limit(limit);
        live.fields().include("enrolledAt");
        return stores.of(borough).find(live, Document.class, COLLECTION).stream()
                .map(d -> new ParticipantSummary(
                        ParticipantRef.of(d.getString("_id")),
                        d.get("enrolledAt", java.util.Date.class).toInstant()))
                .toList();
    }

    @Override
    public List<Participant> withIndex(Borough borough, List<String> names, String phone, int limit) {
        Criteria matching = Criteria.where("erased").is(false);
        if (!names.isEmpty()) {
            matching = matching.and("searchIndex.names").all(names);
        }
        if (phone != null) {
            matching = matching.and("searchIndex.phone").is(phone);
        }
        Query query = Query.query(matching).with(Sort.by("enrolledAt", "_id")).limit(limit);
        return stores.of(borough).find(query, ParticipantDocument.class, COLLECTION).stream()
                .map(ParticipantMapping::toParticipant)
                .toList();
    }

    @Override
    public List<Participant> unindexed(Borough borough, int limit) {
        Query query = Query.query(
                        Criteria.where("erased").is(false).and("searchIndex").is(null))
                .limit(limit);
        return stores.of(borough).find(query, ParticipantDocument.class, COLLECTION).stream()
                .map(ParticipantMapping::toParticipant)
                .toList();
    }

    @Override
    public int restateConsents(Borough borough) {
        int restated = 0;
        Query live =
                Query.query(Criteria.where("erased").is(false).and("consents.0").exists(true));
        try (Stream<ParticipantDocument> documents =
                stores.of(borough).stream(live, ParticipantDocument.class, COLLECTION)) {
            for (ParticipantDocument document : (Iterable<ParticipantDocument>) documents::iterator) {
                Participant participant = ParticipantMapping.toParticipant(document);
                List<OutboxEntry> states = ParticipantEventContracts.currentStates(participant, participant.version());
                if (states.isEmpty()) {
                    continue;
                }
                // only the version read, still not erased: a change in between published its own states (an
                // erasure its tombstones), which these, queued after them, would contradict
                Query unchanged = Query.query(Criteria.where("_id")
                        .is(document.id)
                        .and("version")
                        .is(document.version)
                        .and("erased")
                        .is(false));
                long pushed = stores.of(borough)
                        .updateFirst(unchanged, AggregateWrites.append(new Update(), states), COLLECTION)
                        .getModifiedCount();
                restated += (int) pushed;
            }
        }
        stores.of(borough)
                .upsert(
                        Query.query(Criteria.where("_id").is(CONSENTS_RESTATED)),
                        Update.update("at", clock.instant()),
                        RESTATEMENTS);
        return restated;
    }

    @Override
    public boolean consentsRestated(Borough borough) {
        return stores.of(borough).exists(Query.query(Criteria.where("_id").is(CONSENTS_RESTATED)), RESTATEMENTS);
    }

    @Override
    public List<ErasureRequest> erasureRequests(Borough borough, int limit) {
        Query asked = Query.query(
                        Criteria.where("erased").is(false).and("erasureAskedAt").ne(null))
                .with(Sort.by("erasureAskedAt", "_id"))
                .limit(limit);
        asked.fields().include("erasureAskedAt");
        return stores.of(borough).find(asked, Document.class, COLLECTION).stream()
                .map(d -> new ErasureRequest(
                        ParticipantRef.of(d.getString("_id")),
                        d.get("erasureAskedAt", java.util.Date.class).toInstant()))
                .toList();
    }

    @Override
    public List<ParticipantRef> erased(Borough borough) {
        Query erased = Query.query(Criteria.where("erased").is(true));
        erased.fields().include("_id");
        return stores.of(borough).find(erased, Document.class, COLLECTION).stream()
                .map(d -> ParticipantRef.of(d.getString("_id")))
                .toList();
    }
}
