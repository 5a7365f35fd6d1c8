package london.sanctuary.consent.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key that wraps data keys (AES-256-GCM), from configuration. A wrapped key is bound to its owner's id, so a
 * wrapped key copied onto another owner does not unwrap.
 */
public final class KeyEncryptionKey {

    private final SecretKey key;

    private KeyEncryptionKey(SecretKey key) {
        this.key = key;
    }

    /** From base64 of exactly 32 random bytes; the message never repeats the value. */
    public static KeyEncryptionKey fromBase64(String base64) {
        byte[] raw;
        try {
            raw = base64 == null ? new byte[0] : Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            raw = new byte[0];
        }
        if (raw.length != DataKey.BYTES) {
            throw new IllegalArgumentException(
                    "sanctuary.consent.key-encryption-key: must be base64 of exactly 32 bytes");
        }
        return new KeyEncryptionKey(new SecretKeySpec(raw, "AES"));
    }

    public byte[] wrap(DataKey dataKey, String ownerId) {
        return AesGcm.encrypt(key, dataKey.raw(), associatedData(ownerId));
    }

    public DataKey unwrap(byte[] wrapped, String ownerId) {
        return DataKey.of(AesGcm.decrypt(key, wrapped, associatedData(ownerId)));
    }

    private static byte[] associatedData(String ownerId) {
        return ("data-key:" + ownerId).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "KeyEncryptionKey[hidden]";
    }
}
