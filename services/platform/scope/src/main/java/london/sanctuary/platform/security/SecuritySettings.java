package london.sanctuary.platform.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * How bearer tokens are checked: the issuer they must name, the audience they must carry, and where
 * the signing keys come from (a JWK set URL, or a PEM public key for tests and offline use); and the
 * issuer's token endpoint, where a service's own clients and the staff sign-in get their tokens.
 */
@ConfigurationProperties("sanctuary.security")
public record SecuritySettings(
        String issuer,
        String audience,
        String jwkSetUri,
        Resource publicKeyLocation,
        List<String> publicPaths,
        String tokenUri) {

    public SecuritySettings {
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalArgumentException("sanctuary.security.issuer: name the token issuer");
        }
        if (jwkSetUri == null && publicKeyLocation == null) {
            throw new IllegalArgumentException(
                    "sanctuary.security.jwk-set-uri: name where the signing keys come from (or public-key-location)");
        }
        audience = audience == null ? "sanctuary-exchange" : audience;
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
    }
}
