package london.sanctuary.platform.crypto;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Where one kind of wrapped data key is kept, per borough, apart from the data it encrypts: by id, optionally
 * filed under an owner (a participant) so that all of an owner's keys can be shredded at once.
 */
public interface WrappedKeys {

    /** Stores the key; a key under the same id is replaced only where the adapter says so. */
    void put(String borough, String id, String owner, WrappedKey key);

    Optional<WrappedKey> find(String borough, String id);

    /** Deletes these keys; deleting a key that is already gone is not an error. */
    void delete(String borough, Collection<String> ids);

    /** Deletes every key filed under the owner; answers how many went. */
    long deleteOwnedBy(String borough, String owner);

    /** Every stored key's id and the kid it is wrapped under, for rotation. */
    Map<String, String> kids(String borough);

    /** Replaces the key only if it is still exactly {@code current}; answers whether it did. */
    boolean replace(String borough, String id, WrappedKey current, WrappedKey next);
}
