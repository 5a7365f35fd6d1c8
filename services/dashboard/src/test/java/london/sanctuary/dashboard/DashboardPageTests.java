package london.sanctuary.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
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
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
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
    void aFilterChangesTheChartsAndAChartWhoseEveryFigureIsHiddenSaysWhy() {
        // given: attendance (hundreds of people) is drawn; every count of sessions held is from 1 to 7 or hidden to
        // protect one that is, so that chart gives way to a sentence saying why, beside its table
        signIn("gla.analyst");
        assertThat(chartCategories("attendance")).containsExactly("Focus group", "Workshop");
        assertThat(browser.driver.findElements(By.cssSelector("[data-table=sessions-held] [data-chart]")))
                .isEmpty();
        assertThat(browser.driver
                        .findElement(By.cssSelector("[data-empty=sessions-held]"))
                        .getText())
                .contains("fewer than 8")
                .contains("hidden to protect the people");
        assertThat(texts("[data-published=sessions-held] tbody th"))
                .containsExactly("Focus group", "Workshop", "Total");

        // when
        new Select(browser.driver.findElement(By.id("session-type"))).selectByValue("WORKSHOP");
        browser.driver.findElement(By.id("apply-filters")).click();

        // then
        await().atMost(SECONDS).until(() -> browser.driver.getCurrentUrl().contains("sessionType=WORKSHOP"));
        await().atMost(SECONDS).until(() -> renderedCharts() > 0);
        assertThat(chartCategories("attendance")).containsExactly("Workshop");
        assertThat(texts("[data-published=sessions-held] tbody th")).containsExactly("Workshop", "Total");
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

        // then it is named for its period, says what and when it covers, and labels rows and columns
        Path csv = browser.downloads.resolve("sessions-held-" + MONDAY + "-to-" + MONDAY.plusDays(6) + ".csv");
        await().atMost(SECONDS).until(() -> Files.exists(csv) && Files.size(csv) > 0);
        // true counts: focus groups 12, 3, 25 (40); workshops 4, 0, 10 (14); totals 16, 3, 35 (54). The 3s and
        // the 4 are hidden, and with them enough others that none can be worked out from the totals; the rest
        // are perturbed by their cell keys and rounded (40 and 35 stay; 14 and 54 may go either way)
        String period =
                "\"London, " + MONDAY.format(DAY) + " to " + MONDAY.plusDays(6).format(DAY) + "\"\n";
        assertThat(Files.readString(csv))
                .matches("\"Sessions held, by type and borough\"\n" + Pattern.quote(period)
                        + "\"Session type \\\\ borough\",\"Barnet\",\"Lambeth\",\"Newham\",\"Total\"\n"
                        + "\"Focus group\",\\[c],\\[c],\\[c],40\n\"Workshop\",\\[c],0,\\[c],(10|15)\n"
                        + "\"Total\",\\[c],\\[c],35,(50|55)\n");
    }

    @Test
    void theHeaderSaysWhoIsSignedInAnEmptyChartSaysWhyAndABadFilterIsAPageNamingIt() {
        // given an analyst signed in
        signIn("gla.analyst");

        // then the header names them, and a table with nothing in the week says so in words instead of a chart
        assertThat(browser.driver.findElement(By.id("signed-in-as")).getText()).isEqualTo("Robin Ellis");
        assertThat(browser.driver
                        .findElement(By.cssSelector("[data-empty=consent-purposes]"))
                        .getText())
                .isEqualTo("No consents were recorded in this period.");
        assertThat(browser.driver.findElements(By.cssSelector("[data-table=consent-purposes] [data-chart]")))
                .isEmpty();

        // when they ask for a period that ends before it starts, and then for a session type that does not exist
        browser.driver.get(base() + "/dashboard?from=" + MONDAY + "&to=" + MONDAY.minusDays(7));

        // then the page says which filter is wrong, at the filter, in a GOV.UK error summary, not in JSON
        assertThat(browser.driver
                        .findElement(By.cssSelector(".govuk-error-summary"))
                        .getText())
                .contains("There is a problem")
                .contains("To must not be before from");
        assertThat(browser.driver
                        .findElement(By.cssSelector(".govuk-error-summary a"))
                        .getAttribute("href"))
                .endsWith("#to");
        assertThat(browser.driver.findElement(By.id("to-error")).getText()).contains("To must not be before from");
        assertThat(browser.driver.getPageSource()).doesNotContain("\"detail\"").doesNotContain("data-published");
        assertThat(browser.driver.findElement(By.id("signed-in-as")).getText()).isEqualTo("Robin Ellis");
        Accessibility.assertNoSeriousViolations(browser.driver);
        browser.driver.get(base() + "/dashboard?sessionType=PICNIC");
        assertThat(browser.driver
                        .findElement(By.cssSelector(".govuk-error-summary"))
                        .getText())
                .contains("Session type must be one of");
        assertThat(new Select(browser.driver.findElement(By.id("session-type")))
                        .getFirstSelectedOption()
                        .getText())
                .isEqualTo("All types");
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
    private List<String> chartCategories(String table) {
        return (List<String>) browser.script("return echarts.getInstanceByDom(document.querySelector(" + "'[data-table="
                + table + "] [data-chart]')).getOption().yAxis[0].data");
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
