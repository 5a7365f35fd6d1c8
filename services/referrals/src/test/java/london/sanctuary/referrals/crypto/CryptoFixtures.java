package london.sanctuary.referrals.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Optional;
import london.sanctuary.platform.crypto.EnvelopeKeys;
import london.sanctuary.platform.crypto.FileKeyring;
import london.sanctuary.platform.crypto.InMemoryWrappedKeys;
import london.sanctuary.platform.crypto.KeyRotation;
import london.sanctuary.platform.crypto.Keyring;

/** Key custody for unit tests: keys in memory, the keyring in a folder of its own. */
public final class CryptoFixtures {

    private CryptoFixtures() {}

    public static KeyCustody custody() {
        try {
            Keyring keyring = new FileKeyring(Files.createTempDirectory("keyring"), Clock.systemUTC());
            KeyRotation.prepare(keyring, Optional.empty());
            return new KeyCustody(new EnvelopeKeys("referral_keys", new InMemoryWrappedKeys(), keyring, ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
