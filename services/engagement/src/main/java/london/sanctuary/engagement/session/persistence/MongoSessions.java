package london.sanctuary.engagement.session.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.refusal.StaleVersion;
import london.sanctuary.engagement.session.Session;
import london.sanctuary.engagement.session.SessionId;
import london.sanctuary.engagement.session.Sessions;
import london.sanctuary.platform.outbox.AggregateWrites;
import london.sanctuary.platform.store.BoroughStores;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Sessions in each borough's {@code sessions} collection, written with their new events in one document write
 * ({@link AggregateWrites}).
 */
public class MongoSessions implements Sessions {

    static final String COLLECTION = "sessions";
    private final BoroughStores stores;

    public MongoSessions(BoroughStores stores) {
        this.stores = stores;
    }

    @Override
    public Optional<Session> find(Borough borough, SessionId id) {
        return Optional.ofNullable(stores.of(borough).findById(id.toString(), SessionDocument.class, COLLECTION))
                .map(SessionMapping::toSession);
    }

    @Override
    public long save(Session session) {
        SessionDocument document = SessionMapping.toDocument(session);
        try {
            return AggregateWrites.write(
                    stores.of(session.borough()), COLLECTION, document, document.id, session.version());
        } catch (OptimisticLockingFailureException e) {
            throw new StaleVersion("session");
        }
    }

    @Override
    public List<Session> startingBetween(Borough borough, Instant from, Instant to, int limit) {
        Query between = Query.query(Criteria.where("startsAt").gte(from).lt(to))
                .with(Sort.by("startsAt", "_id"))
                .limit(limit);
        return read(borough, between);
    }

    @Override
    public List<Session> involving(Borough borough, ParticipantRef participant) {
        String ref = participant.toString();
        Query involving = Query.query(new Criteria()
                .orOperator(
                        Criteria.where("registrations.participantRef").is(ref),
                        Criteria.where("attendance.participantRef").is(ref)));
        return read(borough, involving);
    }

    @Override
    public List<Session> inSeries(Borough borough, SessionId seriesId) {
        Query series =
                Query.query(Criteria.where("seriesId").is(seriesId.toString())).with(Sort.by("due", "_id"));
        return read(borough, series);
    }

    private List<Session> read(Borough borough, Query query) {
        return stores.of(borough).find(query, SessionDocument.class, COLLECTION).stream()
                .map(SessionMapping::toSession)
                .toList();
    }
}
