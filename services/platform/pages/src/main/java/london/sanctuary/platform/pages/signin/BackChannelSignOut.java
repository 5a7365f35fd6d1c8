package london.sanctuary.platform.pages.signin;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.configurers.oauth2.client.OidcBackChannelLogoutHandler;
import org.springframework.security.oauth2.client.oidc.session.InMemoryOidcSessionRegistry;
import org.springframework.security.oauth2.client.oidc.session.OidcSessionRegistry;

/**
 * Sign-out everywhere (OpenID Connect back-channel logout): the sign-in sessions of this application, by the
 * authorization server's session id, so that a logout token from the authorization server — someone signed out of
 * another application — ends theirs here. The session is found by this application's own session cookie (each
 * application on localhost has its own cookie name, {@code server.servlet.session.cookie.name}). A filter chain turns
 * it on with {@code oidcLogout(logout -> logout.backChannel(Customizer.withDefaults()))}.
 */
@Configuration(proxyBeanMethods = false)
public class BackChannelSignOut {

    @Bean
    OidcSessionRegistry oidcSessionRegistry() {
        return new InMemoryOidcSessionRegistry();
    }

    @Bean
    OidcBackChannelLogoutHandler oidcBackChannelLogoutHandler(
            OidcSessionRegistry sessions, @Value("${server.servlet.session.cookie.name:JSESSIONID}") String cookie) {
        OidcBackChannelLogoutHandler handler = new OidcBackChannelLogoutHandler(sessions);
        handler.setSessionCookieName(cookie);
        return handler;
    }
}
