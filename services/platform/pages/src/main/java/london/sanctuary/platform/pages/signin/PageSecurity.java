package london.sanctuary.platform.pages.signin;

import java.time.Clock;
import london.sanctuary.platform.security.BrowserHeaders;
import london.sanctuary.platform.security.SecuritySettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.web.client.RestClient;

/**
 * The pages' own filter chain, before the starter's stateless API chain: a session holding the token the person
 * signed in with, CSRF on every form, a redirect to sign in when there is none (or it has expired), and a
 * Content-Security-Policy with no inline script or style. It matches only the configured page paths.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("sanctuary.pages.sign-in.enabled")
@EnableConfigurationProperties(SignInSettings.class)
public class PageSecurity {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain pageFilterChain(HttpSecurity http, SignInSettings settings, Clock clock) throws Exception {
        LoginUrlAuthenticationEntryPoint signIn = new LoginUrlAuthenticationEntryPoint(settings.signInPath());
        http.securityMatcher(settings.matched())
                .authorizeHttpRequests(auth -> auth.requestMatchers(settings.signInPath())
                        .permitAll()
                        .anyRequest()
                        .hasAnyRole(settings.roles().toArray(String[]::new)))
                .securityContext(
                        context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .addFilterAfter(new SessionTokens(clock), SecurityContextHolderFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(signIn).accessDeniedHandler(new SignInAgain(signIn)))
                .headers(BrowserHeaders.withPolicy(settings.contentSecurityPolicy()));
        return http.build();
    }

    @Bean
    TokenExchange tokenExchange(ObjectProvider<RestClient.Builder> http, SecuritySettings security) {
        if (security.tokenUri() == null) {
            throw new IllegalStateException(
                    "sanctuary.security.token-uri: name the token endpoint the sign-in page exchanges credentials at");
        }
        return new TokenExchange(http.getIfAvailable(RestClient::builder), security.tokenUri());
    }

    @Bean
    SignInController signInController(TokenExchange tokens, JwtDecoder decoder, SignInSettings settings) {
        return new SignInController(tokens, decoder, settings);
    }
}
