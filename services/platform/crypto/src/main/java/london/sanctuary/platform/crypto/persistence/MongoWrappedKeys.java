package london.sanctuary.platform.crypto.persistence;

import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import london.sanctuary.platform.crypto.Epoch;
import london.sanctuary.platform.crypto.WrappedKey;
import london.sanctuary.platform.crypto.WrappedKeys;
import london.sanctuary.platform.store.BoroughStores;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Wrapped data keys in a collection of each borough's database, one document per key: {@code _id} the key's id, the
 * wrapped key in base64 under {@link Layout#wrappedField}, the epoch's {@code kid} beside it (absent on keys stored
 * before epochs: {@link Epoch#LEGACY}), and the owner under {@link Layout#ownerField} where keys are filed by owner.
 */
public class MongoWrappedKeys implements WrappedKeys {

    static final String KID = "kid";
    private final BoroughStores stores;
    private final Layout layout;

    /**
     * @param collection the collection in each borough's database
     * @param wrappedField the field of the wrapped key (the name it had before epochs, so old documents still read)
     * @param ownerField the field of the owner, or null where the id is the owner
     * @param replaceOnPut whether storing under an id already used replaces the key (a retried step), or fails
     */
    public record Layout(String collection, String wrappedField, String ownerField, boolean replaceOnPut) {}

    public MongoWrappedKeys(BoroughStores stores, Layout layout) {
        this.stores = stores;
        this.layout = layout;
    }

    @Override
    public void put(String borough, String id, String owner, WrappedKey key) {
        Document document = new Document("_id", id)
                .append(layout.wrappedField(), Base64.getEncoder().encodeToString(key.bytes()))
                .append(KID, key.kid());
        if (layout.ownerField() != null && owner != null) {
            document.append(layout.ownerField(), owner);
        }
        if (layout.replaceOnPut()) {
            store(borough).save(document, layout.collection());
        } else {
            store(borough).insert(document, layout.collection());
        }
    }

    @Override
    public Optional<WrappedKey> find(String borough, String id) {
        return Optional.ofNullable(store(borough).findById(id, Document.class, layout.collection()))
                .map(this::wrappedKeyOf);
    }

    @Override
    public void delete(String borough, Collection<String> ids) {
        store(borough).remove(Query.query(Criteria.where("_id").in(ids)), layout.collection());
    }

    @Override
    public long deleteOwnedBy(String borough, String owner) {
        if (layout.ownerField() == null) {
            throw new UnsupportedOperationException(layout.collection() + " keeps no owner beside its keys");
        }
        return store(borough)
                .remove(Query.query(Criteria.where(layout.ownerField()).is(owner)), layout.collection())
                .getDeletedCount();
    }

    @Override
    public Map<String, String> kids(String borough) {
        Query all = new Query();
        all.fields().include("_id", KID);
        all.cursorBatchSize(1_000);
        Map<String, String> kids = new LinkedHashMap<>();
        try (Stream<Document> documents = store(borough).stream(all, Document.class, layout.collection())) {
            documents.forEach(document -> kids.put(String.valueOf(document.get("_id")), kidOf(document)));
        }
        return kids;
    }

    @Override
    public boolean replace(String borough, String id, WrappedKey current, WrappedKey next) {
        Criteria kid = Epoch.LEGACY.equals(current.kid())
                ? Criteria.where(KID).exists(false)
                : Criteria.where(KID).is(current.kid());
        Query stillCurrent = Query.query(Criteria.where("_id")
                .is(id)
                .and(layout.wrappedField())
                .is(Base64.getEncoder().encodeToString(current.bytes()))
                .andOperator(kid));
        Update rewrapped = Update.update(
                        layout.wrappedField(), Base64.getEncoder().encodeToString(next.bytes()))
                .set(KID, next.kid());
        return store(borough)
                        .updateFirst(stillCurrent, rewrapped, layout.collection())
                        .getModifiedCount()
                > 0;
    }

    private WrappedKey wrappedKeyOf(Document document) {
        return new WrappedKey(kidOf(document), Base64.getDecoder().decode(document.getString(layout.wrappedField())));
    }

    private static String kidOf(Document document) {
        String kid = document.getString(KID);
        return kid == null ? Epoch.LEGACY : kid;
    }

    private MongoTemplate store(String borough) {
        return stores.of(borough);
    }
}
