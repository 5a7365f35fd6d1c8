package london.sanctuary.platform.crypto;

import java.security.NoSuchAlgorithmException;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** A random AES-256 key that encrypts one owner's personal data. Never stored or sent unwrapped. */
public final class DataKey {

    public static final int BYTES = 32;
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

    /** A key unwrapped elsewhere (a key release); {@link Undecryptable} unless it is 32 bytes. */
    public static DataKey of(byte[] raw) {
        if (raw == null || raw.length != BYTES) {
            throw new Undecryptable();
        }
        return new DataKey(new SecretKeySpec(raw, "AES"));
    }

    /** {@code iv ‖ ciphertext ‖ tag}. */
    public byte[] encrypt(byte[] plaintext, byte[] associatedData) {
        return AesGcm.encryptJoined(key, plaintext, associatedData);
    }

    public byte[] decrypt(byte[] ciphertext, byte[] associatedData) {
        return AesGcm.decryptJoined(key, ciphertext, associatedData);
    }

    /** {@code [iv, ciphertext ‖ tag]}, for formats that keep the IV apart. */
    public byte[][] encryptApart(byte[] plaintext, byte[] associatedData) {
        return AesGcm.encrypt(key, plaintext, associatedData);
    }

    public byte[] decryptApart(byte[] iv, byte[] ciphertext, byte[] associatedData) {
        return AesGcm.decrypt(key, iv, ciphertext, associatedData);
    }

    /** The key's bytes, only to wrap it under another key (an epoch, a borough's public key). */
    public byte[] raw() {
        return key.getEncoded();
    }

    @Override
    public String toString() {
        return "DataKey[hidden]";
    }
}
