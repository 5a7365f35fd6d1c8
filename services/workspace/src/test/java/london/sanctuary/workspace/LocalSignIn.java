package london.sanctuary.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import london.sanctuary.local.auth.AuthorizationServer;
import london.sanctuary.local.auth.DemoUser;
import london.sanctuary.local.auth.SignInClient;
import london.sanctuary.platform.test.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The local authorization server for the workspace's page tests, started once per test JVM on a free port and told
 * the workspace's port (which the tests then give the workspace), with the same demo users as {@code ./run-local}.
 * {@link #signInAs} waits until the browser has left the authorization server, so a test's next step sees the page.
 */
public final class LocalSignIn {

    public static final int WORKSPACE_PORT = freePort();
    private static final AuthorizationServer SERVER = start();

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
        browser.driver.findElement(By.id("username")).sendKeys(user.username());
        browser.driver.findElement(By.id("password")).sendKeys(user.password());
        browser.driver.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(20))
                .until(driver -> !driver.getCurrentUrl().startsWith(issuer()));
    }

    private static AuthorizationServer start() {
        try {
            return AuthorizationServer.start(
                    freePort(),
                    Files.createTempDirectory("local-auth"),
                    List.of(new SignInClient("workspace", "http://localhost:" + WORKSPACE_PORT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
