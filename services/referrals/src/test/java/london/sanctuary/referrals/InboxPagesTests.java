package london.sanctuary.referrals;

import static london.sanctuary.referrals.ReferralRequests.incoming;
import static london.sanctuary.referrals.ReferralRequests.outgoing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import london.sanctuary.contracts.ParticipantRef;
import london.sanctuary.local.auth.DemoUser;
import london.sanctuary.platform.test.Accessibility;
import london.sanctuary.platform.test.Browser;
import london.sanctuary.platform.test.LogCapture;
import london.sanctuary.referrals.ReferralRequests.Person;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import tools.jackson.databind.JsonNode;

/**
 * The move-on team's pages in a real headless Chromium: signing in by name at the local authorization server (a
 * demo move-on officer, {@code <borough>.moveon}), the inbox, and a referral's page with its forms, posting to the
 * same decisions as the API.
 */
class InboxPagesTests extends ReferralsServiceTest {

    static final String SESSION = "referrals-session";
    static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    Browser browser;

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

    @Test
    void aBarnetOfficerSignsInAcceptsAReferralFromNewhamSeesTheHistoryAndArrangesTheSupport() {
        try (LogCapture logs = LogCapture.open()) {
            // given Amina, referred by Newham after a focus group, waiting in Barnet's inbox
            Person amina = movable("newham");
            events.attendedAFocusGroupAndAnswered("newham", amina.ref());
            await().atMost(PATIENCE)
                    .until(() ->
                            history.of(london.sanctuary.contracts.Borough.of("newham"), ParticipantRef.of(amina.ref()))
                                            .size()
                                    == 2);
            UUID id = inBarnetsInbox(amina);

            // when a Barnet move-on officer signs in, and opens and accepts the referral
            signIn("barnet.moveon");
            assertThat(browser.driver.getCurrentUrl()).endsWith("/boroughs/barnet/inbox");
            assertThat(text("h1")).isEqualTo("Incoming referrals: Barnet");
            browser.screenshot("barnet-inbox-signed-in");
            browser.driver
                    .findElement(By.cssSelector("[data-referral='" + id + "']"))
                    .click();
            assertThat(text("h1")).isEqualTo("Referral from Newham");
            assertThat(browser.driver.getPageSource()).doesNotContain(amina.name());
            assertThat(text("#move-reason")).contains("you will see it when you accept");
            click("accept-referral");
            assertThat(text("h1")).isEqualTo("Accept this referral from Newham?");
            assertThat(browser.driver.getPageSource()).doesNotContain(amina.name());
            click("accept");

            // then the person's record is on the page, as the API shows it, in words
            assertThat(text(".govuk-notification-banner")).contains("You accepted the referral");
            assertThat(text("#referral-status")).isEqualTo("Accepted");
            assertThat(text("#move-reason")).isEqualTo("Move on after decision");
            assertThat(text("#support-asked-for")).isEqualTo("ESOL, Mental health");
            assertThat(browser.driver.getPageSource()).contains(amina.name(), amina.phone(), "ESOL Entry 2");
            assertThat(text("#preferred-languages")).isEqualTo("Arabic (العربية), English");
            assertThat(browser.driver
                            .findElement(By.cssSelector("#preferred-languages [lang='ar']"))
                            .getAttribute("dir"))
                    .isEqualTo("rtl");
            assertThat(browser.driver.findElements(By.cssSelector("#history tbody tr")).stream()
                            .map(row -> row.getAttribute("data-kind"))
                            .toList())
                    .containsExactly("session-attended", "form-answered");
            assertThat(text("#consents")).contains("Share on move");
            browser.screenshot("barnet-referral-accepted");

            // and when the officer records who takes the ESOL place on, choosing nothing at first
            assertThat(text("label[for='local-service-0']")).isEqualTo("Barnet and Southgate College ESOL");
            assertThat(text("#local-service-0-item-hint"))
                    .contains("In their language", "Barnet and Southgate College", "Arabic (العربية)");
            click("pick-up-0");
            assertThat(browser.driver.getTitle()).startsWith("Error: ");
            assertThat(text(".govuk-error-summary")).contains("Select the local service that takes this support on");
            assertThat(browser.driver
                            .findElement(By.cssSelector(".govuk-error-summary a"))
                            .getAttribute("href"))
                    .endsWith("#local-service-0");
            assertThat(text("#local-service-0-error")).contains("Select the local service");
            Accessibility.assertNoSeriousViolations(browser.driver);
            assertFitsThePhone("barnet-pickup-error-phone");
            browser.driver
                    .findElement(By.cssSelector("label[for='local-service-0']"))
                    .click();
            click("pick-up-0");

            // then the page says which service took it on, and fits the phone
            assertThat(text("#referral-status")).isEqualTo("Support being arranged");
            assertThat(text("#taken-on-by-0")).isEqualTo("Barnet and Southgate College ESOL");
            Accessibility.assertNoSeriousViolations(browser.driver);
            assertFitsThePhone("barnet-pickup-phone");
            click("complete");

            // then Newham sees it completed and, once it asked Barnet's referrals service, which service of Barnet's
            // directory took the ESOL item on (decision 0045)
            assertThat(text("#referral-status")).isEqualTo("Completed");
            awaitStatus("newham", outgoing("newham") + "/" + id, "COMPLETED");
            JsonNode takenOn = await().atMost(PATIENCE)
                    .until(
                            () -> api("newham")
                                    .get(outgoing("newham") + "/" + id)
                                    .json()
                                    .path("takenOnBy")
                                    .path(0),
                            t -> t.toString().contains("\"serviceId\":\"barnet-esol\""));
            assertThat(takenOn.path("kind").asString()).isEqualTo("ESOL");
            assertThat(takenOn.path("fromDirectory").asBoolean()).isTrue();
            assertThat(takenOn.path("service").asString()).isEqualTo("Barnet and Southgate College ESOL");
            assertThat(String.join("\n", logs.lines())).doesNotContain(amina.name(), amina.phone());
        }
    }

    @Test
    void anAcceptedReferralWhosePersonNewhamErasedIsFlaggedAndErasedFromThePage() {
        // given Amina's referral accepted by Barnet, then her erasure at Newham
        Person amina = movable("newham");
        UUID id = acceptedByBarnet(amina);
        events.erase("newham", amina.ref());
        String sentence = await().atMost(PATIENCE)
                .until(
                        () -> api("barnet")
                                .get(incoming("barnet") + "/" + id)
                                .json()
                                .path("referral")
                                .path("erasureNotice")
                                .path("message")
                                .asString(""),
                        m -> !m.isEmpty());

        // when a Barnet officer signs in, sees the flag in the inbox and opens the referral
        signIn("barnet.moveon");
        String row = text("[data-referral='" + id + "']", "ancestor::div[contains(@class, 'govuk-summary-card')]");
        browser.screenshot("barnet-inbox-erasure-flag");
        browser.driver
                .findElement(By.cssSelector("[data-referral='" + id + "']"))
                .click();

        // then both pages say what Newham did and what to do, and the page offers the one action, with its token
        assertThat(sentence).startsWith("The sending borough erased this person on ");
        assertThat(row).contains("Review for erasure", sentence);
        assertThat(text("#erasure-notice")).contains(sentence);
        assertThat(browser.driver.findElements(By.cssSelector("form[action$='/erasure'] input[name='_csrf']")))
                .hasSize(1);
        browser.screenshot("barnet-referral-erasure-flag");

        // and when the officer erases Barnet's copy
        click("erase");

        // then the inbox says so and no longer lists it, the API has nothing, and Newham has the receipt
        assertThat(text("#erased-banner")).contains("You erased this borough’s copy of the referral");
        assertThat(browser.driver.getPageSource()).doesNotContain(id.toString(), amina.name());
        assertThat(api("barnet").get(incoming("barnet") + "/" + id).status()).isEqualTo(404);
        await().atMost(PATIENCE)
                .until(() -> api("newham")
                        .get(outgoing("newham") + "/" + id)
                        .json()
                        .path("erasureReceipt")
                        .path("outcome")
                        .asString("")
                        .equals("ERASED"));
    }

    @Test
    void declineAsksForAReasonFromTheListAndNewhamHearsIt() {
        // given
        UUID id = inBarnetsInbox(movable("newham"));
        signIn("barnet.moveon");
        browser.driver.get(base() + "/boroughs/barnet/inbox/" + id);

        // when the officer declines without choosing a reason
        click("decline");

        // then the page says what is missing, linked to the first reason
        assertThat(browser.driver.getTitle()).startsWith("Error: ");
        WebElement summary = browser.driver.findElement(By.className("govuk-error-summary"));
        assertThat(summary.getText()).contains("Select why you are declining the referral");
        assertThat(summary.findElement(By.tagName("a")).getAttribute("href")).endsWith("#decline-reason");
        assertThat(text("#referral-status")).isEqualTo("Needs a decision");

        // and when they choose one
        browser.driver.findElement(By.id("decline-reason-WRONG_BOROUGH")).click();
        click("decline");

        // then
        assertThat(text("#referral-status")).isEqualTo("Declined");
        assertThat(text("#decline-reason-shown")).isEqualTo("The address is in another borough; please refer there.");
        assertThat(declinedAtNewham(id)).isEqualTo("WRONG_BOROUGH");

        // and the inbox lists it under "Decided", with the reason in words
        browser.driver.get(base() + "/boroughs/barnet/inbox");
        assertThat(text("[data-referral='" + id + "']", "ancestor::div[contains(@class, 'govuk-summary-card')]"))
                .contains("Declined", "The address is in another borough; please refer there.");
    }

    @Test
    void someoneOutsideTheMoveOnTeamIsRefusedAndNobodySignedOutSeesAnything() throws Exception {
        // given
        UUID id = inBarnetsInbox(movable("newham"));

        // when nobody has signed in
        HttpResponse<String> inbox = send("GET", "/boroughs/barnet/inbox", null);
        HttpResponse<String> referral = send("GET", "/boroughs/barnet/inbox/" + id, null);
        HttpResponse<String> accept = send("POST", "/boroughs/barnet/inbox/" + id + "/acceptance", null);

        // then nothing is shown or changed
        assertThat(inbox.statusCode()).isEqualTo(302);
        assertThat(inbox.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/oauth2/authorization/sanctuary"));
        assertThat(referral.statusCode()).isEqualTo(302);
        assertThat(accept.statusCode()).isEqualTo(302);
        assertThat(accept.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/oauth2/authorization/sanctuary"));
        assertThat(referral.body() + inbox.body()).doesNotContain(id.toString());

        // and a co-production officer of Barnet, signed in by name, is refused the inbox and the referral
        signIn("barnet.officer1");
        assertThat(browser.driver.getPageSource()).doesNotContain(id.toString());
        browser.driver.get(base() + "/boroughs/barnet/inbox/" + id);
        assertThat(browser.driver.getPageSource()).doesNotContain(id.toString());
        awaitStatus("barnet", incoming("barnet") + "/" + id, "RECEIVED");
    }

    @Test
    void aPostWithoutTheCsrfTokenIsRefusedEvenWhenSignedIn() throws Exception {
        // given a signed-in officer's session
        UUID id = inBarnetsInbox(movable("newham"));
        signIn("barnet.moveon");
        String session = session();

        // when the same session posts without the form's token
        HttpResponse<String> forged =
                send("POST", "/boroughs/barnet/inbox/" + id + "/decline", session, "reason=OTHER");

        // then it is refused with a page that says so, and nothing changed
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("That form had expired, so nothing was changed");
        awaitStatus("barnet", incoming("barnet") + "/" + id, "RECEIVED");
        browser.driver.get(base() + "/boroughs/barnet/inbox/" + id);
        assertThat(browser.driver.findElements(By.cssSelector("form[action$='/decline'] input[name='_csrf']")))
                .hasSize(1);
    }

    @Test
    void aNewhamOfficerCannotOpenBarnetsInboxOrItsReferrals() throws Exception {
        // given
        UUID id = inBarnetsInbox(movable("newham"));

        // when a Newham officer signs in and tries Barnet's pages
        signIn("newham.moveon");
        assertThat(browser.driver.getCurrentUrl()).contains("/boroughs/newham/inbox");
        String session = session();
        browser.driver.get(base() + "/boroughs/barnet/inbox");

        // then it is not found, the same as a referral that does not exist
        assertThat(text("h1")).isEqualTo("Page not found");
        assertThat(send("GET", "/boroughs/barnet/inbox", session).statusCode()).isEqualTo(404);
        assertThat(send("GET", "/boroughs/barnet/inbox/" + id, session).statusCode())
                .isEqualTo(404);
        assertThat(send("GET", "/boroughs/newham/inbox/" + id, session).statusCode())
                .isEqualTo(404);
        assertThat(send("GET", "/boroughs/newham/inbox/" + UUID.randomUUID(), session)
                        .statusCode())
                .isEqualTo(404);
        assertThat(send("GET", "/boroughs/barnet/inbox", session).body()).doesNotContain(id.toString());
    }

    @Test
    void everyMoveOnPageHasNoSeriousAccessibilityViolation() {
        // given a referral waiting in Barnet's inbox
        UUID id = inBarnetsInbox(movable("newham"));

        // when the move-on officer signs in, opens the referral, declines without a reason, then accepts, confirming
        signIn("barnet.moveon");
        assertThat(text("h1")).isEqualTo("Incoming referrals: Barnet");
        Accessibility.assertNoSeriousViolations(browser.driver);
        browser.driver.get(base() + "/boroughs/barnet/inbox/" + id);
        Accessibility.assertNoSeriousViolations(browser.driver);
        click("decline");
        assertThat(browser.driver.getTitle()).startsWith("Error: ");
        Accessibility.assertNoSeriousViolations(browser.driver);
        click("accept-referral");
        assertThat(text("h1")).isEqualTo("Accept this referral from Newham?");
        Accessibility.assertNoSeriousViolations(browser.driver);
        click("accept");
        assertThat(text("#referral-status")).isEqualTo("Accepted");
        Accessibility.assertNoSeriousViolations(browser.driver);

        // then a referral that is not there says so, as accessibly
        browser.driver.get(base() + "/boroughs/barnet/inbox/" + UUID.randomUUID());
        assertThat(text("h1")).isEqualTo("Page not found");
        Accessibility.assertNoSeriousViolations(browser.driver);
    }

    @Test
    void onAPhoneTheInboxListsWhatNeedsADecisionFirstInWordsAndNothingScrollsSideways() {
        // given two referrals from Newham waiting in Barnet's inbox, and a third Barnet already accepted
        UUID accepted = acceptedByBarnet(movable("newham"));
        UUID first = inBarnetsInbox(movable("newham"));
        UUID second = inBarnetsInbox(movable("newham"));

        // when Barnet's move-on officer signs in on a 390 px wide phone
        signIn("barnet.moveon");

        // then the undecided come first, the one due soonest on top, each with borough name and status in words
        List<String> order = browser.driver.findElements(By.cssSelector("[data-referral]")).stream()
                .map(a -> a.getAttribute("data-referral"))
                .filter(r -> List.of(first, second, accepted).contains(UUID.fromString(r)))
                .toList();
        assertThat(order).containsExactly(first.toString(), second.toString(), accepted.toString());
        assertThat(text("[data-referral='" + first + "']")).isEqualTo("From Newham, moving on 10 December 2026");
        assertThat(text("[data-referral='" + first + "']", "ancestor::div[contains(@class, 'govuk-summary-card')]"))
                .contains("Needs a decision", "hours left");
        assertThat(browser.driver
                        .findElement(By.cssSelector("[data-referral='" + accepted + "']"))
                        .findElement(By.xpath("ancestor::div[contains(@class, 'govuk-summary-card')]"))
                        .findElement(By.className("govuk-tag"))
                        .getAttribute("class"))
                .contains("govuk-tag--turquoise");
        assertThat(browser.driver.getPageSource()).doesNotContain(">newham<", "RECEIVED</");
        assertFitsThePhone("barnet-inbox-phone");

        // and the referral, the question before accepting, and the accepted record fit too
        browser.driver
                .findElement(By.cssSelector("[data-referral='" + first + "']"))
                .click();
        assertThat(text("#support-asked-for")).contains("you will see it when you accept");
        assertFitsThePhone("barnet-referral-phone");
        click("accept-referral");
        assertFitsThePhone("barnet-accept-phone");

        // and going back changes nothing
        click("go-back");
        assertThat(text("#referral-status")).isEqualTo("Needs a decision");
        awaitStatus("barnet", incoming("barnet") + "/" + first, "RECEIVED");
        click("accept-referral");
        click("accept");
        assertThat(text("#referral-status")).isEqualTo("Accepted");
        assertFitsThePhone("barnet-accepted-phone");
    }

    @Test
    void theQuestionBeforeAcceptingLeadsBackToTheReferralOnceItIsDecided() {
        // given a referral Barnet already accepted
        UUID id = acceptedByBarnet(movable("newham"));

        // when the officer opens its acceptance question (an old tab, a link kept)
        signIn("barnet.moveon");
        browser.driver.get(base() + "/boroughs/barnet/inbox/" + id + "/acceptance");

        // then the referral's page answers, as it is now
        assertThat(browser.driver.getCurrentUrl()).endsWith("/boroughs/barnet/inbox/" + id);
        assertThat(text("#referral-status")).isEqualTo("Accepted");
    }

    /** No horizontal scroll on the 390 px phone: nothing wider than the screen. */
    private void assertFitsThePhone(String screenshot) {
        browser.screenshot(screenshot);
        Number scrollWidth = (Number) browser.script("return document.documentElement.scrollWidth");
        assertThat(scrollWidth.intValue()).as(screenshot).isLessThanOrEqualTo(390);
    }

    /** Opens their borough's inbox and signs in at the authorization server as this demo user. */
    private void signIn(String username) {
        DemoUser user = DemoUser.named(username).orElseThrow();
        browser.driver.get(base() + "/boroughs/" + user.borough().orElseThrow() + "/inbox");
        assertThat(browser.driver.getCurrentUrl()).startsWith(SIGN_IN.issuer());
        browser.signInAt(SIGN_IN.issuer(), user.username(), user.password());
    }

    /** Clicks and waits for the page it leads to (the test kit's wait: the old page's elements are not asked). */
    private void click(String id) {
        WebElement button = browser.driver.findElement(By.id(id));
        browser.clickToNextPage(button, PATIENCE);
    }

    /** The signed-in browser's session cookie, for requests a browser would not make. */
    private String session() {
        return SESSION + "=" + browser.driver.manage().getCookieNamed(SESSION).getValue();
    }

    private String text(String css) {
        return browser.driver.findElement(By.cssSelector(css)).getText();
    }

    private String text(String css, String xpath) {
        return browser.driver
                .findElement(By.cssSelector(css))
                .findElement(By.xpath(xpath))
                .getText();
    }

    private HttpResponse<String> send(String method, String path, String cookie) throws Exception {
        return send(method, path, cookie, null);
    }

    private HttpResponse<String> send(String method, String path, String cookie, String form) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + path))
                .method(
                        method,
                        form == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(form))
                .header("Content-Type", "application/x-www-form-urlencoded");
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
