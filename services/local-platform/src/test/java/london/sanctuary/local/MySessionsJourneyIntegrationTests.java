package london.sanctuary.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import london.sanctuary.platform.test.Accessibility;
import london.sanctuary.platform.test.Browser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * Issue 19's "their sessions" on the real local platform in real Chromium at 390 px, in Arabic: the person opens
 * their link, signs up for a session (asked for consent to take part on the way, recorded as theirs), adds it to
 * their phone's calendar and cancels; the consent service reaches engagement with its own service token, every page
 * passes axe.
 */
class MySessionsJourneyIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    static Path dataDir;

    static JourneySteps steps;
    static String newham;

    @BeforeAll
    static void startThePlatform() throws Exception {
        assumeTrue(Browser.isInstalled(), "Chromium and chromedriver are not installed");
        steps = JourneySteps.startPlatform(dataDir);
        newham = steps.token("newham-officer");
    }

    @AfterAll
    static void stopThePlatform() {
        if (steps != null) {
            steps.platform().close();
        }
    }

    @Test
    void aPersonSignsUpInArabicAgreeingOnTheWayAddsTheSessionToTheirCalendarAndCancels() throws Exception {
        // given Amal, who reads Arabic and agreed to nothing yet, a session next week, and her card
        String amal = steps.enrolWith("newham", newham, "Amal Testperson");
        String session = schedule();
        String address = steps.post(
                        "newham",
                        newham,
                        "consent",
                        "/participants/" + amal + "/personal-link",
                        "{\"delivery\": \"card\"}",
                        201)
                .path("address")
                .asString();
        String token = address.substring(address.lastIndexOf('/') + 1);

        try (Browser browser = Browser.phone()) {
            // when she opens her link and goes to her sessions
            browser.driver.get(consent("/public/me/" + token));
            checked(browser);
            press(browser, "sessions");
            checked(browser);
            assertThat(browser.driver.findElement(By.id("session-" + session)).getText())
                    .contains("الحياة في الفندق", "نعم");

            // and signs up: she is asked to agree to take part first, and agrees
            press(browser, "sign-up-" + session);
            assertThat(browser.driver.getCurrentUrl()).endsWith("/public/me/sessions/" + session + "/take-part");
            checked(browser);
            press(browser, "agree");
            checked(browser);

            // then her consent is hers, online; and once engagement has heard of it, signing up gives her a place
            JsonNode consent = steps.get("newham", newham, "consent", "/participants/" + amal + "/consents")
                    .get(0);
            assertThat(consent.path("method").asString()).isEqualTo("ONLINE");
            assertThat(consent.path("recordedBy").asString()).isEqualTo("self, online");
            await().atMost(PATIENCE).until(() -> {
                press(browser, "sign-up-" + session);
                return browser.driver.getCurrentUrl().endsWith("done=placed");
            });
            checked(browser);
            assertThat(browser.driver.findElement(By.id("done")).getText()).contains("لديك مكان");

            // when she adds it to her phone's calendar
            String calendar =
                    browser.driver.findElement(By.id("calendar-" + session)).getDomProperty("href");
            assertThat(fetchType(browser, calendar)).startsWith("200 text/calendar");

            // and cancels
            press(browser, "cancel-" + session);

            // then the session is hers no more
            checked(browser);
            assertThat(browser.driver.findElement(By.id("done")).getText()).contains("ألغيت حجزك");
        }
        JsonNode registrations = steps.get("newham", newham, "engagement", "/sessions/" + session)
                .path("registrations");
        assertThat(registrations).singleElement().satisfies(r -> {
            assertThat(r.path("participantRef").asString()).isEqualTo(amal);
            assertThat(r.path("status").asString()).isEqualTo("CANCELLED");
        });
    }

    private String schedule() throws Exception {
        Instant start = Instant.now().plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.SECONDS);
        return steps.post(
                        "newham",
                        newham,
                        "engagement",
                        "/sessions",
                        "{\"type\":\"FOCUS_GROUP\",\"title\":{\"en\":\"Life in the hotel\","
                                + "\"ar\":\"الحياة في الفندق\"},\"startsAt\":\"" + start + "\",\"endsAt\":\""
                                + start.plus(Duration.ofHours(2))
                                + "\",\"venue\":{\"name\":\"Community centre\",\"address\":\"London\","
                                + "\"kind\":\"TRUSTED_COMMUNITY_SPACE\",\"stepFreeAccess\":true,\"creche\":true},"
                                + "\"capacity\":5,\"languages\":[\"en\",\"ar\"],"
                                + "\"interpreters\":[{\"language\":\"ar\",\"bsl\":false}],"
                                + "\"facilitators\":[\"Sanctuary team\"]}",
                        201)
                .path("sessionId")
                .asString();
    }

    private static String consent(String path) {
        return "http://localhost:" + steps.settings().port("consent") + path;
    }

    /** In Arabic, right to left, and no serious accessibility violation. */
    private static void checked(Browser browser) {
        WebElement html = browser.driver.findElement(By.tagName("html"));
        assertThat(html.getAttribute("lang")).isEqualTo("ar");
        assertThat(html.getAttribute("dir")).isEqualTo("rtl");
        Accessibility.assertNoSeriousViolations(browser.driver);
    }

    private static void press(Browser browser, String id) {
        WebElement page = browser.driver.findElement(By.tagName("html"));
        WebElement target = browser.driver.findElement(By.id(id));
        browser.script("arguments[0].scrollIntoView()", target);
        target.click();
        new WebDriverWait(browser.driver, PATIENCE).until(ExpectedConditions.stalenessOf(page));
    }

    private static String fetchType(Browser browser, String url) {
        return (String) browser.driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => done(r.status + ' '"
                        + " + r.headers.get('content-type')), e => done(String(e)));",
                url);
    }
}
