package london.sanctuary.referrals.crypto;

import java.util.Optional;
import java.util.UUID;
import london.sanctuary.contracts.Borough;

/** Where each borough keeps its referrals' wrapped data keys, filed under the referral and the participant. */
public interface WrappedKeys {

    void put(Borough borough, String keyId, UUID participantRef, byte[] wrapped);

    Optional<byte[]> find(Borough borough, String keyId);

    void delete(Borough borough, String keyId);

    /** Deletes every key filed under the participant; answers how many went. */
    long deleteOf(Borough borough, UUID participantRef);
}
