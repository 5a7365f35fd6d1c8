package london.sanctuary.platform.crypto;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * One epoch of the key-encryption key: its key id ({@code kid}, stored beside every key it wraps) and when it was
 * made. The key itself stays in the {@link Keyring}.
 */
public record Epoch(String kid, Instant created) {

    /** The kid of keys stored before epochs: no {@code kid} beside them, wrapped by the configured key. */
    public static final String LEGACY = "legacy";

    private static final Pattern KID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    public Epoch {
        if (kid == null || !KID.matcher(kid).matches()) {
            throw new IllegalArgumentException("kid: 1 to 64 letters, digits or hyphens");
        }
        if (created == null) {
            throw new IllegalArgumentException("created: required");
        }
    }
}
