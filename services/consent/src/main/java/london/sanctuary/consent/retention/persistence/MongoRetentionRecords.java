package london.sanctuary.consent.retention.persistence;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import london.sanctuary.consent.retention.Activity;
import london.sanctuary.consent.retention.KeepDecision;
import london.sanctuary.consent.retention.RetentionRecords;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.platform.store.BoroughStores;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Reads activity from each borough's {@code participants} (only refs and times: {@code enrolledAt},
 * {@code lastActivityAt}, and for records written before that stamp existed, their consents' times), moves
 * {@code lastActivityAt} forward on activity other services saw, and keeps keep decisions in
 * {@code retention_decisions}, one document per decision.
 */
public class MongoRetentionRecords implements RetentionRecords {

    static final String PARTICIPANTS = "participants";
    static final String DECISIONS = "retention_decisions";
    private final BoroughStores stores;

    public MongoRetentionRecords(BoroughStores stores) {
        this.stores = stores;
    }

    @Override
    public List<Activity> unchangedSince(Borough borough, Instant before) {
        MongoTemplate store = stores.of(borough);
        Date cutoff = Date.from(before);
        Query query = Query.query(Criteria.where("erased")
                .is(false)
                .orOperator(
                        Criteria.where("lastActivityAt").lt(cutoff),
                        Criteria.where("lastActivityAt")
                                .exists(false)
                                .and("enrolledAt")
                                .lt(cutoff)));
        query.fields().include("enrolledAt", "lastActivityAt", "consents.grantedAt", "consents.withdrawnAt");
        List<Document> people = store.find(query, Document.class, PARTICIPANTS);
        Map<String, KeepDecision> kept =
                lastKept(store, people.stream().map(d -> d.getString("_id")).toList());
        return people.stream()
                .map(d -> new Activity(
                        ParticipantRef.of(d.getString("_id")),
                        d.getDate("enrolledAt").toInstant(),
                        lastChanged(d),
                        kept.get(d.getString("_id"))))
                .toList();
    }

    @Override
    public void keep(Borough borough, KeepDecision decision) {
        Document stored = new Document(
                        "participantRef", decision.participantRef().toString())
                .append("decidedAt", Date.from(decision.decidedAt()))
                .append("decidedBy", decision.decidedBy())
                .append("reason", decision.reason());
        stores.of(borough).insert(stored, DECISIONS);
    }

    /**
     * One atomic {@code $max} on the living person's stamp: an earlier or repeated moment changes nothing, and two
     * services reporting at once cannot undo each other. Never before enrolment; for a record stored before the
     * stamp existed, never before its last consent given or withdrawn.
     */
    @Override
    public boolean activeAt(Borough borough, ParticipantRef participantRef, Instant at) {
        Date moment = Date.from(at);
        Criteria laterThanKnown = living(participantRef)
                .and("enrolledAt")
                .lt(moment)
                .orOperator(
                        Criteria.where("lastActivityAt").exists(true),
                        new Criteria()
                                .norOperator(
                                        Criteria.where("consents.grantedAt").gte(moment),
                                        Criteria.where("consents.withdrawnAt").gte(moment)));
        Update later = new Update().max("lastActivityAt", moment);
        return stores.of(borough)
                        .updateFirst(Query.query(laterThanKnown), later, PARTICIPANTS)
                        .getModifiedCount()
                > 0;
    }

    private static Criteria living(ParticipantRef ref) {
        return Criteria.where("_id").is(ref.toString()).and("erased").is(false);
    }

    private static Map<String, KeepDecision> lastKept(MongoTemplate store, List<String> refs) {
        Map<String, KeepDecision> last = new HashMap<>();
        if (refs.isEmpty()) {
            return last;
        }
        Query query = Query.query(Criteria.where("participantRef").in(refs)).with(Sort.by("decidedAt"));
        for (Document d : store.find(query, Document.class, DECISIONS)) {
            String ref = d.getString("participantRef");
            last.put(
                    ref,
                    new KeepDecision(
                            ParticipantRef.of(ref),
                            d.getDate("decidedAt").toInstant(),
                            d.getString("decidedBy"),
                            d.getString("reason")));
        }
        return last;
    }

    /** The stamp; for a record stored before it, the last consent given or withdrawn. */
    private static Instant lastChanged(Document participant) {
        if (participant.getDate("lastActivityAt") != null) {
            return participant.getDate("lastActivityAt").toInstant();
        }
        return participant.getList("consents", Document.class, List.of()).stream()
                .flatMap(c -> Stream.of(c.getDate("grantedAt"), c.getDate("withdrawnAt")))
                .filter(Objects::nonNull)
                .map(Date::toInstant)
                .max(Instant::compareTo)
                .orElse(null);
    }
}
