package london.sanctuary.consent.crypto;

import java.util.Collection;
import java.util.Optional;

/** Where wrapped data keys are kept, per borough, apart from the data they encrypt. */
public interface WrappedKeys {

    void put(String borough, String ownerId, byte[] wrapped);

    Optional<byte[]> find(String borough, String ownerId);

    /** Deletes the keys of these owners; deleting a key that is already gone is not an error. */
    void delete(String borough, Collection<String> ownerIds);
}
