package london.sanctuary.workspace;

import static london.sanctuary.workspace.LocalSignIn.signInAs;
import static london.sanctuary.workspace.LocalSignIn.workspace;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import london.sanctuary.platform.test.Accessibility;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Every workspace page there is, and the authorization server's sign-in page before it, in real Chromium through
 * axe-core (WCAG 2.2 A and AA): no serious or critical violation, in English and in Arabic, on a small phone.
 */
class WorkspaceAccessibilityTests extends WorkspacePageTest {

    @ParameterizedTest(name = "in {0}")
    @ValueSource(strings = {"en", "ar"})
    void everyPageFromSignInToSignedOutHasNoSeriousAccessibilityViolation(String lang) {
        // given the sign-in page at the authorization server, with a wrong password and then right
        browser.driver.get(workspace("/?lang=" + lang));
        assertThat(browser.driver.getCurrentUrl()).startsWith(LocalSignIn.issuer());
        Accessibility.assertNoSeriousViolations(browser.driver);
        browser.driver.findElement(By.id("username")).sendKeys("newham.lead");
        browser.driver.findElement(By.id("password")).sendKeys("guess");
        browser.driver.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("error"));
        Accessibility.assertNoSeriousViolations(browser.driver);
        signInAs(browser, "newham.lead");

        // when the service lead sees home, a page that is not there and one their roles do not open
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang"))
                .isEqualTo(lang);
        Accessibility.assertNoSeriousViolations(browser.driver);
        browser.screenshot("workspace-home-" + lang);
        browser.driver.get(workspace("/no-such-page?lang=" + lang));
        Accessibility.assertNoSeriousViolations(browser.driver);
        browser.driver.get(workspace("/forbidden?lang=" + lang));
        Accessibility.assertNoSeriousViolations(browser.driver);

        // then signing out, and a session that ended, are accessible too
        browser.driver.findElement(By.id("sign-out")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(ExpectedConditions.urlContains("/signed-out"));
        browser.driver.get(workspace("/signed-out?lang=" + lang));
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("dir"))
                .isEqualTo(lang.equals("ar") ? "rtl" : "ltr");
        Accessibility.assertNoSeriousViolations(browser.driver);
        browser.driver.manage().addCookie(new Cookie("SANCTUARY_WORKSPACE_SESSION", "ended"));
        browser.driver.get(workspace("/?lang=" + lang));
        assertThat(browser.driver.getCurrentUrl()).isEqualTo(workspace("/session-ended"));
        browser.driver.get(workspace("/session-ended?lang=" + lang));
        Accessibility.assertNoSeriousViolations(browser.driver);
    }
}
