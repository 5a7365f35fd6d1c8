package london.sanctuary.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import london.sanctuary.platform.security.BrowserHeaders;
import london.sanctuary.platform.test.ApiClient;
import london.sanctuary.platform.test.Browser;
import london.sanctuary.platform.test.SanctuaryIntegrationTest;
import london.sanctuary.platform.test.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Swagger UI in a real headless Chromium, under the platform's Content-Security-Policy. */
@SanctuaryIntegrationTest
class SwaggerUiTests {

    static final Duration SECONDS = Duration.ofSeconds(30);

    /** Records every refusal of the Content-Security-Policy, from before the page's first script runs. */
    static final String WATCH_CSP = "window.cspViolations = [];"
            + "document.addEventListener('securitypolicyviolation',"
            + " e => window.cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));";

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        assumeTrue(Browser.isInstalled(), "Debian's chromium and chromium-driver are not installed");
        browser = Browser.phone(new org.openqa.selenium.Dimension(1280, 900));
        browser.driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", WATCH_CSP));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void swaggerUiRendersUnderThePolicyWithAnAuthorizeButtonAndTriesAnOperationWithTheToken() {
        // given Swagger UI, open to anyone
        browser.driver.get("http://localhost:" + port + "/swagger-ui.html");
        WebElement authorize = await().atMost(SECONDS)
                .until(() -> browser.driver.findElements(By.cssSelector("button.authorize")), found -> !found.isEmpty())
                .get(0);

        // when a person pastes a bearer token into Authorize
        authorize.click();
        WebElement token = await().atMost(SECONDS)
                .until(
                        () -> browser.driver.findElements(By.cssSelector(".auth-container input[type=text]")),
                        f -> !f.isEmpty())
                .get(0);
        token.sendKeys(TestTokens.officer("newham"));
        browser.driver
                .findElement(By.cssSelector(".auth-container button.authorize"))
                .click();
        browser.driver.findElement(By.cssSelector("button.close-modal")).click();

        // and tries an operation: reading a widget that does not exist
        browser.driver
                .findElement(By.cssSelector("#operations-widget-controller-read .opblock-summary"))
                .click();
        browser.driver
                .findElement(By.cssSelector("#operations-widget-controller-read button.try-out__btn"))
                .click();
        List<WebElement> inputs =
                browser.driver.findElements(By.cssSelector("#operations-widget-controller-read .parameters input"));
        inputs.get(0).sendKeys("newham");
        inputs.get(1).sendKeys("9a1f1d52-2d8e-4d5b-9d0e-8e6bb0b4f0a7");
        browser.driver
                .findElement(By.cssSelector("#operations-widget-controller-read button.execute"))
                .click();

        // then the call went with the token (404, not 401), and nothing was refused by the policy
        WebElement status = await().atMost(SECONDS)
                .until(
                        () -> browser.driver.findElements(
                                By.cssSelector(
                                        "#operations-widget-controller-read .live-responses-table tr.response .response-col_status")),
                        f -> !f.isEmpty())
                .get(0);
        assertThat(status.getText()).startsWith("404");
        // (the one <style> element Swagger UI adds is refused, and it works without it)
        assertThat(browser.script("return window.cspViolations"))
                .asList()
                .allSatisfy(refused -> assertThat(refused).asString().isEqualTo("style-src-elem inline"));
    }

    @Test
    void onlySwaggerUiMayReachTheTokenEndpointAndNeitherMayRunAnythingInline() {
        // when
        ApiClient anyone = new ApiClient(port, null);
        String swaggerUi = anyone.get("/swagger-ui/index.html").header("Content-Security-Policy");
        String api = anyone.get("/api/boroughs/newham/widgets/9a1f1d52-2d8e-4d5b-9d0e-8e6bb0b4f0a7")
                .header("Content-Security-Policy");

        // then
        assertThat(swaggerUi)
                .isEqualTo(OpenApiAutoConfiguration.swaggerUiPolicy("https://auth.test.sanctuary.london/oauth2/token"))
                .contains("connect-src 'self' https://auth.test.sanctuary.london")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(api).isEqualTo(BrowserHeaders.CSP);
    }
}
