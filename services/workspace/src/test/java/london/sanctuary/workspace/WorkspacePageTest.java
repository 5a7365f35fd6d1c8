package london.sanctuary.workspace;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import london.sanctuary.platform.test.Browser;
import london.sanctuary.workspace.actions.FakeActions;
import london.sanctuary.workspace.directory.FakeDirectory;
import london.sanctuary.workspace.forms.FakeForms;
import london.sanctuary.workspace.moveon.FakeMoveOn;
import london.sanctuary.workspace.people.FakeConsentRecords;
import london.sanctuary.workspace.responses.FakeResponses;
import london.sanctuary.workspace.sessions.FakeSessions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * A page test of the workspace: the workspace on {@link LocalSignIn#WORKSPACE_PORT}, signing in at the local
 * authorization server. The authorization server knows one callback port, so every page-test class shares one
 * workspace (one Spring context, kept for the test JVM): it is started once with every feature's fakes
 * ({@code @TestConfiguration}s with {@code @Primary} beans, imported here and nowhere in the subclasses, which would
 * make a second context on the same port), and each feature's test resets its fakes before each test.
 */
@SpringBootTest(classes = WorkspaceApplication.class, webEnvironment = WebEnvironment.DEFINED_PORT)
@TestPropertySource(properties = "spring.config.name=workspace")
@Import({
    FakeActions.class,
    FakeConsentRecords.Port.class,
    FakeDirectory.Port.class,
    FakeForms.class,
    FakeMoveOn.class,
    FakeResponses.Feedback.class,
    FakeSessions.class
})
public abstract class WorkspacePageTest {

    /** A real headless Chromium on a small phone, one per test; the test is skipped where Chromium is not installed. */
    protected Browser browser;

    @BeforeEach
    void openBrowser() {
        assumeTrue(Browser.isInstalled(), "Debian's chromium and chromium-driver are not installed");
        browser = Browser.phone();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @DynamicPropertySource
    static void signInAtTheLocalServer(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> LocalSignIn.WORKSPACE_PORT);
        registry.add("sanctuary.workspace.issuer", LocalSignIn::issuer);
    }
}
