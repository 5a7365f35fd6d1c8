package london.sanctuary.local.auth;

import java.nio.file.Path;
import java.util.Map;
import london.sanctuary.local.ContextLauncher;
import org.springframework.context.ConfigurableApplicationContext;

/** The local OAuth2 authorization server: client-credentials tokens for the demo clients. */
public final class AuthorizationServer implements AutoCloseable {

    public static final String AUDIENCE = "sanctuary-exchange";

    private final ConfigurableApplicationContext context;
    private final String issuer;

    private AuthorizationServer(ConfigurableApplicationContext context, String issuer) {
        this.context = context;
        this.issuer = issuer;
    }

    /** Starts on {@code port} with issuer {@code http://localhost:<port>}, keeping its key in {@code dataDir}. */
    public static AuthorizationServer start(int port, Path dataDir) {
        String issuer = "http://localhost:" + port;
        Map<String, Object> wiring = Map.of(
                "spring.config.name",
                "local-authorization-server",
                "server.port",
                port,
                "server.address",
                "localhost",
                "spring.jmx.enabled",
                false,
                "sanctuary.local.auth.issuer",
                issuer,
                "sanctuary.local.auth.audience",
                AUDIENCE,
                "sanctuary.local.auth.key-file",
                dataDir.resolve("signing-key.jwk.json"));
        return new AuthorizationServer(ContextLauncher.run(AuthorizationServerConfiguration.class, wiring), issuer);
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
