package london.sanctuary.referrals.referral;

/** A referral package encrypted with AES-256-GCM: the id of its data key, the IV and the ciphertext, base64. */
public record Sealed(String keyId, String iv, String ciphertext) {

    public Sealed {
        if (keyId == null || iv == null || ciphertext == null) {
            throw new IllegalArgumentException("a sealed package names its key, IV and ciphertext");
        }
    }

    @Override
    public String toString() {
        return "Sealed[" + keyId + "]";
    }
}
