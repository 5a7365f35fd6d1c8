package london.sanctuary.workspace;

import java.util.List;
import london.sanctuary.local.auth.AuthorizationServer;
import london.sanctuary.local.auth.DemoUser;
import london.sanctuary.local.auth.SignInClient;
import london.sanctuary.platform.test.Browser;

/**
 * The local authorization server for the workspace's page tests, started once per test JVM on a free port and told
 * the workspace's port (which the tests then give the workspace), with the same demo users as {@code ./run-local}.
 * {@link #signInAs} waits until the browser has left the authorization server, so a test's next step sees the page.
 */
public final class LocalSignIn {

    public static final int WORKSPACE_PORT = AuthorizationServer.freePort();
    private static final AuthorizationServer SERVER = AuthorizationServer.startEphemeral(
            List.of(new SignInClient("workspace", "http://localhost:" + WORKSPACE_PORT)));

    private LocalSignIn() {}

    public static String issuer() {
        return SERVER.issuer();
    }

    public static String workspace(String path) {
        return "http://localhost:" + WORKSPACE_PORT + path;
    }

    /** Fills in the authorization server's sign-in form as this demo user. */
    public static void signInAs(Browser browser, String username) {
        DemoUser user = DemoUser.named(username).orElseThrow();
        browser.signInAt(issuer(), user.username(), user.password());
    }
}
