package london.sanctuary.actions.loop.persistence;

import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import london.sanctuary.actions.loop.LoopNotices;
import london.sanctuary.actions.loop.Notice;
import london.sanctuary.actions.loop.NoticeHistory;
import london.sanctuary.actions.loop.NoticeLog;
import london.sanctuary.actions.loop.NoticesSent;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.platform.store.BoroughStores;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Each borough's {@code notices_sent}: what was sent (or, as the local adapter, what would be sent), with no
 * contact details. One document per action and participant, so recording the same notice again changes nothing.
 */
public class RecordedLoopNotices implements LoopNotices, NoticeLog, NoticesSent, NoticeHistory {

    public static final String COLLECTION = "notices_sent";
    private final BoroughStores stores;
    private final Clock clock;

    public RecordedLoopNotices(BoroughStores stores, Clock clock) {
        this.stores = stores;
        this.clock = clock;
    }

    /** As the local adapter: records what would be sent. */
    @Override
    public boolean send(Notice notice) {
        record(notice);
        return true;
    }

    @Override
    public boolean has(Notice notice) {
        return recorded(notice) != null;
    }

    @Override
    public void record(Notice notice) {
        String id = notice.actionId() + "/" + notice.participantRef();
        stores.of(notice.borough())
                .upsert(
                        Query.query(Criteria.where("_id").is(id)),
                        new Update()
                                .setOnInsert(
                                        "participantRef",
                                        notice.participantRef().toString())
                                .setOnInsert("actionId", notice.actionId().toString())
                                .setOnInsert("language", notice.language().tag())
                                .setOnInsert("text", notice.text())
                                .setOnInsert("sentAt", Date.from(clock.instant())),
                        COLLECTION);
    }

    /**
     * Erasure: the participant's rows go. Nothing is sent to them again (erasure ends their RECONTACT and unlinks
     * their answers), so the record that stopped a second notice is no longer needed, and it was keyed by them.
     */
    @Override
    public void forget(Borough borough, UUID participantRef) {
        stores.of(borough)
                .remove(Query.query(Criteria.where("participantRef").is(participantRef.toString())), COLLECTION);
    }

    /** What was recorded for one action and participant, or null. */
    public Document recorded(Notice notice) {
        return stores.of(notice.borough())
                .findById(notice.actionId() + "/" + notice.participantRef(), Document.class, COLLECTION);
    }

    @Override
    public List<SentNotice> toldTo(Borough borough, ParticipantRef participant) {
        Query query = Query.query(Criteria.where("participantRef").is(participant.toString()))
                .with(Sort.by("sentAt"));
        return stores.of(borough).find(query, Document.class, COLLECTION).stream()
                .map(row -> new SentNotice(
                        UUID.fromString(row.getString("actionId")),
                        row.getString("language"),
                        row.getString("text"),
                        row.getDate("sentAt").toInstant()))
                .toList();
    }
}
