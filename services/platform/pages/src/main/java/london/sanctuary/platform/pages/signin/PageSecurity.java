package london.sanctuary.platform.pages.signin;

import java.time.Clock;
import london.sanctuary.platform.security.BrowserHeaders;
import london.sanctuary.platform.security.SecuritySettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * The pages' own filter chain, before the starter's stateless API chain: staff sign in by OpenID Connect
 * (authorization code with PKCE) at the authorization server every application shares, so someone already signed in
 * elsewhere (the workspace) comes straight in, by name; the session holds their access token, which becomes the
 * caller on each request ({@link SessionTokens}). CSRF on every form, a Content-Security-Policy with no inline
 * script or style; signing out ends the sign-in at the authorization server (and so in every application), and a
 * sign-out elsewhere ends the session here (back-channel logout). It matches only the configured page paths and
 * sign-in's own.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("sanctuary.pages.sign-in.enabled")
@EnableConfigurationProperties(SignInSettings.class)
@Import(BackChannelSignOut.class)
public class PageSecurity {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain pageFilterChain(
            HttpSecurity http, SignInSettings settings, SignInProvider provider, Clock clock) throws Exception {
        var signIn = new LoginUrlAuthenticationEntryPoint(SignInProvider.AUTHORIZE);
        ClientRegistrationRepository registrations = provider.registrations();
        OAuth2AuthorizedClientRepository authorized = new HttpSessionOAuth2AuthorizedClientRepository();
        var requests = new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
        requests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        var signOut = new SignOut(provider, settings);
        http.securityMatcher(settings.matched())
                .authorizeHttpRequests(auth -> auth.requestMatchers(settings.open())
                        .permitAll()
                        .anyRequest()
                        .hasAnyRole(settings.roles().toArray(String[]::new)))
                .securityContext(
                        context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                .addFilterAfter(new SessionTokens(clock), SecurityContextHolderFilter.class)
                .oauth2Login(login -> login.clientRegistrationRepository(registrations)
                        .authorizedClientRepository(authorized)
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(requests))
                        .successHandler(new SignedIn(provider, authorized, settings))
                        .failureHandler((request, response, failed) ->
                                response.sendRedirect(request.getContextPath() + settings.signInPath() + "?error")))
                .requestCache(cache -> cache.requestCache(askedFor()))
                .oidcLogout(logout ->
                        logout.clientRegistrationRepository(registrations).backChannel(Customizer.withDefaults()))
                .logout(logout -> logout.logoutUrl(settings.signOutPath())
                        .addLogoutHandler(signOut)
                        .logoutSuccessHandler(signOut))
                .exceptionHandling(e -> e.authenticationEntryPoint(signIn)
                        .accessDeniedHandler(new SignInAgain(signIn, settings.signInPath())))
                .headers(BrowserHeaders.withPolicy(settings.contentSecurityPolicy(provider.issuer())));
        return http.build();
    }

    /** The page someone asked for before signing in, to go back to: the very address, without a "continue" added. */
    static HttpSessionRequestCache askedFor() {
        var askedFor = new HttpSessionRequestCache();
        askedFor.setMatchingRequestParameterName(null);
        return askedFor;
    }

    @Bean
    SignInProvider signInProvider(SignInSettings settings, SecuritySettings security) {
        return new SignInProvider(settings, security);
    }

    @Bean
    SignInController signInController(SignInSettings settings) {
        return new SignInController(settings);
    }
}
