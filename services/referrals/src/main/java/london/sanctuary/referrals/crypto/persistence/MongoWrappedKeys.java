package london.sanctuary.referrals.crypto.persistence;

import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import london.sanctuary.contracts.Borough;
import london.sanctuary.platform.store.BoroughStores;
import london.sanctuary.referrals.crypto.WrappedKeys;
import org.bson.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Wrapped data keys in each borough's {@code referral_keys}: {@code _id} the key id, the participantRef beside. */
public class MongoWrappedKeys implements WrappedKeys {

    public static final String COLLECTION = "referral_keys";
    private final BoroughStores stores;

    public MongoWrappedKeys(BoroughStores stores) {
        this.stores = stores;
    }

    @Override
    public void put(Borough borough, String keyId, UUID participantRef, byte[] wrapped) {
        stores.of(borough.code())
                .save(
                        new Document("_id", keyId)
                                .append("participantRef", participantRef.toString())
                                .append("wrapped", Base64.getEncoder().encodeToString(wrapped)),
                        COLLECTION);
    }

    @Override
    public Optional<byte[]> find(Borough borough, String keyId) {
        Document found = stores.of(borough.code()).findById(keyId, Document.class, COLLECTION);
        return Optional.ofNullable(found).map(d -> Base64.getDecoder().decode(d.getString("wrapped")));
    }

    @Override
    public void delete(Borough borough, String keyId) {
        stores.of(borough.code()).remove(Query.query(Criteria.where("_id").is(keyId)), COLLECTION);
    }

    @Override
    public long deleteOf(Borough borough, UUID participantRef) {
        return stores.of(borough.code())
                .remove(Query.query(Criteria.where("participantRef").is(participantRef.toString())), COLLECTION)
                .getDeletedCount();
    }
}
