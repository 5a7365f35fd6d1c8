package london.sanctuary.proof.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Tokens an attacker could bring, each wrong in one way, made from the platform's own issuer, audience
 * and (where the attack needs a valid signature) its real signing key, read from the authorization
 * server's data folder. Each must be refused.
 */
final class ForgedTokens {

    private final RSAKey issuerKey;
    private final String issuer;

    ForgedTokens(Path dataDir, String issuer) throws Exception {
        this.issuerKey = RSAKey.parse(Files.readString(dataDir.resolve("auth").resolve("signing-key.jwk.json")));
        this.issuer = issuer;
    }

    /** Every attack by name, each for a request to {@code borough}'s data. */
    Map<String, String> against(String borough, String realToken) throws Exception {
        Instant now = Instant.now();
        Map<String, String> attacks = new LinkedHashMap<>();
        attacks.put("control: valid officer token", signed(valid(borough, now).build()));
        attacks.put(
                "expired beyond the clock skew",
                signed(valid(borough, now.minus(Duration.ofMinutes(20))).build()));
        attacks.put(
                "wrong audience",
                signed(valid(borough, now).audience("another-service").build()));
        attacks.put(
                "wrong issuer",
                signed(valid(borough, now).issuer("https://evil.example.org").build()));
        attacks.put("alg=none", new PlainJWT(valid(borough, now).build()).serialize());
        attacks.put(
                "HS256 with the RSA public key as HMAC secret",
                hmacWithPublicKey(valid(borough, now).build()));
        attacks.put(
                "borough claim missing",
                signed(valid(borough, now).claim("borough", null).build()));
        attacks.put(
                "borough claim altered, re-signed with a key not in the JWKs",
                foreignSigned(valid(borough, now).build()));
        attacks.put(
                "borough claim altered, unsigned",
                new PlainJWT(valid(borough, now).build()).serialize());
        attacks.put("borough claim altered in a real token, its signature kept", alteredPayload(realToken, borough));
        attacks.put(
                "roles claim missing",
                signed(valid(borough, now).claim("roles", null).build()));
        attacks.put(
                "roles claim empty",
                signed(valid(borough, now).claim("roles", List.of()).build()));
        return attacks;
    }

    /** A token valid in every way but what an attack changes: issued at {@code issuedAt}, for 15 minutes. */
    private JWTClaimsSet.Builder valid(String borough, Instant issuedAt) {
        return new JWTClaimsSet.Builder()
                .issuer(issuer)
                .audience("sanctuary-exchange")
                .subject(borough + "-officer")
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(issuedAt))
                .notBeforeTime(Date.from(issuedAt))
                .expirationTime(Date.from(issuedAt.plus(Duration.ofMinutes(15))))
                .claim("borough", borough)
                .claim("roles", List.of("officer", "service-lead", "move-on"));
    }

    private String signed(JWTClaimsSet claims) throws JOSEException {
        return sign(claims, issuerKey);
    }

    private static String foreignSigned(JWTClaimsSet claims) throws JOSEException {
        return sign(claims, new RSAKeyGenerator(2048).keyID("attacker").generate());
    }

    private static String sign(JWTClaimsSet claims, RSAKey key) throws JOSEException {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    /** The classic confusion: a verifier that takes the key's bytes as an HMAC secret would accept this. */
    private String hmacWithPublicKey(JWTClaimsSet claims) throws JOSEException {
        String pem = "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(issuerKey.toPublicKey().getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.HS256)
                        .keyID(issuerKey.getKeyID())
                        .build(),
                claims);
        jwt.sign(new MACSigner(pem.getBytes(StandardCharsets.US_ASCII)));
        return jwt.serialize();
    }

    /** A real token of another borough whose payload now names {@code borough}; the old signature no longer fits. */
    private static String alteredPayload(String realToken, String borough) throws Exception {
        SignedJWT real = SignedJWT.parse(realToken);
        JWTClaimsSet altered = new JWTClaimsSet.Builder(real.getJWTClaimsSet())
                .claim("borough", borough)
                .build();
        String[] parts = realToken.split("\\.");
        return parts[0] + "." + Base64URL.encode(altered.toString()) + "." + parts[2];
    }
}
