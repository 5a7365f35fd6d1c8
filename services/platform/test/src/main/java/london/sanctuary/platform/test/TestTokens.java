package london.sanctuary.platform.test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Signs bearer tokens the services under test accept: RS256 with a key made for this JVM, whose public
 * half the services read from a file. {@link #claims} starts from a valid token so a test can break
 * exactly one thing (issuer, audience, expiry, borough, role, signature).
 */
public final class TestTokens {

    public static final String ISSUER = "https://auth.test.sanctuary.london";
    public static final String AUDIENCE = "sanctuary-exchange";
    private static final KeyPair KEYS = generate();
    private static Path publicKey;

    private TestTokens() {}

    public static String officer(String borough) {
        return sign(claims(borough + "-officer", borough, List.of("officer", "service-lead", "move-on"))
                .build());
    }

    public static String analyst() {
        return sign(claims("gla-analyst", null, List.of("analyst")).build());
    }

    /** A valid token's claims, to change before {@link #sign}. */
    public static JWTClaimsSet.Builder claims(String client, String borough, List<String> roles) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject(client)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(15))))
                .claim("roles", roles);
        return borough == null ? claims : claims.claim("borough", borough);
    }

    public static String sign(JWTClaimsSet claims) {
        return sign(claims, (RSAPrivateKey) KEYS.getPrivate());
    }

    public static String sign(JWTClaimsSet claims, RSAPrivateKey key) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static KeyPair keys() {
        return KEYS;
    }

    public static synchronized String publicKeyLocation() {
        if (publicKey == null) {
            try {
                publicKey = Files.createTempFile("sanctuary-test-issuer", ".pem");
                publicKey.toFile().deleteOnExit();
                String body = Base64.getMimeEncoder(64, "\n".getBytes())
                        .encodeToString(KEYS.getPublic().getEncoded());
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
