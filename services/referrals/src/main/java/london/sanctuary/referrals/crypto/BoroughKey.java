package london.sanctuary.referrals.crypto;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import java.security.interfaces.RSAPublicKey;

/**
 * One of a borough's RSA public keys for key release, named by its {@code kid}: the key's RFC 7638 thumbprint, so a
 * published kid cannot name another key.
 */
public record BoroughKey(String kid, RSAPublicKey publicKey) {

    public BoroughKey {
        if (kid == null || publicKey == null) {
            throw new IllegalArgumentException("a borough key needs its kid and its public key");
        }
    }

    public static BoroughKey of(RSAPublicKey publicKey) {
        try {
            return new BoroughKey(
                    new RSAKey.Builder(publicKey).build().computeThumbprint().toString(), publicKey);
        } catch (JOSEException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "BoroughKey[" + kid + "]";
    }
}
