package london.sanctuary.local.auth;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.boot.Banner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The local OAuth2 / OpenID Connect authorization server. LOCAL ONLY: client-credentials tokens for the demo
 * clients (service to service), and named sign-in of the demo users (authorization code with PKCE) for the
 * {@link SignInClient}s it is told of.
 */
public final class AuthorizationServer implements AutoCloseable {

    public static final String AUDIENCE = "sanctuary-exchange";

    /** Its session cookie's name: not {@code JSESSIONID}, which the applications on other localhost ports use. */
    static final String SESSION_COOKIE = "SANCTUARY_AUTH_SESSION";

    private final ConfigurableApplicationContext context;
    private final String issuer;

    private AuthorizationServer(ConfigurableApplicationContext context, String issuer) {
        this.context = context;
        this.issuer = issuer;
    }

    /** Starts on {@code port} with issuer {@code http://localhost:<port>}, keeping its key in {@code dataDir}. */
    public static AuthorizationServer start(int port, Path dataDir, List<SignInClient> signInClients) {
        String issuer = "http://localhost:" + port;
        Map<String, Object> wiring = Map.of(
                "server.port",
                port,
                "server.address",
                "localhost",
                "server.servlet.session.cookie.name",
                SESSION_COOKIE,
                "spring.jmx.enabled",
                false,
                "sanctuary.local.auth.issuer",
                issuer,
                "sanctuary.local.auth.audience",
                AUDIENCE,
                "sanctuary.local.auth.key-file",
                dataDir.resolve("signing-key.jwk.json"),
                "sanctuary.local.auth.sign-in-clients",
                SignInClients.format(signInClients));
        // Passed as command-line arguments, so they win over environment variables every context in the JVM shares.
        String[] args = wiring.entrySet().stream()
                .map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
                .toArray(String[]::new);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(AuthorizationServerConfiguration.class)
                .bannerMode(Banner.Mode.OFF)
                .registerShutdownHook(false)
                .properties("spring.config.name=local-authorization-server")
                .run(args);
        return new AuthorizationServer(context, issuer);
    }

    /**
     * Starts on a free port with a fresh key in a temporary folder: for page tests, which sign in through it, as
     * the services' sign-in clients (their ports chosen with {@link #freePort()}).
     */
    public static AuthorizationServer startEphemeral(List<SignInClient> signInClients) {
        try {
            return start(freePort(), java.nio.file.Files.createTempDirectory("local-auth"), signInClients);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A port free now, for a server about to start. */
    public static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** One of its beans, for tests of how it keeps its clients and users. */
    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public String issuer() {
        return issuer;
    }

    public String jwkSetUri() {
        return issuer + "/oauth2/jwks";
    }

    public String tokenUri() {
        return issuer + "/oauth2/token";
    }

    @Override
    public void close() {
        context.close();
    }
}
