package london.sanctuary.contracts.referrals;

/**
 * A referral package encrypted with AES-256-GCM under a per-referral data key. The key never travels on Kafka: the
 * receiving borough fetches it from the sender, which releases it only while consent holds.
 *
 * @param algorithm always {@link #AES_256_GCM} in v1
 * @param keyId id of the data key at the sending borough
 * @param iv base64 initialisation vector
 * @param ciphertext base64 ciphertext with the GCM tag appended; decrypts to a {@link ReferralPackage} as JSON
 */
public record EncryptedPackage(String algorithm, String keyId, String iv, String ciphertext) {

    public static final String AES_256_GCM = "AES-256-GCM";
}
