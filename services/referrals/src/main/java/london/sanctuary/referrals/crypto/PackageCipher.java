package london.sanctuary.referrals.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import london.sanctuary.platform.crypto.DataKey;
import london.sanctuary.platform.crypto.Undecryptable;
import london.sanctuary.referrals.referral.Routing;
import london.sanctuary.referrals.referral.Sealed;

/**
 * Seals a referral package's JSON with AES-256-GCM under its data key. The routing fields (id, both boroughs,
 * participantRef) and the key id are the associated data: a package moved to another referral or person does
 * not open.
 */
public final class PackageCipher {

    private PackageCipher() {}

    public static Sealed seal(byte[] packageJson, DataKey key, String keyId, Routing routing) {
        byte[][] sealed = key.encryptApart(packageJson, associated(keyId, routing));
        Base64.Encoder base64 = Base64.getEncoder();
        return new Sealed(keyId, base64.encodeToString(sealed[0]), base64.encodeToString(sealed[1]));
    }

    public static byte[] open(Sealed sealed, DataKey key, Routing routing) {
        try {
            Base64.Decoder base64 = Base64.getDecoder();
            return key.decryptApart(
                    base64.decode(sealed.iv()),
                    base64.decode(sealed.ciphertext()),
                    associated(sealed.keyId(), routing));
        } catch (IllegalArgumentException e) {
            throw new Undecryptable();
        }
    }

    private static byte[] associated(String keyId, Routing routing) {
        return String.join(
                        "|",
                        keyId,
                        routing.id().toString(),
                        routing.from().code(),
                        routing.to().code(),
                        routing.participantRef().toString())
                .getBytes(StandardCharsets.UTF_8);
    }
}
