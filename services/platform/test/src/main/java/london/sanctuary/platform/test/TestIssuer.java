package london.sanctuary.platform.test;

import com.nimbusds.jwt.JWTClaimsSet;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.util.Base64;
import java.util.List;

/**
 * An identity provider of its own for a test: its name, an RSA key made for this JVM, and its public half in a PEM
 * file a service reads ({@code sanctuary.security.issuers[i].public-key-location}). {@link TestTokens} is the one
 * every service under test trusts; a test makes another (a borough's own provider, or one nobody trusts).
 */
public final class TestIssuer {

    private final String name;
    private final KeyPair keys = generate();
    private Path publicKey;

    public TestIssuer(String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public KeyPair keys() {
        return keys;
    }

    /** A valid token of this issuer: the test kit's claims with this issuer's name, signed with its key. */
    public String token(String client, String borough, List<String> roles) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder(
                        TestTokens.claims(client, borough, roles).build())
                .issuer(name)
                .build();
        return TestTokens.sign(claims, (RSAPrivateKey) keys.getPrivate());
    }

    public synchronized String publicKeyLocation() {
        if (publicKey == null) {
            try {
                publicKey = Files.createTempFile("sanctuary-test-issuer", ".pem");
                publicKey.toFile().deleteOnExit();
                String body = Base64.getMimeEncoder(64, "\n".getBytes())
                        .encodeToString(keys.getPublic().getEncoded());
                Files.writeString(publicKey, "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return publicKey.toUri().toString();
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
