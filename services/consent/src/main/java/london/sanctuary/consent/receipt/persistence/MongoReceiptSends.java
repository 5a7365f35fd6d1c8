package london.sanctuary.consent.receipt.persistence;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import london.sanctuary.consent.receipt.ReceiptSends;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.platform.store.BoroughStores;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * One document per person in each borough's {@code receipt_emails}: the times of their last {@code perPerson}
 * e-mailed receipts, oldest first. A send is claimed by one upsert that matches only while there is room (fewer
 * sends than the limit, or the oldest of them outside the window) and pushes the time, keeping the last
 * {@code perPerson}; a full record makes the upsert collide on {@code _id}, which is the refusal.
 */
public class MongoReceiptSends implements ReceiptSends {

    static final String RECEIPT_EMAILS = "receipt_emails";
    private final BoroughStores stores;
    private final int perPerson;
    private final Duration window;

    public MongoReceiptSends(BoroughStores stores, int perPerson, Duration window) {
        if (perPerson < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("receipt-email: per-person must be at least 1, window positive");
        }
        this.stores = stores;
        this.perPerson = perPerson;
        this.window = window;
    }

    @Override
    public Optional<Instant> claim(Borough borough, ParticipantRef ref, Instant at) {
        MongoTemplate store = stores.of(borough);
        Criteria room = new Criteria()
                .orOperator(
                        Criteria.where("sent." + (perPerson - 1)).exists(false),
                        Criteria.where("sent.0").lte(Date.from(at.minus(window))));
        Query withRoom = Query.query(Criteria.where("_id").is(ref.toString()).andOperator(room));
        Update send = new Update().push("sent").slice(-perPerson).each(Date.from(at));
        try {
            store.upsert(withRoom, send, RECEIPT_EMAILS);
            return Optional.empty();
        } catch (DuplicateKeyException full) {
            Document record = store.findById(ref.toString(), Document.class, RECEIPT_EMAILS);
            List<Date> sent = record == null ? List.of() : record.getList("sent", Date.class, List.of());
            Instant oldest = sent.isEmpty() ? at : sent.get(0).toInstant();
            return Optional.of(oldest.plus(window));
        }
    }

    @Override
    public void forget(Borough borough, ParticipantRef ref) {
        stores.of(borough).remove(Query.query(Criteria.where("_id").is(ref.toString())), RECEIPT_EMAILS);
    }
}
