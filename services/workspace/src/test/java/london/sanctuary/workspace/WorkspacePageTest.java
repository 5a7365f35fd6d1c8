package london.sanctuary.workspace;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import london.sanctuary.platform.test.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * A page test of the workspace: the workspace on {@link LocalSignIn#WORKSPACE_PORT}, signing in at the local
 * authorization server. A feature's test extends it and replaces its port to a service with a fake (a
 * {@code @TestConfiguration} with a {@code @Primary} bean), or talks to nothing when the page needs no service. The
 * authorization server knows one callback port, so each test class's context is closed after it.
 */
@SpringBootTest(classes = WorkspaceApplication.class, webEnvironment = WebEnvironment.DEFINED_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS) // frees the one port the sign-in knows for the next
@TestPropertySource(properties = "spring.config.name=workspace")
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
