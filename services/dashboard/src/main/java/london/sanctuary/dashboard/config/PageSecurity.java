package london.sanctuary.dashboard.config;

import java.time.Clock;
import london.sanctuary.dashboard.signin.web.SessionTokens;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;

/**
 * The page's own filter chain, before the starter's stateless API chain: a session holding the token
 * the person signed in with, CSRF on every form, a redirect to sign in when there is none (or it has
 * expired), and a Content-Security-Policy with no inline script or style.
 */
@Configuration(proxyBeanMethods = false)
class PageSecurity {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain pageFilterChain(HttpSecurity http, Clock clock) throws Exception {
        http.securityMatcher("/dashboard", "/dashboard/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers("/dashboard/sign-in")
                        .permitAll()
                        .anyRequest()
                        .hasAnyRole("analyst", "officer"))
                .securityContext(
                        context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .addFilterAfter(new SessionTokens(clock), SecurityContextHolderFilter.class)
                .exceptionHandling(
                        e -> e.authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint("/dashboard/sign-in")))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP)));
        return http.build();
    }
}
