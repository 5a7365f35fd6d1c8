package london.sanctuary.proof.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import london.sanctuary.contracts.Language;
import london.sanctuary.local.auth.DemoUser;
import london.sanctuary.platform.test.Accessibility;
import london.sanctuary.platform.test.Browser;
import london.sanctuary.platform.test.PageWording;
import london.sanctuary.platform.test.UnmarkedEnglish;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/**
 * Issue 16's "done when", on the real local platform in real Chromium: the feedback loop in the workspace (a form in
 * English and Tigrinya, printed, three paper answers themed at once, an action raised from the theme and completed
 * with a "we did" in both languages, the public board in Tigrinya, the person heard told in Tigrinya), and a move-on
 * sent Newham → Barnet from the workspace and accepted in Barnet's inbox, both on a phone-sized window.
 */
@ExtendWith(SharedPlatform.class)
class FeedbackLoopJourneyIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String WE_DID_TI = "ሕጂ ኩሉ መዓልቲ ሓድሽ መግቢ ነቕርብ";

    static JourneySteps steps;
    static String newham;

    @BeforeAll
    static void onTheSharedPlatform(JourneySteps shared) throws Exception {
        assumeTrue(Browser.isInstalled(), "Chromium and chromedriver are not installed");
        steps = shared;
        newham = steps.token("newham-officer");
    }

    @Test
    void aFormInEnglishAndTigrinyaIsAnsweredOnPaperThemedActedOnAndThePersonHeardIsToldInTigrinya() throws Exception {
        // given Selam, enrolled through the API, who speaks Tigrinya and agreed to take part, be recontacted and
        // have her feedback linked to her
        String selam = enrolSpeakingTigrinya("Selam Tesfay", "PARTICIPATE", "RECONTACT", "LINK_FEEDBACK");

        try (Browser browser = Browser.phone()) {
            Walk walk = new Walk(browser, "workspace");

            // when an officer writes a form in English and Tigrinya and publishes it
            walk.go("/forms/new");
            walk.signInAs("newham.officer1");
            walk.waitFor("form-editor");
            walk.label("language-ti").click();
            walk.press("show-languages");
            walk.waitFor("title.ti");
            walk.type("title.en", "How is the hotel?");
            walk.type("title.ti", "እቲ ሆቴል ከመይ ኣሎ?");
            walk.type("questions[0].text.en", "What should we change?");
            walk.type("questions[0].text.ti", "እንታይ ክንቅይር ኣለና?");
            walk.press("save");
            assertThat(walk.waitFor("status").getText()).isEqualTo("Draft");
            String form = walk.path().substring("/forms/".length());
            walk.press("publish");
            await().atMost(PATIENCE)
                    .until(() -> walk.waitFor("status").getText().equals("Open"));

            // and prints its Tigrinya paper version
            assertThat(walk.fetchType(walk.waitFor("print-ti").getDomProperty("href")))
                    .isEqualTo("200 application/pdf");

            // and types three paper answers in Tigrinya, the third linked to Selam
            walk.go("/responses/paper?formId=" + form);
            walk.label("language-ti").click();
            walk.press("start");
            List<String> written = List.of("ዝሑል ክፍሊ", "መግቢ ኣይጥዕመናን", "መግቢ ሓድሽ ኣይኮነን");
            for (int sheet = 0; sheet < 3; sheet++) {
                if (sheet == 2) {
                    walk.find(By.cssSelector("#sheet summary")).click();
                    walk.type("person", selam);
                }
                walk.type("answers.q1", written.get(sheet) + Keys.ENTER);
                int number = sheet + 1;
                await().atMost(PATIENCE)
                        .until(() -> walk.waitFor("saved").getText().equals("Sheet " + number + " saved"));
            }

            // and themes the three at once with Food, a theme of the borough's list (seeded from the reference
            // list, in its order: Food is not the first, so the walk ticks it by its code, not the first box)
            walk.go("/responses/themes");
            walk.waitFor("theme-food");
            walk.go("/responses?formId=" + form);
            walk.waitFor("results");
            browser.driver
                    .findElements(By.cssSelector("label[for=responseIds], label[for^=select-]"))
                    .forEach(WebElement::click);
            walk.choose("themes", "food");
            walk.press("add-themes");
            walk.waitFor("results");

            // then the list filtered by the theme shows the three themed answers
            walk.go("/responses?formId=" + form + "&theme=food");
            walk.waitFor("results");
            assertThat(browser.driver.findElements(By.cssSelector(".workspace-response")))
                    .extracting(WebElement::getText)
                    .hasSize(3)
                    .allSatisfy(answer -> assertThat(answer).contains("Food"));

            // and raises an action from the theme, once the actions service has heard of it
            await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                walk.go("/actions/new");
                assertThat(browser.driver.findElements(By.cssSelector("input[name=theme][value=food]")))
                        .isNotEmpty();
            });
            walk.choose("theme", "food");
            walk.type("title", "Fresh food at the hotel");
            walk.type("ownerTeam", "Housing needs");
            browser.script(
                    "document.getElementById('dueOn').value = arguments[0]",
                    LocalDate.now().plusMonths(1).toString());
            walk.press("submit-raise");
            assertThat(walk.waitFor("status").getText()).isEqualTo("Proposed");

            // and, once it is agreed, completes it with a "we did" in English and Tigrinya
            walk.press("move-AGREED");
            walk.type("statement", "We now serve fresh food every day");
            walk.type("statement-ti", WE_DID_TI);
            walk.press("complete");
            walk.waitFor("submit-review");
            assertThat(walk.text("status")).isEqualTo("Done");

            // then the public board in Tigrinya shows the statement, accessible and with no English unmarked
            Walk board = new Walk(browser, "actions");
            await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                board.go("/public/boroughs/newham/you-said-we-did?lang=ti");
                assertThat(board.find(By.tagName("main")).getText()).contains(WE_DID_TI);
            });
            assertThat(board.find(By.tagName("html")).getDomAttribute("lang")).isEqualTo("ti");
            board.accessible();
            UnmarkedEnglish.assertNone(
                    browser.driver,
                    Language.of("ti"),
                    PageWording.of("actions/messages"),
                    PageWording.of("sanctuary/footer"));
        }

        // and Selam, heard through her linked answer, is told in Tigrinya (Notify is off: the notice is recorded)
        JsonNode told = await().atMost(PATIENCE)
                .until(
                        () -> steps.get("newham", newham, "actions", "/participants/" + selam + "/notices")
                                .path("notices"),
                        notices -> notices.size() == 1);
        assertThat(told.get(0).path("language").asString()).isEqualTo("ti");
        assertThat(told.get(0).path("text").asString()).contains(WE_DID_TI);
    }

    @Test
    void aMoveOnOfficerSendsSomeoneToBarnetOnAPhoneAndBarnetAcceptsThemInItsInboxOnAPhone() throws Exception {
        // given Hanna, enrolled in Newham with consent to share her record on a move
        enrolSpeakingTigrinya("Hanna Gebre", "PARTICIPATE", "SHARE_ON_MOVE");

        try (Browser newhams = Browser.phone();
                Browser barnets = Browser.phone()) {
            Walk walk = new Walk(newhams, "workspace");

            // when Newham's move-on officer finds her, fills in the referral, checks it and sends it
            walk.go("/move-on/new");
            walk.signInAs("newham.moveon");
            walk.type("q", "Hanna Gebre" + Keys.ENTER);
            walk.waitFor("results");
            walk.find(By.partialLinkText("Hanna Gebre")).click();
            assertThat(walk.waitFor("share-on-move").getText())
                    .contains("They have agreed to share their record if they move borough.");
            walk.fitsAndIsAccessible();
            new Select(walk.find(By.id("toBorough"))).selectByVisibleText("Barnet");
            newhams.script(
                    "document.getElementById('moveDate').value = arguments[0]",
                    LocalDate.now().plusDays(14).toString());
            walk.label("reason").click();
            walk.label("support-ESOL").click();
            new Select(walk.find(By.id("urgency-ESOL"))).selectByValue("SOON");
            walk.press("continue");
            assertThat(walk.waitFor("answers").getText()).contains("Hanna Gebre", "Barnet");
            walk.fitsAndIsAccessible();
            walk.press("send");

            // then it is in the sent list
            assertThat(walk.waitFor("done").getText()).isEqualTo("Referral sent to Barnet");
            WebElement sent = walk.find(By.cssSelector("#referrals [id^='referral-']"));
            String id = sent.getDomAttribute("id").substring("referral-".length());
            assertThat(sent.getText()).contains("Barnet");
            walk.fitsAndIsAccessible();

            // when Barnet's move-on officer signs in to the inbox on a phone and accepts it, confirming
            Walk inbox = new Walk(barnets, "referrals");
            inbox.go("/boroughs/barnet/inbox");
            inbox.signInTo(DemoUser.named("barnet.moveon").orElseThrow());
            await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                inbox.go("/boroughs/barnet/inbox");
                assertThat(barnets.driver.findElements(By.cssSelector("[data-referral='" + id + "']")))
                        .isNotEmpty();
            });
            inbox.fitsAndIsAccessible();
            inbox.find(By.cssSelector("[data-referral='" + id + "']")).click();
            inbox.press("accept-referral");
            inbox.waitFor("accept");
            inbox.fitsAndIsAccessible();
            inbox.press("accept");

            // then Barnet sees her record, accepted, on a page that fits the phone
            assertThat(inbox.waitFor("referral-status").getText()).isEqualTo("Accepted");
            assertThat(barnets.driver.getPageSource()).contains("Hanna Gebre", "07700 900321");
            inbox.fitsAndIsAccessible();

            // and Newham's sent list shows it accepted
            await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                walk.go("/move-on");
                assertThat(walk.find(By.id("referral-" + id)).getText()).contains("Accepted");
            });
            walk.fitsAndIsAccessible();
        }
    }

    /** Enrols through the consent API a person whose first language is Tigrinya; returns their reference. */
    private static String enrolSpeakingTigrinya(String name, String... purposes) throws Exception {
        String ref = steps.post(
                        "newham",
                        newham,
                        "consent",
                        "/participants",
                        "{\"name\":\"" + name + "\",\"phone\":\"07700 900321\",\"preferredLanguages\":[\"ti\",\"en\"]}",
                        201)
                .path("participantRef")
                .asString();
        for (String purpose : purposes) {
            steps.post(
                    "newham",
                    newham,
                    "consent",
                    "/participants/" + ref + "/consents",
                    "{\"purpose\":\"" + purpose
                            + "\",\"legalBasis\":\"CONSENT\",\"method\":\"VERBAL_WITH_INTERPRETER\","
                            + "\"language\":\"ti\",\"noticeVersion\":\"2026-10\"}",
                    201);
        }
        return ref;
    }

    /** Hands on one application's pages, by the pages' own element ids. */
    private record Walk(Browser browser, String application) {

        String at(String path) {
            return "http://localhost:" + steps.settings().port(application) + path;
        }

        void go(String path) {
            browser.driver.get(at(path));
        }

        String path() {
            return URI.create(browser.driver.getCurrentUrl()).getPath();
        }

        void signInAs(String username) {
            signInTo(DemoUser.named(username).orElseThrow());
            await().atMost(PATIENCE).untilAsserted(() -> find(By.id("staff-name")));
        }

        void signInTo(DemoUser user) {
            String issuer = "http://localhost:" + steps.settings().port("auth");
            browser.signInAt(issuer, user.username(), user.password());
            await().atMost(PATIENCE).until(() -> browser.driver.getCurrentUrl().startsWith(at("/")));
        }

        WebElement find(By by) {
            List<WebElement> found = browser.driver.findElements(by);
            if (found.isEmpty()) {
                browser.screenshot("feedback-loop-missing");
                throw new AssertionError("No " + by + " on " + browser.driver.getCurrentUrl() + ": "
                        + browser.driver.findElement(By.tagName("body")).getText());
            }
            return found.get(0);
        }

        /** The element once shown, or a failure that says which page the browser is on and what it shows. */
        WebElement waitFor(String id) {
            try {
                return new WebDriverWait(browser.driver, PATIENCE)
                        .until(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
            } catch (TimeoutException notShown) {
                return find(By.id(id));
            }
        }

        String text(String id) {
            return find(By.id(id)).getText().trim();
        }

        WebElement label(String forId) {
            return find(By.cssSelector("label[for='" + forId + "']"));
        }

        /** Ticks the box or radio {@code name} of this {@code value} by its label, wherever it is in the list. */
        void choose(String name, String value) {
            String id = find(By.cssSelector("input[name='" + name + "'][value='" + value + "']"))
                    .getDomAttribute("id");
            label(id).click();
        }

        void type(String id, String text) {
            WebElement field = waitFor(id);
            field.clear();
            field.sendKeys(text);
        }

        /** Clicks a button or link and waits until the page it leads to has loaded. */
        void press(String id) {
            WebElement button = find(By.id(id));
            browser.clickToNextPage(button, PATIENCE);
        }

        void accessible() {
            Accessibility.assertNoSeriousViolations(browser.driver);
        }

        /** No sideways scroll on the 390 px phone, and no serious accessibility violation. */
        void fitsAndIsAccessible() {
            assertThat(((Number) browser.script("return document.documentElement.scrollWidth")).longValue())
                    .as("no sideways scroll on %s", browser.driver.getCurrentUrl())
                    .isLessThanOrEqualTo(390L);
            accessible();
        }

        /** The status and content type of what the browser fetches from this address with its session cookie. */
        String fetchType(String url) {
            return (String) browser.driver.executeAsyncScript(
                    "const done = arguments[arguments.length - 1]; fetch(arguments[0]).then(r => done(r.status + ' '"
                            + " + r.headers.get('content-type')), e => done(String(e)));",
                    url);
        }
    }
}
