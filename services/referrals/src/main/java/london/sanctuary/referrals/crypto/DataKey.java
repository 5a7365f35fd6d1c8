package london.sanctuary.referrals.crypto;

import java.security.NoSuchAlgorithmException;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** A random AES-256 key that encrypts one referral package. Never stored or sent unwrapped. */
public final class DataKey {

    static final int BYTES = 32;
    private final SecretKey key;

    private DataKey(SecretKey key) {
        this.key = key;
    }

    public static DataKey generate() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(BYTES * 8);
            return new DataKey(generator.generateKey());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("AES is not available", e);
        }
    }

    static DataKey of(byte[] raw) {
        if (raw == null || raw.length != BYTES) {
            throw new Undecryptable();
        }
        return new DataKey(new SecretKeySpec(raw, "AES"));
    }

    SecretKey secret() {
        return key;
    }

    byte[] raw() {
        return key.getEncoded();
    }

    @Override
    public String toString() {
        return "DataKey[hidden]";
    }
}
