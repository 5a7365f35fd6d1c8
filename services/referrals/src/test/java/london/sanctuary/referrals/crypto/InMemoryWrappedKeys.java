package london.sanctuary.referrals.crypto;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import london.sanctuary.contracts.Borough;

/** Wrapped keys in memory, with the participant each is filed under. */
public final class InMemoryWrappedKeys implements WrappedKeys {

    private final Map<String, byte[]> keys = new ConcurrentHashMap<>();
    private final Map<String, UUID> owners = new ConcurrentHashMap<>();

    @Override
    public void put(Borough borough, String keyId, UUID participantRef, byte[] wrapped) {
        keys.put(borough.code() + ":" + keyId, wrapped);
        owners.put(borough.code() + ":" + keyId, participantRef);
    }

    @Override
    public Optional<byte[]> find(Borough borough, String keyId) {
        return Optional.ofNullable(keys.get(borough.code() + ":" + keyId));
    }

    @Override
    public void delete(Borough borough, String keyId) {
        keys.remove(borough.code() + ":" + keyId);
    }

    @Override
    public long deleteOf(Borough borough, UUID participantRef) {
        long before = keys.size();
        owners.forEach((id, owner) -> {
            if (owner.equals(participantRef) && id.startsWith(borough.code() + ":")) {
                keys.remove(id);
            }
        });
        return before - keys.size();
    }
}
