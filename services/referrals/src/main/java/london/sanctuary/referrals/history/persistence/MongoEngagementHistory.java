package london.sanctuary.referrals.history.persistence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.contracts.SessionType;
import london.sanctuary.contracts.referrals.EngagementEntry;
import london.sanctuary.platform.store.BoroughStores;
import london.sanctuary.referrals.history.EngagementHistory;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * One document per participant in {@code engagement_history} ({@code attended.<sessionId>}, {@code
 * answered.<responseId>}: days), and the sessions' types in {@code sessions}; upserts keyed by id.
 */
public class MongoEngagementHistory implements EngagementHistory {

    static final String HISTORY = "engagement_history";
    static final String SESSIONS = "sessions";
    private final BoroughStores stores;

    public MongoEngagementHistory(BoroughStores stores) {
        this.stores = stores;
    }

    @Override
    public void sessionScheduled(Borough borough, UUID sessionId, SessionType type, LocalDate on) {
        store(borough)
                .upsert(byId(sessionId), new Update().set("type", type.name()).set("on", on.toString()), SESSIONS);
    }

    @Override
    public void attended(Borough borough, ParticipantRef participantRef, UUID sessionId, LocalDate on) {
        store(borough).upsert(byId(participantRef), new Update().set("attended." + sessionId, on.toString()), HISTORY);
    }

    @Override
    public void answered(Borough borough, ParticipantRef participantRef, UUID responseId, LocalDate on) {
        store(borough).upsert(byId(participantRef), new Update().set("answered." + responseId, on.toString()), HISTORY);
    }

    @Override
    public void unlinkAnswers(Borough borough, ParticipantRef participantRef) {
        store(borough).updateFirst(byId(participantRef), new Update().unset("answered"), HISTORY);
        removeIfEmpty(borough, participantRef);
    }

    @Override
    public void forgetAnswer(Borough borough, ParticipantRef participantRef, UUID responseId) {
        store(borough).updateFirst(byId(participantRef), new Update().unset("answered." + responseId), HISTORY);
        store(borough)
                .updateFirst(
                        byId(participantRef)
                                .addCriteria(Criteria.where("answered").is(new Document())),
                        new Update().unset("answered"),
                        HISTORY);
        removeIfEmpty(borough, participantRef);
    }

    /** A history left with nothing in it goes, so that it reads as one whose answers were never linked. */
    private void removeIfEmpty(Borough borough, ParticipantRef participantRef) {
        store(borough)
                .remove(
                        byId(participantRef)
                                .addCriteria(Criteria.where("attended").exists(false))
                                .addCriteria(Criteria.where("answered").exists(false)),
                        HISTORY);
    }

    @Override
    public void forget(Borough borough, ParticipantRef participantRef) {
        store(borough).remove(byId(participantRef), HISTORY);
    }

    @Override
    public List<EngagementEntry> of(Borough borough, ParticipantRef participantRef) {
        Document history = store(borough).findById(participantRef.toString(), Document.class, HISTORY);
        if (history == null) {
            return List.of();
        }
        List<EngagementEntry> entries = new ArrayList<>();
        history.get("attended", new Document())
                .forEach((sessionId, on) -> entries.add(new EngagementEntry(
                        EngagementEntry.SESSION_ATTENDED,
                        typeOf(borough, sessionId),
                        LocalDate.parse((String) on),
                        null)));
        history.get("answered", new Document())
                .forEach((responseId, on) -> entries.add(
                        new EngagementEntry(EngagementEntry.FORM_ANSWERED, null, LocalDate.parse((String) on), null)));
        entries.sort(Comparator.comparing(EngagementEntry::on));
        return List.copyOf(entries);
    }

    @Override
    public Optional<SessionType> sessionType(Borough borough, UUID sessionId) {
        return Optional.ofNullable(typeOf(borough, sessionId.toString()));
    }

    private SessionType typeOf(Borough borough, String sessionId) {
        Document session = store(borough).findById(sessionId, Document.class, SESSIONS);
        return session == null ? null : SessionType.valueOf(session.getString("type"));
    }

    private MongoTemplate store(Borough borough) {
        return stores.of(borough);
    }

    private static Query byId(Object id) {
        return Query.query(Criteria.where("_id").is(id.toString()));
    }
}
