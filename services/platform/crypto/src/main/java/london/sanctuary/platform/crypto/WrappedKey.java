package london.sanctuary.platform.crypto;

import java.util.Arrays;
import java.util.Objects;

/** A data key as stored: wrapped under the key-encryption key of epoch {@code kid}. */
public record WrappedKey(String kid, byte[] bytes) {

    public WrappedKey {
        Objects.requireNonNull(kid, "kid");
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WrappedKey that && kid.equals(that.kid) && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * kid.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "WrappedKey[kid=" + kid + "]";
    }
}
