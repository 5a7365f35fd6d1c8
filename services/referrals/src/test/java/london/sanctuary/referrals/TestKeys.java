package london.sanctuary.referrals;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An RSA key pair per demo borough, made for this JVM: the private keys as the key registry reads them from
 * configuration, the public ones found in the key directory (no static public key); Barnet also keeps the key it
 * rotated out, as a borough does for the grace period.
 */
public final class TestKeys {

    static final Map<String, KeyPair> PAIRS = generate("newham", "barnet", "lambeth");
    /** Barnet's key of before its last rotation, still in its grace period: kept and published after the current. */
    static final KeyPair BARNET_BEFORE_ROTATION = generate("barnet").get("barnet");

    private TestKeys() {}

    static Map<String, String> properties() {
        Map<String, String> properties = new LinkedHashMap<>();
        PAIRS.forEach((borough, pair) -> {
            Base64.Encoder base64 = Base64.getEncoder();
            properties.put(
                    "sanctuary.referrals.keys." + borough + ".private-key",
                    base64.encodeToString(pair.getPrivate().getEncoded()));
        });
        properties.put("sanctuary.referrals.keys.barnet.previous-private-keys[0]", barnetBeforeRotation());
        return properties;
    }

    /** Barnet's private key of before its rotation, base64 PKCS#8. */
    static String barnetBeforeRotation() {
        return Base64.getEncoder()
                .encodeToString(BARNET_BEFORE_ROTATION.getPrivate().getEncoded());
    }

    /** A new RSA key pair of the size the boroughs use (2048 bits). */
    public static KeyPair newPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, KeyPair> generate(String... boroughs) {
        Map<String, KeyPair> pairs = new LinkedHashMap<>();
        for (String borough : boroughs) {
            pairs.put(borough, newPair());
        }
        return Map.copyOf(pairs);
    }
}
