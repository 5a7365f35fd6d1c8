package london.sanctuary.referrals.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** The service's AES-256 key that wraps each referral's data key at rest, bound to the referral's id. */
public final class KeyEncryptionKey {

    private final SecretKey key;

    private KeyEncryptionKey(SecretKey key) {
        this.key = key;
    }

    public static KeyEncryptionKey fromBase64(String base64) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64 == null ? "" : base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("sanctuary.referrals.key-encryption-key must be base64 of 32 bytes");
        }
        if (raw.length != DataKey.BYTES) {
            throw new IllegalArgumentException("sanctuary.referrals.key-encryption-key must be base64 of 32 bytes");
        }
        return new KeyEncryptionKey(new SecretKeySpec(raw, "AES"));
    }

    byte[] wrap(DataKey dataKey, String keyId) {
        return AesGcm.joined(AesGcm.encrypt(key, dataKey.raw(), keyId.getBytes(StandardCharsets.UTF_8)));
    }

    DataKey unwrap(byte[] wrapped, String keyId) {
        return DataKey.of(AesGcm.decryptJoined(key, wrapped, keyId.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return "KeyEncryptionKey[hidden]";
    }
}
