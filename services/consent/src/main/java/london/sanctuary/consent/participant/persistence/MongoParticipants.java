package london.sanctuary.consent.participant.persistence;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import london.sanctuary.consent.participant.Participant;
import london.sanctuary.consent.participant.ParticipantSummary;
import london.sanctuary.consent.participant.Participants;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.platform.outbox.AggregateWrites;
import london.sanctuary.platform.store.BoroughStores;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Participants in each borough's {@code participants} collection, written with their new events in one
 * document write ({@link AggregateWrites}). Every write stamps {@code lastActivityAt}: any change to a person's
 * record (enrolment, transfer, consent, details) is activity, from which the retention review counts.
 */
public class MongoParticipants implements Participants {

    static final String COLLECTION = "participants";
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
    public List<ParticipantRef> erased(Borough borough) {
        Query erased = Query.query(Criteria.where("erased").is(true));
        erased.fields().include("_id");
        return stores.of(borough).find(erased, Document.class, COLLECTION).stream()
                .map(d -> ParticipantRef.of(d.getString("_id")))
                .toList();
    }
}
