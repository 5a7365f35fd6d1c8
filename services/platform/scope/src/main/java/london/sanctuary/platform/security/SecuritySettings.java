package london.sanctuary.platform.security;

import java.util.ArrayList;
import java.util.List;
import london.sanctuary.contracts.Borough;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * How bearer tokens are checked: the issuers they may come from, each with its signing keys (a JWK set URL, or a
 * PEM public key for tests and offline use) and the boroughs it may speak for ({@link TrustedIssuer}), and the
 * audience they must carry; and the token endpoint, where a service's own clients and the staff sign-in get their
 * tokens. {@code issuer} with {@code jwk-set-uri} (or {@code public-key-location}) is the one-issuer shorthand,
 * trusted for the boroughs this deployment serves ({@code sanctuary.boroughs}) and no other, unless
 * {@code issuer-boroughs} names them ({@code all}: every London borough, for the GLA dashboard, which every borough's
 * officers read); {@code issuers[…]} lists issuers bound to boroughs; both may be given.
 */
@ConfigurationProperties("sanctuary.security")
public record SecuritySettings(
        String issuer,
        String audience,
        String jwkSetUri,
        Resource publicKeyLocation,
        List<TrustedIssuer> issuers,
        List<String> publicPaths,
        String tokenUri,
        List<String> issuerBoroughs) {

    public SecuritySettings {
        if ((issuer == null || issuer.isBlank()) && (issuers == null || issuers.isEmpty())) {
            throw new IllegalArgumentException(
                    "sanctuary.security.issuer: name the token issuer (or list sanctuary.security.issuers)");
        }
        if (issuer != null && jwkSetUri == null && publicKeyLocation == null) {
            throw new IllegalArgumentException(
                    "sanctuary.security.jwk-set-uri: name where the signing keys come from (or public-key-location)");
        }
        audience = audience == null ? "sanctuary-exchange" : audience;
        issuers = issuers == null ? List.of() : List.copyOf(issuers);
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
        issuerBoroughs = issuerBoroughs == null ? List.of() : List.copyOf(issuerBoroughs);
    }

    /**
     * Every issuer trusted: the shorthand's first, for the boroughs this deployment serves ({@code served}, from
     * {@code sanctuary.boroughs}) and no other, then the list, each for the boroughs it lists (none: only tokens
     * that name no borough).
     */
    public List<TrustedIssuer> trustedIssuers(List<String> served) {
        List<TrustedIssuer> trusted = new ArrayList<>();
        if (hasShorthand()) {
            trusted.add(
                    new TrustedIssuer(issuer, jwkSetUri, publicKeyLocation, audience, shorthandBoroughs(served), null));
        }
        issuers.forEach(each -> trusted.add(new TrustedIssuer(
                each.issuer(),
                each.jwkSetUri(),
                each.publicKeyLocation(),
                each.audience() != null ? each.audience() : audience,
                each.boroughs(),
                each.borough())));
        return List.copyOf(trusted);
    }

    /** The names of the issuers trusted, the shorthand's first. */
    public List<String> issuerNames() {
        List<String> names = new ArrayList<>();
        if (hasShorthand()) {
            names.add(issuer);
        }
        issuers.forEach(each -> names.add(each.issuer()));
        return List.copyOf(names);
    }

    /** The issuer staff sign in at unless the pages name their own: the shorthand's, else the first listed. */
    public String signInIssuer() {
        return issuerNames().get(0);
    }

    private List<String> shorthandBoroughs(List<String> served) {
        if (issuerBoroughs.contains("all")) {
            return Borough.all().stream().map(Borough::code).toList();
        }
        return issuerBoroughs.isEmpty() ? served : issuerBoroughs;
    }

    private boolean hasShorthand() {
        return issuer != null && !issuer.isBlank();
    }
}
