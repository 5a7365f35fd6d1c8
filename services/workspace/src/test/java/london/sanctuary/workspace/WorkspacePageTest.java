package london.sanctuary.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import london.sanctuary.platform.test.Accessibility;
import london.sanctuary.platform.test.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A page test of the workspace in real headless Chromium: the shared workspace of {@link WorkspaceMockPageTest} (on
 * {@link LocalSignIn#WORKSPACE_PORT}, every feature's fakes), signing in at the local authorization server. The steps
 * every page test takes are here, once: wait for what the page shows, go to the next page, type, check the page.
 */
public abstract class WorkspacePageTest extends WorkspaceMockPageTest {

    /** How long a step waits for a page or an element before the test fails. */
    protected static final Duration PATIENCE = Duration.ofSeconds(30);

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

    /** The element with this id, once the page shows it. */
    protected WebElement waitFor(String id) {
        return new WebDriverWait(browser.driver, PATIENCE)
                .until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
    }

    /**
     * Follows the link or submits the form by the button with this id, and waits for the page it leads to: the next
     * step must not read, or click on, the page being left (which may hold the same ids).
     */
    protected void toNextPage(String id) {
        toNextPage(browser.driver.findElement(By.id(id)));
    }

    protected void toNextPage(WebElement linkOrButton) {
        browser.clickToNextPage(linkOrButton, PATIENCE);
    }

    /** Replaces what the field with this id holds by {@code text}. */
    protected void type(String id, String text) {
        WebElement field = browser.driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    /** The page, once {@code shown} is displayed, fits the 390 px phone without scrolling sideways and passes axe. */
    protected void fitsThePhoneAndPassesAxe(WebElement shown) {
        assertThat(shown.isDisplayed()).isTrue();
        Object width = browser.script("return document.documentElement.scrollWidth");
        Object screen = browser.script("return window.innerWidth");
        assertThat(((Number) width).longValue())
                .as("no sideways scroll on %s", browser.driver.getCurrentUrl())
                .isLessThanOrEqualTo(((Number) screen).longValue());
        assertThat(((Number) screen).longValue()).isEqualTo(390L);
        Accessibility.assertNoSeriousViolations(browser.driver);
    }
}
