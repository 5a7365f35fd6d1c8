package london.sanctuary.platform.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Creates, finds, shreds and re-wraps one kind of data key: wrapped under the keyring's newest epoch on the way in,
 * unwrapped under the epoch named beside it on the way out. Each wrapped key is bound to its id (associated data
 * {@code context + id}), so a wrapped key copied onto another id does not unwrap.
 */
public final class EnvelopeKeys {

    private final String name;
    private final WrappedKeys store;
    private final Keyring keyring;
    private final String context;

    /**
     * @param name what these keys are, for logs and rotation reports (e.g. {@code participant_keys})
     * @param context the associated data's prefix before the id; fixed for good, since it is part of every wrapped key
     */
    public EnvelopeKeys(String name, WrappedKeys store, Keyring keyring, String context) {
        this.name = name;
        this.store = store;
        this.keyring = keyring;
        this.context = context;
    }

    public String name() {
        return name;
    }

    /** A new data key, stored wrapped before it is used: data never exists without its key. */
    public DataKey create(String borough, String id) {
        return create(borough, id, null);
    }

    /** A new data key filed under {@code owner} as well. */
    public DataKey create(String borough, String id, String owner) {
        DataKey key = DataKey.generate();
        WrappedKey stored = wrap(keyring.current(), key, id);
        store.put(borough, id, owner, stored);
        keepUnderNewest(borough, id, stored, key);
        return key;
    }

    /**
     * A rotation that began between the wrap and the write (a slow store) may have re-wrapped before the write landed
     * and will destroy the epoch it was wrapped under: wrap it again under the newest epoch. Once the stored key's
     * epoch is the newest, any later rotation makes its epoch after the write, so its re-wrapping finds the key.
     */
    private void keepUnderNewest(String borough, String id, WrappedKey stored, DataKey key) {
        WrappedKey current = stored;
        while (!keyring.current().kid().equals(current.kid())) {
            WrappedKey again = wrap(keyring.current(), key, id);
            if (!store.replace(borough, id, current, again)) {
                return; // a rotation re-wrapped it, or it was shredded meanwhile
            }
            current = again;
        }
    }

    /** The key, or empty once shredded; {@link Undecryptable} if its epoch is gone (a key rotation lost). */
    public Optional<DataKey> find(String borough, String id) {
        return store.find(borough, id).map(wrapped -> unwrap(wrapped, id));
    }

    /** Crypto-shredding: without the key, every copy of the ciphertext is unreadable. */
    public void shred(String borough, Collection<String> ids) {
        if (!ids.isEmpty()) {
            store.delete(borough, ids);
        }
    }

    public long shredOwnedBy(String borough, String owner) {
        return store.deleteOwnedBy(borough, owner);
    }

    /**
     * Re-wraps every key of the borough wrapped under one of the {@code older} epochs (never one under a newer epoch
     * than {@code target}, which another rotation made), each by a conditional replace, so a key shredded or
     * re-wrapped meanwhile is left as it is. Keys that do not unwrap are left, and counted.
     */
    Rewrapped rewrap(String borough, Set<String> older, Epoch target) {
        Rewrapped result = Rewrapped.NONE;
        for (var entry : store.kids(borough).entrySet()) {
            if (older.contains(entry.getValue())) {
                result = result.plus(rewrapOne(borough, entry.getKey(), older, target));
            }
        }
        return result;
    }

    /** The kids the borough's keys are wrapped under now. */
    Set<String> kids(String borough) {
        return new HashSet<>(store.kids(borough).values());
    }

    private Rewrapped rewrapOne(String borough, String id, Set<String> older, Epoch target) {
        Optional<WrappedKey> current = store.find(borough, id);
        if (current.isEmpty() || !older.contains(current.get().kid())) {
            return Rewrapped.NONE;
        }
        DataKey key;
        try {
            key = unwrap(current.get(), id);
        } catch (Undecryptable e) {
            return Rewrapped.unreadable(current.get().kid());
        }
        boolean moved = store.replace(borough, id, current.get(), wrap(target, key, id));
        return moved ? Rewrapped.ONE : Rewrapped.NONE;
    }

    private WrappedKey wrap(Epoch epoch, DataKey key, String id) {
        return new WrappedKey(epoch.kid(), keyring.wrap(epoch.kid(), key.raw(), associatedData(id)));
    }

    private DataKey unwrap(WrappedKey wrapped, String id) {
        return DataKey.of(keyring.unwrap(wrapped.kid(), wrapped.bytes(), associatedData(id)));
    }

    private byte[] associatedData(String id) {
        return (context + id).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "EnvelopeKeys[" + name + "]";
    }
}
