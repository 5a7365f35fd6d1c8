package london.sanctuary.platform.security;

import java.util.List;
import london.sanctuary.contracts.Borough;
import org.springframework.core.io.Resource;

/**
 * One identity provider whose tokens this service accepts, and the boroughs it may speak for: a token it signed
 * acts only for a borough in {@code boroughs} (a Barnet council's Entra ID never for Newham); the one-issuer
 * shorthand {@code sanctuary.security.issuer} lists every borough this deployment serves; none (null or empty) is
 * an issuer for tokens that name no borough (the GLA's analysts). Its keys come from {@code jwkSetUri}, or
 * {@code publicKeyLocation} (a PEM file, for tests and offline use); {@code audience} null is the shared one.
 * {@code borough} is for a provider that cannot put a {@code borough} claim in its tokens (Entra ID without a
 * claims-mapping policy): every token of the issuer acts for that one borough, given the claim when it has none.
 */
public record TrustedIssuer(
        String issuer,
        String jwkSetUri,
        Resource publicKeyLocation,
        String audience,
        List<String> boroughs,
        String borough) {

    public TrustedIssuer {
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalArgumentException("sanctuary.security.issuers[].issuer: name the token issuer");
        }
        if (jwkSetUri == null && publicKeyLocation == null) {
            throw new IllegalArgumentException("sanctuary.security.issuers[].jwk-set-uri: name where " + issuer
                    + "'s signing keys come from (or public-key-location)");
        }
        if (borough != null) {
            Borough.of(borough);
            if (boroughs != null && !boroughs.isEmpty() && !boroughs.equals(List.of(borough))) {
                throw new IllegalArgumentException("sanctuary.security.issuers[]: " + issuer + " has the fixed borough "
                        + borough + ": it may speak for no other");
            }
            boroughs = List.of(borough);
        }
        boroughs = boroughs == null ? List.of() : List.copyOf(boroughs);
        boroughs.forEach(Borough::of);
    }

    /** Whether a token of this issuer naming {@code borough} (null: none) may act for it. */
    public boolean speaksFor(String borough) {
        return borough == null || boroughs.contains(borough);
    }
}
