package london.sanctuary.platform.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Fixtures: a file keyring in a folder of its own, keys in memory, a rotation over them with a free lock. */
final class Keyrings {

    static final String BOROUGH = "newham";
    static final String CONTEXT = "data-key:";
    static final RotationLock FREE = new RotationLock() {
        @Override
        public boolean acquire(String holder, Duration atMost) {
            return true;
        }

        @Override
        public void release(String holder) {}
    };

    private Keyrings() {}

    static FileKeyring fileKeyring() {
        try {
            return new FileKeyring(Files.createTempDirectory("keyring"), Clock.systemUTC());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FileKeyring prepared(Optional<byte[]> legacy) {
        FileKeyring keyring = fileKeyring();
        KeyRotation.prepare(keyring, legacy);
        return keyring;
    }

    static Path folderOf(FileKeyring keyring) {
        return keyring.folder();
    }

    static EnvelopeKeys envelopeKeys(WrappedKeys store, Keyring keyring) {
        return new EnvelopeKeys("participant_keys", store, keyring, CONTEXT);
    }

    static KeyRotation rotation(Keyring keyring, EnvelopeKeys keys, RotationLock lock) {
        return new KeyRotation(
                keyring,
                List.of(keys),
                List.of(BOROUGH),
                lock,
                new KeyRotation.Timing(Duration.ZERO, Duration.ofHours(1)));
    }

    /** What a backup holds: every stored wrapped key, by id. */
    static Map<String, WrappedKey> copyOf(WrappedKeys store) {
        Map<String, WrappedKey> copy = new LinkedHashMap<>();
        store.kids(BOROUGH)
                .keySet()
                .forEach(id -> copy.put(id, store.find(BOROUGH, id).orElseThrow()));
        return copy;
    }

    /** How many of these ids an attacker opens from the copy, trying every epoch the keyring still has. */
    static long openedFromCopy(Map<String, WrappedKey> copy, List<String> ids, Keyring keyring) {
        return ids.stream()
                .filter(id -> keyring.epochs().stream().anyMatch(epoch -> opens(copy.get(id), id, epoch, keyring)))
                .count();
    }

    private static boolean opens(WrappedKey wrapped, String id, Epoch epoch, Keyring keyring) {
        try {
            keyring.unwrap(epoch.kid(), wrapped.bytes(), (CONTEXT + id).getBytes());
            return true;
        } catch (Undecryptable e) {
            return false;
        }
    }
}
