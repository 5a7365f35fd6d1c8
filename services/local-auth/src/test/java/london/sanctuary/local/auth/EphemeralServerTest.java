package london.sanctuary.local.auth;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** A test class against its own local authorization server on a free port, with no sign-in clients. */
abstract class EphemeralServerTest {

    static AuthorizationServer server;

    @BeforeAll
    static void start() {
        server = AuthorizationServer.startEphemeral(List.of());
    }

    @AfterAll
    static void stop() {
        server.close();
    }
}
