package london.sanctuary.platform.crypto;

/** A ciphertext that does not open with the key given: wrong key, wrong owner or field, tampered, or its epoch gone. */
public class Undecryptable extends RuntimeException {

    public Undecryptable() {
        super("the ciphertext does not decrypt with this key");
    }
}
