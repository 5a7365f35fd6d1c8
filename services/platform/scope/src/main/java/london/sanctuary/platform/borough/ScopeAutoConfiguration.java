package london.sanctuary.platform.borough;

import java.util.List;
import london.sanctuary.platform.security.SecurityConfiguration;
import london.sanctuary.platform.security.SecuritySettings;
import london.sanctuary.platform.security.TrustedIssuers;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who is calling and for which borough: JWT security ({@link SecurityConfiguration}) and, on every
 * {@code /api/boroughs/{borough}/**} and {@code /boroughs/{borough}/**} path, the borough scope ({@link BoroughScope})
 * over the boroughs this deployment serves ({@code sanctuary.boroughs}).
 */
@AutoConfiguration(
        beforeName = {
            "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
            "org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
            "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration"
        })
@ConditionalOnProperty("sanctuary.service")
@Import(SecurityConfiguration.class)
public class ScopeAutoConfiguration {

    @Bean
    ServedBoroughs servedBoroughs(@Value("${sanctuary.boroughs}") String[] boroughs) {
        return new ServedBoroughs(List.of(boroughs));
    }

    /** The issuers trusted, the one-issuer shorthand for the boroughs served and no other (decision 0051). */
    @Bean
    TrustedIssuers trustedIssuers(SecuritySettings settings, ServedBoroughs served) {
        return new TrustedIssuers(settings.trustedIssuers(served.codes()));
    }

    /** After the store's circuit breaker (which refuses first while the store is away), before the services' own. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    WebMvcConfigurer boroughScoping(ServedBoroughs served) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new BoroughScope(served)).addPathPatterns("/api/boroughs/**", "/boroughs/**");
            }
        };
    }
}
