package london.sanctuary.workspace.signin;

import london.sanctuary.platform.pages.GovukFrontendAssets;
import london.sanctuary.platform.pages.signin.BackChannelSignOut;
import london.sanctuary.platform.security.BrowserHeaders;
import london.sanctuary.workspace.services.WorkspaceSettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * Named sign-in: OpenID Connect, authorization code with PKCE, at the authorization server. The session holds the person's tokens; the browser holds only the session cookie. Every form
 * carries a CSRF token; signing out ends the session here and at the authorization server (RP-initiated logout), so
 * the next visit asks for a password again; signing out of another application ends this session too (back-channel
 * logout, {@link BackChannelSignOut}). A session that has ended says so ({@link SessionEnded}) and signing in
 * again returns to the page, with its query (the filters), that the person asked for. The registration is {@value
 * WorkspaceSettings#REGISTRATION}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WorkspaceSettings.class)
@Import(BackChannelSignOut.class)
public class WorkspaceSecurity {

    public static final String SIGN_IN = "/oauth2/authorization/" + WorkspaceSettings.REGISTRATION;
    public static final String SIGN_OUT = "/sign-out";

    @Bean
    SecurityFilterChain workspace(
            HttpSecurity http,
            ClientRegistrationRepository registrations,
            WorkspaceSettings settings,
            @Value("${server.servlet.session.cookie.name}") String sessionCookie)
            throws Exception {
        var requests = new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
        requests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        var askedFor = new HttpSessionRequestCache();
        askedFor.setMatchingRequestParameterName(null); // back to the very address, without a "continue" added
        var signedOut = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        signedOut.setPostLogoutRedirectUri("{baseUrl}/signed-out");
        return http.authorizeHttpRequests(authorize -> authorize
                        .requestMatchers(
                                GovukFrontendAssets.PATH + "**",
                                "/public/**",
                                "/assets/**",
                                "/signed-out",
                                "/logout/connect/back-channel/**",
                                SessionEnded.PATH,
                                "/actuator/health/**",
                                "/error")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .oauth2Login(login ->
                        login.authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(requests)))
                .requestCache(cache -> cache.requestCache(askedFor))
                .oidcLogout(logout -> logout.backChannel(Customizer.withDefaults()))
                .logout(logout -> logout.logoutUrl(SIGN_OUT)
                        .logoutSuccessHandler(signedOut)
                        .deleteCookies(sessionCookie))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(SessionEnded.entryPoint(SIGN_IN))
                        .accessDeniedHandler(SessionEnded.accessDeniedHandler()))
                .headers(BrowserHeaders.withPolicy(policy(settings)))
                .build();
    }

    /** The platform's policy, but forms may also lead to the authorization server: signing out goes there. */
    static String policy(WorkspaceSettings settings) {
        return BrowserHeaders.CSP.replace("form-action 'self'", "form-action 'self' " + settings.issuer());
    }

    /** Relays the person's access token, refreshing it when it has expired. */
    @Bean
    OAuth2AuthorizedClientManager authorizedClients(
            ClientRegistrationRepository registrations, OAuth2AuthorizedClientRepository authorized) {
        var manager = new DefaultOAuth2AuthorizedClientManager(registrations, authorized);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode()
                .refreshToken()
                .build());
        return manager;
    }

    @Bean
    GovukFrontendAssets govukFrontendAssets() {
        return new GovukFrontendAssets();
    }
}
