package london.sanctuary.proof.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import london.sanctuary.local.auth.DemoUser;
import london.sanctuary.platform.test.Accessibility;
import london.sanctuary.platform.test.Browser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The officer's walk through the whole local platform in real Chromium, as issue 15's "done when" asks: sign in by
 * name, find and enrol people, record their consent, schedule a monthly forum, register three people (one
 * waitlisted, then given a place), check them in at the door (one by her personal card), record travel expenses, mark the meeting held; then
 * the service lead sees the person's audit trail and produces the subject-access download, and signs out.
 */
@ExtendWith(SharedPlatform.class)
class WorkspaceJourneyIntegrationTests {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    static JourneySteps steps;

    @BeforeAll
    static void onTheSharedPlatform(JourneySteps shared) {
        assumeTrue(Browser.isInstalled(), "Chromium and chromedriver are not installed");
        steps = shared;
    }

    @Test
    void anOfficerEnrolsPeopleHoldsAMonthlyForumAndTheServiceLeadSeesWhoDidWhat() {
        try (Browser browser = Browser.phone();
                Browser leads = Browser.phone()) {
            Walk walk = new Walk(browser);

            // given an officer who signs in by name and looks for someone who is not there yet
            walk.go("/people?q=Zainab+Othman");
            walk.signInAs("newham.officer1");
            assertThat(walk.text("staff-name")).isEqualTo("Amina Hassan");
            assertThat(walk.text("no-results")).isNotBlank();
            walk.accessible();

            // when she schedules a monthly forum of two places whose first meeting starts in a minute or so (first, so
            // that the rest of her walk fills the wait for it to start)
            walk.go("/sessions");
            walk.accessible();
            walk.follow("schedule");
            walk.accessible();
            Instant startsAt = walk.scheduleMonthlyForum("Residents' forum", 2);
            String session = walk.path().substring("/sessions/".length());
            assertThat(walk.text("session-title")).contains("Residents' forum");
            walk.accessible();

            // and enrols three people and records their consent to take part and be contacted again
            String zainab = walk.enrol("Zainab Othman", "07700 900123");
            String yusuf = walk.enrol("Idris Bakri", "07700 900456");
            String layla = walk.enrol("Layla Darwish", "07700 900789");
            walk.go("/people?q=Othman");
            assertThat(walk.text("results")).contains("Zainab Othman");

            // and registers the three of them: the third waits for a place
            walk.register(session, "Zainab Othman", zainab);
            walk.register(session, "Idris Bakri", yusuf);
            walk.register(session, "Layla Darwish", layla);
            assertThat(walk.text("registration-" + zainab)).contains("Zainab Othman", "Has a place");
            assertThat(walk.text("registration-" + yusuf)).contains("Idris Bakri", "Has a place");
            assertThat(walk.text("registration-" + layla)).contains("Layla Darwish", "Waiting");

            // and, the room being bigger than planned, raises the capacity and gives the waiting person a place
            walk.follow("edit");
            walk.type("capacity", "3");
            walk.follow("save");
            walk.follow(walk.find(By.cssSelector("#registration-" + layla + " button.promote")));
            assertThat(walk.text("registration-" + layla)).contains("Layla Darwish", "Has a place");

            // and the page reads well in Arabic too
            walk.go("/sessions/" + session + "?lang=ar");
            assertThat(walk.find(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
            walk.accessible();
            walk.go("/people/" + zainab + "?lang=ar");
            assertThat(walk.find(By.tagName("html")).getDomAttribute("dir")).isEqualTo("rtl");
            walk.accessible();
            walk.go("/sessions/" + session + "?lang=en");

            // and prints Zainab's card (her own link), whose QR code a scanner types at the door: she is checked in
            walk.go("/people/" + zainab);
            walk.follow("link-card");
            String card = walk.text("card-address");
            walk.go("/sessions/" + session);
            walk.follow("door");
            walk.accessible();
            walk.type("card", card + Keys.ENTER);
            Walk door = walk;
            await().atMost(PATIENCE)
                    .untilAsserted(() -> assertThat(door.text("checked-in")).isEqualTo("Zainab Othman is checked in."));
            assertThat(walk.fetch("/sessions/" + session + "/check-in")).doesNotContain(card);

            // and ticks the other two
            for (String ref : new String[] {yusuf, layla}) {
                walk.click("arrived-" + ref);
            }
            walk.follow("save-arrivals");
            assertThat(walk.text("arrived-count")).isEqualTo("3 of 3 here");

            // and records Zainab's bus fare with the receipt seen
            walk.go("/sessions/" + session);
            walk.type("travelExpensesPence-" + zainab, "4.80");
            walk.click("receipt-" + zainab);
            walk.follow(walk.find(By.cssSelector("#attendance-" + zainab + " form.workspace-attendance button")));
            assertThat(walk.text("expense-totals")).contains("£4.80 claimed");

            // and, once the meeting has started, marks it held
            await().atMost(Duration.ofMinutes(5)).until(() -> Instant.now().isAfter(startsAt));
            walk.go("/sessions/" + session);
            walk.follow("mark-held");
            assertThat(walk.text("status")).isEqualTo("Held");

            // then the service lead, signed in by name, sees the officer in Zainab's audit trail
            walk.signOut();

            // (the service lead works on a device of her own: signing in again in the browser just signed out of is
            // not walked here, see the report of this test's first runs)
            walk = new Walk(leads);
            walk.go("/people/" + zainab + "/audit");
            walk.signInAs("newham.lead");
            assertThat(walk.text("staff-name")).isEqualTo("Grace Mensah");
            assertThat(walk.find(By.tagName("main")).getText()).contains("Amina Hassan", "newham.officer1");
            walk.accessible();

            // and produces everything the borough holds about her, as a page and as one download
            walk.go("/people/" + zainab + "/subject-access");
            assertThat(walk.find(By.tagName("main")).getText()).contains("Zainab Othman");
            walk.accessible();
            String download = walk.fetch("/people/" + zainab + "/subject-access.json");
            assertThat(download).contains("Zainab Othman", "PARTICIPATE", session);

            // and once signed out, the next visit asks for a password again
            walk.signOut();
            walk.go("/people");
            assertThat(leads.driver.getCurrentUrl()).startsWith(walk.issuer);
            assertThat(walk.find(By.id("password")).isDisplayed()).isTrue();
        }
    }

    /** The officer's hands on the workspace's pages, by the pages' own element ids. */
    private static final class Walk {

        private final Browser browser;
        private final String workspace;
        private final String issuer;

        Walk(Browser browser) {
            this.browser = browser;
            this.workspace = "http://localhost:" + steps.settings().port("workspace");
            this.issuer = "http://localhost:" + steps.settings().port("auth");
        }

        void go(String path) {
            browser.driver.get(workspace + path);
        }

        String path() {
            return URI.create(browser.driver.getCurrentUrl()).getPath();
        }

        void signInAs(String username) {
            DemoUser user = DemoUser.named(username).orElseThrow();
            browser.signInAt(issuer, user.username(), user.password());
            // the browser has left the sign-in form; wait until it has come back through the callback to the page
            await().atMost(PATIENCE).untilAsserted(() -> find(By.id("staff-name")));
        }

        void signOut() {
            follow("sign-out");
            await().atMost(PATIENCE).until(() -> path().equals("/signed-out"));
        }

        /** The element, or a failure that says which page the browser is on and what it shows. */
        WebElement find(By by) {
            List<WebElement> found = browser.driver.findElements(by);
            if (found.isEmpty()) {
                browser.screenshot("workspace-journey-missing");
                throw new AssertionError("No " + by + " on " + browser.driver.getCurrentUrl() + ": "
                        + browser.driver.findElement(By.tagName("body")).getText());
            }
            return found.get(0);
        }

        String text(String id) {
            return find(By.id(id)).getText().trim();
        }

        void click(String id) {
            find(By.id(id)).click();
        }

        /** Clicks a link or a form's button and waits until the page it leads to has loaded. */
        void follow(String id) {
            follow(find(By.id(id)));
        }

        void follow(WebElement element) {
            browser.clickToNextPage(element, PATIENCE);
        }

        void type(String id, String text) {
            WebElement field = find(By.id(id));
            field.clear();
            field.sendKeys(text);
        }

        /** Date and time inputs take their value in ISO form whatever the browser's locale. */
        void set(String id, String value) {
            browser.script("arguments[0].value = arguments[1]", find(By.id(id)), value);
        }

        void accessible() {
            Accessibility.assertNoSeriousViolations(browser.driver);
        }

        /** Enrols a person with consent to take part and be contacted again; returns their reference. */
        String enrol(String name, String phone) {
            go("/people");
            follow("enrol-link");
            accessible();
            type("name", name);
            type("phone", phone);
            type("preferredLanguages", "ar en");
            follow("enrol");
            assertThat(text("person-name")).isEqualTo(name);
            String ref = path().substring("/people/".length());
            accessible();
            for (String purpose : new String[] {"PARTICIPATE", "RECONTACT"}) {
                follow("grant-" + purpose);
                accessible();
                click("method-VERBAL_WITH_INTERPRETER");
                type("language", "ar");
                type("interpreter", "ar");
                follow("record");
                assertThat(path()).isEqualTo("/people/" + ref);
                assertThat(text("purpose-" + purpose)).contains("Given").doesNotContain("Not given");
            }
            return ref;
        }

        /**
         * Fills in the schedule form for a monthly forum starting at the first whole minute at least half a minute away
         * (it must have started before it can be marked held, so the journey waits for it; the form is filled in
         * within seconds, and a start in the past is refused); returns its start.
         */
        Instant scheduleMonthlyForum(String title, int capacity) {
            ZonedDateTime start = ZonedDateTime.now(LONDON)
                    .plusSeconds(30)
                    .truncatedTo(ChronoUnit.MINUTES)
                    .plusMinutes(1);
            new org.openqa.selenium.support.ui.Select(find(By.id("type"))).selectByValue("LIVED_EXPERIENCE_FORUM");
            type("title", title);
            set("startsAt", start.toLocalDate().toString());
            set("starts", start.format(DateTimeFormatter.ofPattern("HH:mm")));
            // the form's session ends on its start's day: a run late in the evening ends it at 23:59, not after
            // midnight
            ZonedDateTime ends = start.plusMinutes(90);
            if (!ends.toLocalDate().equals(start.toLocalDate())) {
                ends = start.with(java.time.LocalTime.of(23, 59));
            }
            set("endsAt", ends.format(DateTimeFormatter.ofPattern("HH:mm")));
            click("repeats-MONTHLY");
            type("venue.name", "Community centre");
            type("venue.address", "1 High Street, London");
            type("capacity", String.valueOf(capacity));
            type("facilitators", "Sanctuary team");
            follow("save");
            assertThat(path()).matches("/sessions/[^/]+");
            return start.toInstant();
        }

        /** Finds the person by name on the session's page and registers them, once their consent reached the diary. */
        void register(String session, String name, String ref) {
            await().atMost(PATIENCE).pollInterval(Duration.ofSeconds(2)).untilAsserted(() -> {
                go("/sessions/" + session + "?q=" + name.replace(' ', '+'));
                if (browser.driver.findElements(By.id("registration-" + ref)).isEmpty()) {
                    click("participantRef");
                    follow("register-button");
                }
                assertThat(browser.driver.findElements(By.id("registration-" + ref)))
                        .isNotEmpty();
            });
        }

        /** What the browser downloads from this address with its session cookie. */
        String fetch(String path) {
            return (String) browser.driver.executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch(arguments[0]).then(r => r.text()).then(done, e => done(String(e)));",
                    workspace + path);
        }
    }
}
