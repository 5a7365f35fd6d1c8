package london.sanctuary.platform.crypto;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * AES-GCM with a fresh random 96-bit IV per encryption and a 128-bit tag. The associated data binds a ciphertext to
 * where it belongs, so it cannot be moved to another field or owner and still decrypt. Joined form: {@code iv ‖
 * ciphertext ‖ tag}.
 */
final class AesGcm {

    static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private AesGcm() {}

    /** {@code [iv, ciphertext ‖ tag]}. */
    static byte[][] encrypt(SecretKey key, byte[] plaintext, byte[] associatedData) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData);
            return new byte[][] {iv, cipher.doFinal(plaintext)};
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** Decrypts and authenticates; {@link Undecryptable} for a wrong key, wrong associated data or any tampering. */
    static byte[] decrypt(SecretKey key, byte[] iv, byte[] ciphertext, byte[] associatedData) {
        if (iv == null || iv.length != IV_BYTES || ciphertext == null || ciphertext.length < TAG_BITS / 8) {
            throw new Undecryptable();
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData);
            return cipher.doFinal(ciphertext);
        } catch (GeneralSecurityException e) {
            throw new Undecryptable();
        }
    }

    static byte[] encryptJoined(SecretKey key, byte[] plaintext, byte[] associatedData) {
        byte[][] sealed = encrypt(key, plaintext, associatedData);
        return ByteBuffer.allocate(sealed[0].length + sealed[1].length)
                .put(sealed[0])
                .put(sealed[1])
                .array();
    }

    static byte[] decryptJoined(SecretKey key, byte[] joined, byte[] associatedData) {
        if (joined == null || joined.length <= IV_BYTES) {
            throw new Undecryptable();
        }
        return decrypt(
                key,
                Arrays.copyOfRange(joined, 0, IV_BYTES),
                Arrays.copyOfRange(joined, IV_BYTES, joined.length),
                associatedData);
    }
}
