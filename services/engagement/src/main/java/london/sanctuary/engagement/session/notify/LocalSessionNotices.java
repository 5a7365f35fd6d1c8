package london.sanctuary.engagement.session.notify;

import java.util.Date;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.engagement.session.SessionNotice;
import london.sanctuary.engagement.session.SessionNotices;
import london.sanctuary.platform.store.BoroughStores;
import org.bson.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The local stand-in for a notification gateway: records in {@code notices_sent} what would have been sent —
 * participantRef, kind, session, language, time — and never any contact details.
 */
public class LocalSessionNotices implements SessionNotices {

    static final String COLLECTION = "notices_sent";
    private final BoroughStores stores;

    public LocalSessionNotices(BoroughStores stores) {
        this.stores = stores;
    }

    @Override
    public void send(Borough borough, SessionNotice notice) {
        stores.of(borough)
                .insert(
                        new Document("participantRef", notice.participant().toString())
                                .append("kind", notice.kind().name())
                                .append("sessionId", notice.sessionId().toString())
                                .append("language", notice.language())
                                .append("sentAt", Date.from(notice.at())),
                        COLLECTION);
    }

    @Override
    public void forget(Borough borough, ParticipantRef participant) {
        stores.of(borough).remove(Query.query(Criteria.where("participantRef").is(participant.toString())), COLLECTION);
    }
}
