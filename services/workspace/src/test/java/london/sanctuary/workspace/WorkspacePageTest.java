package london.sanctuary.workspace;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import london.sanctuary.platform.test.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A page test of the workspace in real headless Chromium: the shared workspace of {@link WorkspaceMockPageTest} (on
 * {@link LocalSignIn#WORKSPACE_PORT}, every feature's fakes), signing in at the local authorization server.
 */
public abstract class WorkspacePageTest extends WorkspaceMockPageTest {

    /**
     * A real headless Chromium on a small phone, lent to this test and forgetting it after; the test is skipped where
     * Chromium is not installed.
     */
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
}
