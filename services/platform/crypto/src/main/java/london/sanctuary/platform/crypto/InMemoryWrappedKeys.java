package london.sanctuary.platform.crypto;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Wrapped keys in memory, with the owner each is filed under: for unit tests and tools, never for data kept. */
public final class InMemoryWrappedKeys implements WrappedKeys {

    private final Map<String, WrappedKey> keys = new ConcurrentHashMap<>();
    private final Map<String, String> owners = new ConcurrentHashMap<>();

    @Override
    public void put(String borough, String id, String owner, WrappedKey key) {
        keys.put(borough + ":" + id, key);
        if (owner != null) {
            owners.put(borough + ":" + id, owner);
        }
    }

    @Override
    public Optional<WrappedKey> find(String borough, String id) {
        return Optional.ofNullable(keys.get(borough + ":" + id));
    }

    @Override
    public void delete(String borough, Collection<String> ids) {
        ids.forEach(id -> keys.remove(borough + ":" + id));
    }

    @Override
    public long deleteOwnedBy(String borough, String owner) {
        long before = keys.size();
        owners.forEach((id, filedUnder) -> {
            if (filedUnder.equals(owner) && id.startsWith(borough + ":")) {
                keys.remove(id);
            }
        });
        return before - keys.size();
    }

    @Override
    public Map<String, String> kids(String borough) {
        Map<String, String> kids = new LinkedHashMap<>();
        keys.forEach((id, key) -> {
            if (id.startsWith(borough + ":")) {
                kids.put(id.substring(borough.length() + 1), key.kid());
            }
        });
        return kids;
    }

    @Override
    public boolean replace(String borough, String id, WrappedKey current, WrappedKey next) {
        return keys.replace(borough + ":" + id, current, next);
    }
}
