package london.sanctuary.platform.test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
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
    private static final TestIssuer TRUSTED = new TestIssuer(ISSUER);

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
        return sign(claims, (RSAPrivateKey) keys().getPrivate());
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
        return TRUSTED.keys();
    }

    public static String publicKeyLocation() {
        return TRUSTED.publicKeyLocation();
    }
}
