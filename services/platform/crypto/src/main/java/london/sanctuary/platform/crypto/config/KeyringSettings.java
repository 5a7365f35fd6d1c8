package london.sanctuary.platform.crypto.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The keyring of a service that keeps data keys (consent, referrals).
 *
 * @param location the folder of the file keyring: one per service, never shared with another service, kept apart
 *     from the store's backups
 * @param rotateEvery the rotation period (default a day): a rotation is due once the newest epoch is this old. How
 *     long a copy of the store can still open the keys erased before it
 * @param settle how long a rotation waits before its second pass (default 10 s)
 * @param lockAtMost how long one rotation may hold the lock before another instance may take it (default 1 h)
 * @param legacyKey base64 of the 32-byte key-encryption key of before epochs, for keys stored without a kid; taken
 *     into the keyring once and destroyed by the first rotation, after which it is ignored and may be removed
 */
@ConfigurationProperties("sanctuary.keyring")
public record KeyringSettings(
        Path location, Duration rotateEvery, Duration settle, Duration lockAtMost, String legacyKey) {

    public KeyringSettings {
        if (location == null) {
            throw new IllegalArgumentException("sanctuary.keyring.location: name the folder of this service's keyring");
        }
        rotateEvery = rotateEvery == null ? Duration.ofDays(1) : rotateEvery;
        settle = settle == null ? Duration.ofSeconds(10) : settle;
        lockAtMost = lockAtMost == null ? Duration.ofHours(1) : lockAtMost;
        if (rotateEvery.isNegative() || rotateEvery.isZero()) {
            throw new IllegalArgumentException("sanctuary.keyring.rotate-every: must be positive");
        }
    }

    /** The legacy key's bytes; the message never repeats the value. */
    Optional<byte[]> legacyKeyBytes() {
        if (legacyKey == null || legacyKey.isBlank()) {
            return Optional.empty();
        }
        try {
            byte[] raw = Base64.getDecoder().decode(legacyKey.strip());
            if (raw.length == 32) {
                return Optional.of(raw);
            }
        } catch (IllegalArgumentException e) {
            // reported below, without the value
        }
        throw new IllegalArgumentException("sanctuary.keyring.legacy-key: must be base64 of exactly 32 bytes");
    }

    @Override
    public String toString() {
        return "KeyringSettings[location=" + location + ", rotateEvery=" + rotateEvery + ", settle=" + settle
                + ", legacyKey=hidden]";
    }
}
