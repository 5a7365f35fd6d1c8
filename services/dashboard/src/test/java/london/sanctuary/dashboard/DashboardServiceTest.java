package london.sanctuary.dashboard;

import java.util.List;
import london.sanctuary.local.auth.AuthorizationServer;
import london.sanctuary.local.auth.SignInClient;
import london.sanctuary.platform.test.SanctuaryIntegrationTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * The dashboard started for real against the shared broker and store, on a port its page's sign-in client is
 * registered with at a local authorization server (where staff sign in, as in {@code ./run-local}). One application
 * context for every test class that extends this.
 */
@SanctuaryIntegrationTest
@TestPropertySource(properties = "spring.config.name=dashboard")
abstract class DashboardServiceTest {

    static final int PORT = AuthorizationServer.freePort();
    static final AuthorizationServer SIGN_IN =
            AuthorizationServer.startEphemeral(List.of(new SignInClient("dashboard", "http://localhost:" + PORT)));

    @DynamicPropertySource
    static void signIn(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("sanctuary.pages.sign-in.issuer", SIGN_IN::issuer);
    }
}
