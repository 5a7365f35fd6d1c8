package london.sanctuary.local.auth;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.PropertyPlaceholderAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * The local authorization server's own context. It imports only the web server and security
 * auto-configuration it needs, so nothing of Kafka, MongoDB or Cloud Stream on the shared classpath
 * starts here. Two filter chains: the authorization server's endpoints (OpenID Connect on, so sign-in clients get
 * ID tokens and RP-initiated logout at {@code /connect/logout}, which also tells every sign-in client by
 * back-channel logout: {@link BackChannelLogout}), and the sign-in form of the demo users.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableWebSecurity
@ImportAutoConfiguration({
    PropertyPlaceholderAutoConfiguration.class,
    TomcatServletWebServerAutoConfiguration.class,
    DispatcherServletAutoConfiguration.class,
    SecurityFilterAutoConfiguration.class
})
class AuthorizationServerConfiguration {

    private static final String NOOP = "noop";
    private static final OAuth2TokenType ID_TOKEN = new OAuth2TokenType(OidcParameterNames.ID_TOKEN);

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerFilterChain(
            HttpSecurity http,
            JWKSource<SecurityContext> keys,
            @Value("${sanctuary.local.auth.sign-in-clients:}") String signInClients,
            @Value("${sanctuary.local.auth.issuer}") String issuer)
            throws Exception {
        var backChannel = new BackChannelLogout(SignInClients.parse(signInClients), new NimbusJwtEncoder(keys), issuer);
        return http.oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    server.oidc(oidc -> oidc.logoutEndpoint(logout -> logout.logoutResponseHandler(backChannel)));
                })
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"),
                        new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain signInFilterChain(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .formLogin(Customizer.withDefaults())
                .build();
    }

    /**
     * Checks the demo clients' secrets and the demo users' passwords as they are stored, {@code {noop}}, and never
     * re-encodes them. Spring's default would "upgrade" each to BCrypt at its first check and match it with BCrypt at
     * every token request and sign-in after, about 70 ms of CPU each on the quick compiler, to protect secrets the
     * README publishes (decision 0077).
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder(NOOP, Map.of(NOOP, NoOpPasswordEncoder.getInstance()));
    }

    @Bean
    UserDetailsService demoUsers() {
        return new InMemoryUserDetailsManager(DemoUser.ALL.stream()
                .map(user -> User.withUsername(user.username())
                        .password("{noop}" + user.password())
                        .roles("STAFF")
                        .build())
                .toList());
    }

    @Bean
    RegisteredClientRepository registeredClients(
            @Value("${sanctuary.local.auth.sign-in-clients:}") String signInClients) {
        Stream<RegisteredClient> clients = DemoClient.ALL.stream().map(DemoClient::toRegisteredClient);
        Stream<RegisteredClient> signIn =
                SignInClients.parse(signInClients).stream().map(SignInClient::toRegisteredClient);
        return new InMemoryRegisteredClientRepository(
                Stream.concat(clients, signIn).toList());
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(@Value("${sanctuary.local.auth.issuer}") String issuer) {
        return AuthorizationServerSettings.builder().issuer(issuer).build();
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(@Value("${sanctuary.local.auth.key-file}") Path keyFile) throws Exception {
        return new ImmutableJWKSet<>(new JWKSet(SigningKey.loadOrCreate(keyFile)));
    }

    /** Reads ID tokens back: OpenID Connect's logout endpoint checks the {@code id_token_hint} with it. */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> keys) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
    }

    /**
     * The claims every service checks: {@code roles} and {@code borough}, from the demo client for client
     * credentials, from the demo user otherwise (with their {@code name}, in the ID token too).
     */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> platformClaims(
            @Value("${sanctuary.local.auth.audience}") String audience) {
        return context -> {
            boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
            if (accessToken) {
                context.getClaims().audience(List.of(audience));
            }
            if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
                if (accessToken) {
                    var settings = context.getRegisteredClient().getClientSettings();
                    context.getClaims().claim("roles", settings.<List<String>>getSetting(DemoClient.ROLES_SETTING));
                    String borough = settings.getSetting(DemoClient.BOROUGH_SETTING);
                    if (borough != null) {
                        context.getClaims().claim("borough", borough);
                    }
                }
                return;
            }
            if (accessToken || ID_TOKEN.equals(context.getTokenType())) {
                DemoUser.named(context.getPrincipal().getName()).ifPresent(user -> {
                    context.getClaims().claim("name", user.name());
                    context.getClaims().claim("roles", user.roles());
                    user.borough().ifPresent(borough -> context.getClaims().claim("borough", borough));
                });
            }
        };
    }
}
