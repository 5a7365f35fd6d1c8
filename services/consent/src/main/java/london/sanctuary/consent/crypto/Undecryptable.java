package london.sanctuary.consent.crypto;

/** A ciphertext that does not open with the key given: wrong key, wrong owner or field, or tampered. */
public class Undecryptable extends RuntimeException {

    public Undecryptable() {
        super("the ciphertext does not decrypt with this key");
    }
}
