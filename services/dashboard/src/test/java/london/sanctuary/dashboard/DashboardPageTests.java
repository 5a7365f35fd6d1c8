package london.sanctuary.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import london.sanctuary.dashboard.figures.Counted;
import london.sanctuary.dashboard.figures.Counters;
import london.sanctuary.dashboard.figures.Dimension;
import london.sanctuary.dashboard.figures.FindCounts;
import london.sanctuary.local.auth.DemoUser;
import london.sanctuary.platform.test.Accessibility;
import london.sanctuary.platform.test.Browser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

/** The dashboard page in a real headless Chromium, over a week of demo facts that came in through Kafka. */
class DashboardPageTests extends DashboardServiceTest {

    static final Duration SECONDS = Duration.ofSeconds(30);
    static final LocalDate MONDAY = LocalDate.of(2030, 1, 7).plusWeeks(new Random().nextInt(50_000));
    static boolean published;

    @LocalServerPort
    int port;

    @Autowired
    Counters counters;

    @Autowired
    Environment environment;

    Browser browser;

    @BeforeEach
    void openBrowserOnDemoData() {
        assumeTrue(Browser.isInstalled(), "Debian's chromium and chromium-driver are not installed");
        publishDemoFactsOnce();
        browser = Browser.phone();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anAnalystSignsInAndSeesChartsAndTablesWhereNoCellIsFromOneToSeven() {
        // when
        signIn("gla.analyst");

        // then
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("London co-production figures");
        assertThat(renderedCharts()).isGreaterThanOrEqualTo(3);
        List<String> cells = publishedCellTexts();
        // 40 focus groups publish as 40 whatever their cell key (38-42 round to 40)
        assertThat(cells).contains("[c]", "40");
        assertThat(cells).allSatisfy(text -> {
            String number = text.replace(",", "");
            if (number.matches("\\d+")) {
                assertThat(Long.parseLong(number) >= 1 && Long.parseLong(number) <= 7)
                        .as("published cell %s", text)
                        .isFalse();
                assertThat(Long.parseLong(number) % 5)
                        .as("a published cell %s", text)
                        .isZero();
            }
        });
        assertThat(browser.driver.findElement(By.id("disclosure-legend")).getText())
                .contains("[c]");
        // the flow chart has one link per published flow: newham to barnet and barnet to lambeth (lambeth's 2 is
        // hidden)
        assertThat(browser.script("return echarts.getInstanceByDom(document.querySelector("
                        + "'[data-table=referrals] [data-chart]')).getOption().series[0].links.length"))
                .isEqualTo(2L);
        browser.screenshot("london");
    }

    @Test
    void aFilterChangesTheCharts() {
        // given
        signIn("gla.analyst");
        assertThat(sessionChartCategories()).containsExactly("Focus group", "Workshop");

        // when
        new Select(browser.driver.findElement(By.id("session-type"))).selectByValue("WORKSHOP");
        browser.driver.findElement(By.id("apply-filters")).click();

        // then
        await().atMost(SECONDS).until(() -> browser.driver.getCurrentUrl().contains("sessionType=WORKSHOP"));
        await().atMost(SECONDS).until(() -> renderedCharts() > 0);
        assertThat(sessionChartCategories()).containsExactly("Workshop");
        assertThat(publishedCellTexts()).doesNotContain("25");
    }

    @Test
    void eachTableDownloadsAsCsvUnderTheSameDisclosureControl() throws Exception {
        // given
        signIn("gla.analyst");

        // when
        WebElement link = browser.driver.findElement(By.cssSelector("[data-csv=sessions-held]"));
        browser.script("arguments[0].scrollIntoView()", link);
        link.click();

        // then
        Path csv = browser.downloads.resolve("sessions-held.csv");
        await().atMost(SECONDS).until(() -> Files.exists(csv) && Files.size(csv) > 0);
        // true counts: focus groups 12, 3, 25 (40); workshops 4, 0, 10 (14); totals 16, 3, 35 (54). The 3s and
        // the 4 are hidden, and with them enough others that none can be worked out from the totals; the rest
        // are perturbed by their cell keys and rounded (40 and 35 stay; 14 and 54 may go either way)
        assertThat(Files.readString(csv))
                .matches("\"session type \\\\ borough\",\"barnet\",\"lambeth\",\"newham\",Total\n"
                        + "\"FOCUS_GROUP\",\\[c],\\[c],\\[c],40\n\"WORKSHOP\",\\[c],0,\\[c],(10|15)\n"
                        + "Total,\\[c],\\[c],35,(50|55)\n");
    }

    @Test
    void aBoroughOfficerSeesTheirBoroughBesideLondonUntilTheySignOut() {
        // when
        signIn("newham.officer1");

        // then
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Newham beside London");
        assertThat(browser.driver.findElements(By.id("borough"))).isEmpty();
        List<String> headings =
                browser.driver.findElements(By.cssSelector("[data-published=sessions-held] thead th")).stream()
                        .map(WebElement::getText)
                        .toList();
        assertThat(headings).containsExactly("Session type", "Newham", "Rest of London", "London");
        // and no other borough on its own: referrals by receiving borough are newham's or the rest of London's
        assertThat(texts("[data-published=referrals] thead th"))
                .containsExactly("Receiving borough", "Newham", "Rest of London", "London");
        assertThat(texts("[data-published=referrals] tbody th")).containsExactly("Newham", "Rest of London", "London");
        assertThat(texts("[data-headers=referrals]"))
                .containsExactly("Rows: receiving borough. Columns: sending borough.");
        browser.screenshot("newham-beside-london");

        // and once signed out, the figures are gone, and so is the sign-in: the next visit asks for a password
        browser.driver
                .findElement(By.cssSelector(".dashboard-header__sign-out button"))
                .click();
        await().atMost(SECONDS).until(() -> browser.driver.getCurrentUrl().endsWith("/dashboard/sign-in?signedOut"));
        assertThat(browser.driver
                        .findElement(By.className("govuk-notification-banner"))
                        .getText())
                .contains("You have signed out.");
        browser.driver.get(base() + "/dashboard" + period());
        assertThat(browser.driver.getCurrentUrl()).startsWith(SIGN_IN.issuer());
        assertThat(browser.driver.findElements(By.id("password"))).hasSize(1);
    }

    @Test
    void someoneWhoIsNeitherAnAnalystNorAnOfficerSeesNoFiguresAndNobodySignedOutDoes() {
        // when a move-on officer signs in to the dashboard
        signInAs("newham.moveon");

        // then they are refused, and see no figures, but a page that says why
        assertThat(browser.driver.findElements(By.cssSelector("table[data-published]")))
                .isEmpty();
        assertThat(browser.driver.getPageSource()).doesNotContain("data-published");
        assertThat(browser.driver
                        .findElement(By.cssSelector(".govuk-error-summary"))
                        .getText())
                .contains("this page is not for your role");
        Accessibility.assertNoSeriousViolations(browser.driver);

        // and nobody signed in is sent to sign in, not shown a table
        try (Browser stranger = Browser.phone()) {
            stranger.driver.get(base() + "/dashboard/tables/sessions-held.csv" + period());
            assertThat(stranger.driver.getCurrentUrl()).startsWith(SIGN_IN.issuer());
        }
    }

    @Test
    void theFiguresAndTheSignedOutPageHaveNoSeriousAccessibilityViolation() {
        // given an analyst who sees the figures with their charts drawn
        signIn("gla.analyst");
        Accessibility.assertNoSeriousViolations(browser.driver);

        // when they sign out
        signOut();
        Accessibility.assertNoSeriousViolations(browser.driver);

        // then a borough officer's figures are as accessible
        signIn("newham.officer1");
        Accessibility.assertNoSeriousViolations(browser.driver);
    }

    private void signOut() {
        browser.driver
                .findElement(By.cssSelector(".dashboard-header__sign-out button"))
                .click();
        await().atMost(SECONDS).until(() -> browser.driver.getCurrentUrl().endsWith("/dashboard/sign-in?signedOut"));
    }

    /** Signs in at the authorization server, as a demo user, from the dashboard: no password typed here. */
    private void signInAs(String username) {
        browser.driver.get(base() + "/dashboard" + period());
        assertThat(browser.driver.getCurrentUrl()).startsWith(SIGN_IN.issuer());
        DemoUser user = DemoUser.named(username).orElseThrow();
        browser.signInAt(SIGN_IN.issuer(), user.username(), user.password());
    }

    private void signIn(String username) {
        signInAs(username);
        assertThat(browser.driver.getCurrentUrl())
                .as(browser.driver.getPageSource())
                .startsWith(base() + "/dashboard" + period());
        await().atMost(SECONDS).until(() -> renderedCharts() > 0);
    }

    private List<String> texts(String css) {
        return browser.driver.findElements(By.cssSelector(css)).stream()
                .map(e -> e.getAttribute("textContent").strip())
                .toList();
    }

    private long renderedCharts() {
        return browser.driver
                .findElements(By.cssSelector("[data-rendered=true]"))
                .size();
    }

    private List<String> publishedCellTexts() {
        return browser.driver.findElements(By.cssSelector("table[data-published] td")).stream()
                .map(WebElement::getText)
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<String> sessionChartCategories() {
        return (List<String>) browser.script("return echarts.getInstanceByDom(document.querySelector("
                + "'[data-table=sessions-held] [data-chart]')).getOption().yAxis[0].data");
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private static String period() {
        return "?from=" + MONDAY + "&to=" + MONDAY.plusDays(6);
    }

    private void publishDemoFactsOnce() {
        synchronized (DashboardPageTests.class) {
            if (published) {
                return;
            }
            try (FactEvents facts = new FactEvents(environment.getRequiredProperty("spring.kafka.bootstrap-servers"))) {
                DemoFacts.weekOf(MONDAY).forEach(p -> facts.publish(p.fact(), p.borough()));
            }
            await().atMost(SECONDS)
                    .until(() -> count(Dimension.SESSIONS_HELD) == 54 && count(Dimension.REFERRALS_SENT) == 23);
            published = true;
        }
    }

    private long count(Dimension dimension) {
        FindCounts week = new FindCounts(MONDAY, MONDAY.plusDays(6), Optional.empty(), Optional.empty());
        return counters.find(dimension, week).stream().mapToLong(Counted::count).sum();
    }
}
