package london.sanctuary.consent.crypto;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Creates, finds and shreds owners' data keys: wrapped on the way in, unwrapped on the way out. */
public final class DataKeys {

    private final WrappedKeys store;
    private final KeyEncryptionKey keyEncryptionKey;

    public DataKeys(WrappedKeys store, KeyEncryptionKey keyEncryptionKey) {
        this.store = store;
        this.keyEncryptionKey = keyEncryptionKey;
    }

    public DataKey create(String borough, String ownerId) {
        DataKey key = DataKey.generate();
        store.put(borough, ownerId, keyEncryptionKey.wrap(key, ownerId));
        return key;
    }

    /** The owner's key, or empty once it has been shredded. */
    public Optional<DataKey> find(String borough, String ownerId) {
        return store.find(borough, ownerId).map(wrapped -> keyEncryptionKey.unwrap(wrapped, ownerId));
    }

    /** Crypto-shredding: without the key, every copy of the owner's ciphertext is unreadable. */
    public void shred(String borough, String ownerId) {
        store.delete(borough, List.of(ownerId));
    }

    public void shred(String borough, Collection<String> ownerIds) {
        if (!ownerIds.isEmpty()) {
            store.delete(borough, ownerIds);
        }
    }
}
