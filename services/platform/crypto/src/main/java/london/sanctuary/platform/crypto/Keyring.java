package london.sanctuary.platform.crypto;

import java.util.List;

/**
 * Where the epochs of the key-encryption key live: a port, so the keys can be files locally and a key management
 * service (Google Cloud KMS, AWS KMS, Azure Key Vault, through Tink or their own clients) in a deployment. The
 * keys never leave it: callers ask it to wrap and unwrap under an epoch's key id. The newest live epoch is the one
 * new keys are wrapped under. Implementations must answer from the shared source each time (or from a cache
 * younger than the rotation's settle time), so that every instance sees a new epoch before the old one goes.
 */
public interface Keyring {

    /** The live epochs, oldest first; never empty once {@link #create} has been called. */
    List<Epoch> epochs();

    /** Makes a new epoch, which becomes the newest. */
    Epoch create();

    /** Wraps a data key under the epoch's key; {@link Undecryptable} if the epoch is not live. */
    byte[] wrap(String kid, byte[] dataKey, byte[] associatedData);

    /** Unwraps; {@link Undecryptable} for a destroyed or unknown epoch, another owner, or any tampering. */
    byte[] unwrap(String kid, byte[] wrapped, byte[] associatedData);

    /** Destroys the epoch's key for good: what it wrapped, in any copy anywhere, no longer opens. */
    void destroy(String kid);

    /**
     * Takes in a key made before epochs (the configured key-encryption key) as epoch {@code kid}, unless this keyring
     * has ever held that kid (live or destroyed): a destroyed legacy key never comes back from configuration.
     * Answers whether it was taken in.
     */
    boolean adoptOnce(String kid, byte[] key);

    /** The newest live epoch. */
    default Epoch current() {
        List<Epoch> epochs = epochs();
        if (epochs.isEmpty()) {
            throw new IllegalStateException("The keyring has no epoch");
        }
        return epochs.get(epochs.size() - 1);
    }
}
