package london.sanctuary.platform.security;

import java.io.IOException;
import java.io.InputStream;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * OAuth2 resource server for every service: RS256 tokens from one issuer, for one audience, with the
 * caller's roles in the {@code roles} claim and its borough in {@code borough}. Stateless: no session,
 * no cookie, so no CSRF on the API.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecuritySettings.class)
public class SecurityConfiguration {

    public static final String ROLES_CLAIM = "roles";
    public static final String BOROUGH_CLAIM = "borough";
    private static final String ROLE_PREFIX = "ROLE_";

    private static final String[] ALWAYS_PUBLIC = {
        "/actuator/health/**",
        "/actuator/info",
        "/actuator/prometheus",
        "/v3/api-docs/**",
        "/swagger-ui/**",
        "/swagger-ui.html",
        "/error",
        "/public/**",
        // GOV.UK Frontend's stylesheet asks for its fonts and images here
        "/assets/**"
    };

    @Bean
    SecurityFilterChain apiSecurity(HttpSecurity http, SecuritySettings settings, ProblemSecurityHandler problems)
            throws Exception {
        List<String> open = new ArrayList<>(List.of(ALWAYS_PUBLIC));
        open.addAll(settings.publicPaths());
        http.authorizeHttpRequests(auth -> auth.requestMatchers(open.toArray(String[]::new))
                        .permitAll()
                        .anyRequest()
                        .access(withARole()))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .headers(BrowserHeaders.withPolicy(BrowserHeaders.CSP))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .oauth2ResourceServer(rs -> rs.authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems)
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(rolesFromClaim())));
        return http.build();
    }

    @Bean
    ProblemSecurityHandler problemSecurityHandler() {
        return new ProblemSecurityHandler();
    }

    @Bean
    JwtDecoder jwtDecoder(SecuritySettings settings) throws IOException {
        NimbusJwtDecoder decoder = settings.publicKeyLocation() != null
                ? NimbusJwtDecoder.withPublicKey(readPublicKey(settings)).build()
                : NimbusJwtDecoder.withJwkSetUri(settings.jwkSetUri()).build();
        OAuth2TokenValidator<Jwt> audience = new JwtClaimValidator<List<String>>(
                JwtClaimNames.AUD, aud -> aud != null && aud.contains(settings.audience()));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(settings.issuer()), audience));
        return decoder;
    }

    /**
     * Authenticated, and holding at least one role: a valid token with no role is refused (403), not let
     * through to every endpoint that checks only the borough.
     */
    private static AuthorizationManager<RequestAuthorizationContext> withARole() {
        return (authentication, request) -> {
            Authentication caller = authentication.get();
            boolean allowed = caller != null
                    && caller.isAuthenticated()
                    && !(caller instanceof AnonymousAuthenticationToken)
                    && caller.getAuthorities().stream()
                            .anyMatch(authority ->
                                    String.valueOf(authority.getAuthority()).startsWith(ROLE_PREFIX));
            return new AuthorizationDecision(allowed);
        };
    }

    private static JwtAuthenticationConverter rolesFromClaim() {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(ROLES_CLAIM);
        roles.setAuthorityPrefix(ROLE_PREFIX);
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        return converter;
    }

    private static RSAPublicKey readPublicKey(SecuritySettings settings) throws IOException {
        try (InputStream in = settings.publicKeyLocation().getInputStream()) {
            String pem = new String(in.readAllBytes())
                    .replaceAll("-----[A-Z ]+-----", "")
                    .replaceAll("\\s", "");
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("sanctuary.security.public-key-location: not an RSA public key", e);
        }
    }
}
