package london.sanctuary.referrals.crypto;

import java.util.Optional;
import java.util.UUID;
import london.sanctuary.contracts.Borough;

/**
 * Keeps the data keys of a borough's referral packages, wrapped by the key-encryption key and filed under the
 * participant: shredding them (on withdrawal of SHARE_ON_MOVE, or erasure) makes every copy of the package
 * unreadable, wherever it lies.
 */
public final class KeyCustody {

    private final WrappedKeys store;
    private final KeyEncryptionKey keyEncryptionKey;

    public KeyCustody(WrappedKeys store, KeyEncryptionKey keyEncryptionKey) {
        this.store = store;
        this.keyEncryptionKey = keyEncryptionKey;
    }

    /** A new data key, stored wrapped before it is used: data never exists without its key. */
    public DataKey create(Borough borough, String keyId, UUID participantRef) {
        DataKey key = DataKey.generate();
        store.put(borough, keyId, participantRef, keyEncryptionKey.wrap(key, keyId));
        return key;
    }

    /** The key, or empty once shredded. */
    public Optional<DataKey> find(Borough borough, String keyId) {
        return store.find(borough, keyId).map(wrapped -> keyEncryptionKey.unwrap(wrapped, keyId));
    }

    public void shred(Borough borough, String keyId) {
        store.delete(borough, keyId);
    }

    public long shredAllOf(Borough borough, UUID participantRef) {
        return store.deleteOf(borough, participantRef);
    }
}
