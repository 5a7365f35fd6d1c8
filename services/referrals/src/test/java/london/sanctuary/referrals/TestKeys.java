package london.sanctuary.referrals;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** An RSA key pair per demo borough, made for this JVM, as the key registry reads them from configuration. */
final class TestKeys {

    static final Map<String, KeyPair> PAIRS = generate("newham", "barnet", "lambeth");

    private TestKeys() {}

    static Map<String, String> properties() {
        Map<String, String> properties = new LinkedHashMap<>();
        PAIRS.forEach((borough, pair) -> {
            Base64.Encoder base64 = Base64.getEncoder();
            properties.put(
                    "sanctuary.referrals.keys." + borough + ".public-key",
                    base64.encodeToString(pair.getPublic().getEncoded()));
            properties.put(
                    "sanctuary.referrals.keys." + borough + ".private-key",
                    base64.encodeToString(pair.getPrivate().getEncoded()));
        });
        return properties;
    }

    private static Map<String, KeyPair> generate(String... boroughs) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            Map<String, KeyPair> pairs = new LinkedHashMap<>();
            for (String borough : boroughs) {
                pairs.put(borough, generator.generateKeyPair());
            }
            return Map.copyOf(pairs);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
