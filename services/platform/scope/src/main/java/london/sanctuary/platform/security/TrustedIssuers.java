package london.sanctuary.platform.security;

import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;

/**
 * The one place that knows which issuers are trusted and for which boroughs. A bearer token is checked against its
 * own issuer's keys and audience (an issuer not listed: 401); {@link #bindsItsBorough} then refuses (403) a valid
 * token whose {@code borough} claim names a borough its issuer may not speak for.
 */
public final class TrustedIssuers {

    private final Map<String, TrustedIssuer> byIssuer = new LinkedHashMap<>();

    public TrustedIssuers(List<TrustedIssuer> issuers) {
        for (TrustedIssuer each : issuers) {
            if (byIssuer.putIfAbsent(each.issuer(), each) != null) {
                throw new IllegalArgumentException("sanctuary.security.issuers: " + each.issuer() + " is listed twice");
            }
        }
    }

    /** For the resource server: each token to its own issuer's decoder, by its unverified {@code iss}. */
    JwtIssuerAuthenticationManagerResolver resolver(
            Converter<Jwt, ? extends AbstractAuthenticationToken> authentication) {
        Map<String, AuthenticationManager> managers = new LinkedHashMap<>();
        byIssuer.values().forEach(issuer -> {
            JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder(issuer));
            Converter<Jwt, AbstractAuthenticationToken> converter =
                    jwt -> authentication.convert(withBorough(jwt, issuer));
            provider.setJwtAuthenticationConverter(converter);
            managers.put(issuer.issuer(), provider::authenticate);
        });
        return new JwtIssuerAuthenticationManagerResolver(managers::get);
    }

    /** Whether the caller's token, if it is one, names only a borough its issuer may speak for. */
    public boolean bindsItsBorough(Authentication caller) {
        if (!(caller instanceof JwtAuthenticationToken token)) {
            return true;
        }
        TrustedIssuer issuer = byIssuer.get(token.getToken().getClaimAsString(JwtClaimNames.ISS));
        return issuer != null
                && issuer.speaksFor(token.getToken().getClaimAsString(SecurityConfiguration.BOROUGH_CLAIM));
    }

    /** The token with its issuer's fixed borough as its {@code borough} claim, if it names none. */
    private static Jwt withBorough(Jwt jwt, TrustedIssuer issuer) {
        if (issuer.borough() == null || jwt.hasClaim(SecurityConfiguration.BOROUGH_CLAIM)) {
            return jwt;
        }
        return Jwt.withTokenValue(jwt.getTokenValue())
                .headers(headers -> headers.putAll(jwt.getHeaders()))
                .claims(claims -> {
                    claims.putAll(jwt.getClaims());
                    claims.put(SecurityConfiguration.BOROUGH_CLAIM, issuer.borough());
                })
                .build();
    }

    /** A valid token refused because its issuer may not act for the borough it names. */
    static final class NotForThisIssuer extends AuthorizationDecision {

        NotForThisIssuer() {
            super(false);
        }
    }

    private static NimbusJwtDecoder decoder(TrustedIssuer issuer) {
        NimbusJwtDecoder decoder = issuer.publicKeyLocation() != null
                ? NimbusJwtDecoder.withPublicKey(readPublicKey(issuer)).build()
                : NimbusJwtDecoder.withJwkSetUri(issuer.jwkSetUri()).build();
        OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>(
                JwtClaimNames.AUD, aud -> aud != null && aud.contains(issuer.audience()));
        decoder.setJwtValidator(
                new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer.issuer()), audience));
        return decoder;
    }

    private static RSAPublicKey readPublicKey(TrustedIssuer issuer) {
        try (InputStream in = issuer.publicKeyLocation().getInputStream()) {
            String pem = new String(in.readAllBytes())
                    .replaceAll("-----[A-Z ]+-----", "")
                    .replaceAll("\\s", "");
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(
                    "sanctuary.security public-key-location of " + issuer.issuer() + ": not an RSA public key", e);
        }
    }
}
