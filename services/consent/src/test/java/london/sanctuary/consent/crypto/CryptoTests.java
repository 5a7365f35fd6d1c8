package london.sanctuary.consent.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class CryptoTests {

    private static final byte[] SECRET = "Amira Haddad".getBytes(StandardCharsets.UTF_8);
    private static final byte[] BOUND_TO = "participant:1:name".getBytes(StandardCharsets.UTF_8);

    static KeyEncryptionKey keyEncryptionKey(int seed) {
        byte[] raw = new byte[32];
        Arrays.fill(raw, (byte) seed);
        return KeyEncryptionKey.fromBase64(Base64.getEncoder().encodeToString(raw));
    }

    @Test
    void whatIsEncryptedDecryptsWithTheSameKey() {
        // given
        DataKey key = DataKey.generate();

        // when
        byte[] sealed = key.encrypt(SECRET, BOUND_TO);

        // then
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("Amira");
        assertThat(key.decrypt(sealed, BOUND_TO)).isEqualTo(SECRET);
    }

    @Test
    void anotherKeyCannotDecrypt() {
        // given
        byte[] sealed = DataKey.generate().encrypt(SECRET, BOUND_TO);

        // when / then
        assertThatThrownBy(() -> DataKey.generate().decrypt(sealed, BOUND_TO)).isInstanceOf(Undecryptable.class);
    }

    @Test
    void aTamperedCiphertextDoesNotDecrypt() {
        // given
        DataKey key = DataKey.generate();
        byte[] sealed = key.encrypt(SECRET, BOUND_TO);

        // when
        sealed[sealed.length - 20] ^= 1;

        // then
        assertThatThrownBy(() -> key.decrypt(sealed, BOUND_TO)).isInstanceOf(Undecryptable.class);
    }

    @Test
    void aCiphertextMovedToAnotherFieldOrOwnerDoesNotDecrypt() {
        // given
        DataKey key = DataKey.generate();
        byte[] sealed = key.encrypt(SECRET, BOUND_TO);

        // when / then
        assertThatThrownBy(() -> key.decrypt(sealed, "participant:2:name".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(Undecryptable.class);
    }

    @Test
    void everyEncryptionUsesAFreshIv() {
        // given
        DataKey key = DataKey.generate();

        // when
        byte[] first = key.encrypt(SECRET, BOUND_TO);
        byte[] second = key.encrypt(SECRET, BOUND_TO);

        // then
        assertThat(Arrays.copyOf(first, AesGcm.IV_BYTES)).isNotEqualTo(Arrays.copyOf(second, AesGcm.IV_BYTES));
        assertThat(first).isNotEqualTo(second);
        assertThat(first).hasSize(AesGcm.IV_BYTES + SECRET.length + 16);
    }

    @Test
    void aWrappedDataKeyUnwrapsOnlyWithItsKeyEncryptionKeyAndOwner() {
        // given
        DataKey key = DataKey.generate();
        byte[] wrapped = keyEncryptionKey(1).wrap(key, "owner-1");

        // when
        DataKey unwrapped = keyEncryptionKey(1).unwrap(wrapped, "owner-1");

        // then
        assertThat(unwrapped.decrypt(key.encrypt(SECRET, BOUND_TO), BOUND_TO)).isEqualTo(SECRET);
        assertThatThrownBy(() -> keyEncryptionKey(2).unwrap(wrapped, "owner-1")).isInstanceOf(Undecryptable.class);
        assertThatThrownBy(() -> keyEncryptionKey(1).unwrap(wrapped, "owner-2")).isInstanceOf(Undecryptable.class);
    }

    @Test
    void aKeyEncryptionKeyMustBeThirtyTwoBytesOfBase64() {
        // when / then
        assertThatThrownBy(() -> KeyEncryptionKey.fromBase64("c2hvcnQ="))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("c2hvcnQ=");
        assertThatThrownBy(() -> KeyEncryptionKey.fromBase64("not base64 at all!"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(keyEncryptionKey(3).toString()).doesNotContain("AwMD");
    }
}
