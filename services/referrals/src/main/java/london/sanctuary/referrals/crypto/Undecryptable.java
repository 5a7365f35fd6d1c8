package london.sanctuary.referrals.crypto;

/** A ciphertext that does not open: wrong key, wrong associated data, tampering. Says nothing more. */
public class Undecryptable extends RuntimeException {

    public Undecryptable() {
        super("The ciphertext could not be decrypted");
    }
}
