package london.sanctuary.platform.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * OAuth2 resource server for every service: RS256 tokens from the trusted issuers ({@link TrustedIssuers}), each
 * for the boroughs it may speak for, for one audience, with the
 * caller's roles in the {@code roles} claim and its borough in {@code borough}. Stateless: no session,
 * no cookie, so no CSRF on the API; the public pages' forms keep theirs in a cookie ({@link PublicPagesCsrf}).
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
    SecurityFilterChain apiSecurity(
            HttpSecurity http, SecuritySettings settings, TrustedIssuers issuers, ProblemSecurityHandler problems)
            throws Exception {
        List<String> open = new ArrayList<>(List.of(ALWAYS_PUBLIC));
        open.addAll(settings.publicPaths());
        http.authorizeHttpRequests(auth -> auth.requestMatchers(open.toArray(String[]::new))
                        .permitAll()
                        .anyRequest()
                        .access(withARole(issuers)))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**").csrfTokenRepository(new PublicPagesCsrf()))
                .headers(BrowserHeaders.withPolicy(BrowserHeaders.CSP))
                .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .oauth2ResourceServer(rs -> rs.authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems)
                        .authenticationManagerResolver(issuers.resolver(rolesFromClaim())));
        return http.build();
    }

    /**
     * Spring Security's own observations off: it wraps every filter of the chain, and each authentication and
     * authorization, in an observation (a timer and a span each) - a fifth of the CPU of the public form's requests
     * in the profile of decision 0061, for figures nothing reads. Each request is still observed once, as {@code
     * http.server.requests}, with its trace.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    ProblemSecurityHandler problemSecurityHandler(ObjectProvider<PageRefusal> pages) {
        return new ProblemSecurityHandler(pages.orderedStream().toList());
    }

    /**
     * Authenticated, and holding at least one role: a valid token with no role is refused (403), not let
     * through to every endpoint that checks only the borough. And a token whose issuer may not speak for the
     * borough it names is refused (403) on every path, the exchange's included.
     */
    private static AuthorizationManager<RequestAuthorizationContext> withARole(TrustedIssuers issuers) {
        return (authentication, request) -> {
            Authentication caller = authentication.get();
            if (caller != null && !issuers.bindsItsBorough(caller)) {
                return new TrustedIssuers.NotForThisIssuer();
            }
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
}
