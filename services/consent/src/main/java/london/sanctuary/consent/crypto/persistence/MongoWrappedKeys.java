package london.sanctuary.consent.crypto.persistence;

import java.util.Base64;
import java.util.Collection;
import java.util.Optional;
import london.sanctuary.consent.crypto.WrappedKeys;
import london.sanctuary.platform.store.BoroughStores;
import org.bson.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** Wrapped data keys in each borough's {@code participant_keys} collection, one document per owner. */
public class MongoWrappedKeys implements WrappedKeys {

    static final String COLLECTION = "participant_keys";
    private final BoroughStores stores;

    public MongoWrappedKeys(BoroughStores stores) {
        this.stores = stores;
    }

    @Override
    public void put(String borough, String ownerId, byte[] wrapped) {
        stores.of(borough)
                .insert(
                        new Document("_id", ownerId)
                                .append("wrappedKey", Base64.getEncoder().encodeToString(wrapped)),
                        COLLECTION);
    }

    @Override
    public Optional<byte[]> find(String borough, String ownerId) {
        Document found = stores.of(borough).findById(ownerId, Document.class, COLLECTION);
        return Optional.ofNullable(found).map(d -> Base64.getDecoder().decode(d.getString("wrappedKey")));
    }

    @Override
    public void delete(String borough, Collection<String> ownerIds) {
        stores.of(borough).remove(Query.query(Criteria.where("_id").in(ownerIds)), COLLECTION);
    }
}
