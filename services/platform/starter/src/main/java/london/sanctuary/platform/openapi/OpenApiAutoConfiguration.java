package london.sanctuary.platform.openapi;

import java.net.URI;
import london.sanctuary.platform.security.BrowserHeaders;
import london.sanctuary.platform.security.SecuritySettings;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every service's OpenAPI document made usable ({@link BearerSecurity}, {@link OperationSummaries}, {@link
 * ProblemResponses}), and Swagger UI's own filter chain: open, stateless, under the platform's
 * Content-Security-Policy relaxed for it alone ({@link #swaggerUiPolicy}).
 */
@AutoConfiguration
@ConditionalOnProperty("sanctuary.service")
@ConditionalOnClass(OpenApiCustomizer.class)
public class OpenApiAutoConfiguration {

    static final String[] SWAGGER_UI = {"/swagger-ui/**", "/swagger-ui.html"};

    @Bean
    OperationSummaries operationSummaries() {
        return new OperationSummaries();
    }

    @Bean
    ProblemResponses problemResponses() {
        return new ProblemResponses();
    }

    @Bean
    BearerSecurity bearerSecurity(SecuritySettings settings) {
        return new BearerSecurity(settings);
    }

    /** Before the API's chain, which matches every path; after the pages' chain, which matches only theirs. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 10)
    SecurityFilterChain swaggerUiFilterChain(HttpSecurity http, SecuritySettings settings) throws Exception {
        http.securityMatcher(SWAGGER_UI)
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(BrowserHeaders.withPolicy(swaggerUiPolicy(settings.tokenUri())));
        return http.build();
    }

    /**
     * The platform's policy, but for two things: Swagger UI adds a {@code <style>} element of its own, so inline
     * styles are allowed here (never inline script, never {@code eval}); and the token endpoint's origin is added to
     * {@code connect-src} when there is one, for its client-credentials sign-in.
     */
    static String swaggerUiPolicy(String tokenUri) {
        String policy = BrowserHeaders.CSP.replace("style-src 'self';", "style-src 'self' 'unsafe-inline';");
        if (tokenUri == null) {
            return policy;
        }
        URI token = URI.create(tokenUri);
        return policy + "; connect-src 'self' " + token.getScheme() + "://" + token.getRawAuthority();
    }
}
