package london.sanctuary.referrals.incoming.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.ErasureGround;
import london.sanctuary.contracts.ReferralId;
import london.sanctuary.platform.outbox.AggregateWrites;
import london.sanctuary.platform.outbox.OutboxEntry;
import london.sanctuary.platform.store.BoroughStores;
import london.sanctuary.platform.store.Lookups;
import london.sanctuary.referrals.incoming.ErasureReceipts;
import london.sanctuary.referrals.referral.ReferralEvents;
import london.sanctuary.referrals.referral.messaging.ReferralEventContracts;
import london.sanctuary.referrals.referral.persistence.MongoReferrals;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Each borough's {@code erasure_receipts}: one document per referral and ground ({@code _id} =
 * {@code <referralId>/<ground>}), written with its receipt event in its {@code outbox} in one insert.
 */
public class MongoErasureReceipts implements ErasureReceipts {

    public static final String COLLECTION = "erasure_receipts";
    private static final String OUTBOX = "outbox";
    private final BoroughStores stores;

    public MongoErasureReceipts(BoroughStores stores) {
        this.stores = stores;
    }

    @Override
    public boolean record(Borough holder, ReferralEvents.ErasureAcknowledged receipt) {
        ReceiptDocument d = new ReceiptDocument();
        d.id = id(receipt.routing().id(), receipt.ground());
        d.fromBorough = receipt.routing().from().code();
        d.toBorough = receipt.routing().to().code();
        d.ground = receipt.ground().name();
        d.outcome = receipt.outcome().name();
        d.acknowledgedAt = receipt.acknowledgedAt();
        d.outbox = ReferralEventContracts.toOutbox(holder, List.of(receipt));
        MongoTemplate store = stores.of(holder);
        Document written = new Document();
        store.getConverter().write(d, written);
        written.put(OUTBOX, withPending(store, receipt.routing().id(), written.getList(OUTBOX, Object.class)));
        try {
            store.insert(AggregateWrites.markPending(written), COLLECTION);
            return true;
        } catch (DuplicateKeyException repeated) {
            return false;
        }
    }

    /**
     * The events the copy about to be deleted has not yet published (the receiver's last answers, such as
     * ReferralPackageDeleted), carried over with their ids so they are not lost with it; published twice at worst,
     * and consumers drop the repeat by id.
     */
    private static List<Object> withPending(MongoTemplate store, ReferralId id, List<Object> receipt) {
        Document copy = store.findById(id.toString(), Document.class, MongoReferrals.COLLECTION);
        List<Object> all = new ArrayList<>(copy == null ? List.of() : copy.getList(OUTBOX, Object.class, List.of()));
        all.addAll(receipt);
        return all;
    }

    @Override
    public boolean erased(Borough holder, ReferralId id) {
        List<String> ids =
                Arrays.stream(ErasureGround.values()).map(g -> id(id, g)).toList();
        return Lookups.exists(
                stores.of(holder), Query.query(Criteria.where("_id").in(ids)), COLLECTION);
    }

    private static String id(ReferralId referral, ErasureGround ground) {
        return referral + "/" + ground.name();
    }

    /** A receipt as stored: routing fields, ground, outcome and time, and the event not yet published. */
    static class ReceiptDocument {

        @Id
        String id;

        String fromBorough;
        String toBorough;
        String ground;
        String outcome;
        Instant acknowledgedAt;
        List<OutboxEntry> outbox;
    }
}
