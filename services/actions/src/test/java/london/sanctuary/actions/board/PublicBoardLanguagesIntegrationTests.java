package london.sanctuary.actions.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import london.sanctuary.contracts.Language;
import london.sanctuary.platform.test.Accessibility;
import london.sanctuary.platform.test.ApiClient;
import london.sanctuary.platform.test.Browser;
import london.sanctuary.platform.test.PageWording;
import london.sanctuary.platform.test.SanctuaryIntegrationTest;
import london.sanctuary.platform.test.TestTokens;
import london.sanctuary.platform.test.UnmarkedEnglish;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The public board in real Chromium in English, Arabic, Farsi and Tigrinya: the council's footer, a language menu
 * of every offered language by its own name, no serious accessibility violation, and no English left unmarked.
 */
@SanctuaryIntegrationTest
@TestPropertySource(
        properties = {
            "spring.config.name=actions",
            "sanctuary.pages.councils.barnet.phone=020 8359 2000",
            "sanctuary.pages.councils.barnet.email=sanctuary@barnet.gov.uk",
            "sanctuary.pages.councils.barnet.address=2 Bristol Avenue, Colindale, London NW9 4EW"
        })
class PublicBoardLanguagesIntegrationTests {

    static final PageWording[] WORDING = {PageWording.of("actions/messages"), PageWording.of("sanctuary/footer")};

    @LocalServerPort
    int port;

    @Test
    void givenADoneActionToldInEnglishAndArabicWhenTheBoardIsReadInEachLanguageThenItIsAccessibleAndMarksItsEnglish() {
        assumeTrue(Browser.isInstalled(), "Debian's chromium and chromium-driver are not installed");
        // given
        completeAnAction("barnet");
        String board = "http://localhost:" + port + "/public/boroughs/barnet/you-said-we-did?lang=";

        try (Browser browser = Browser.phone()) {
            WebDriver page = browser.driver;
            for (String lang : List.of("en", "ar", "fa", "ti")) {
                // when
                page.get(board + lang);

                // then
                assertThat(page.findElement(By.tagName("html")).getAttribute("lang"))
                        .isEqualTo(lang);
                assertThat(page.findElement(By.cssSelector("footer .sanctuary-council"))
                                .getText())
                        .isEqualTo("Barnet Council");
                assertThat(page.findElement(By.cssSelector("footer a[href^='tel:']"))
                                .getAttribute("href"))
                        .isEqualTo("tel:02083592000");
                assertThat(page.findElements(By.cssSelector("nav a[hreflang]")))
                        .extracting(link -> link.getText())
                        .contains("English", "العربية", "فارسی", "ትግርኛ", "Українська", "简体中文")
                        .hasSize(Language.known().size());
                Accessibility.assertNoSeriousViolations(page);
                if (!lang.equals("en")) {
                    UnmarkedEnglish.assertNone(page, Language.of(lang), WORDING);
                }
            }
        }
    }

    @Test
    void givenAnEnglishLabelLeftUnmarkedOnAFarsiPageWhenCheckedThenTheHelperNamesIt() {
        assumeTrue(Browser.isInstalled(), "Debian's chromium and chromium-driver are not installed");
        // given the Farsi board with one heading put back into English, unmarked
        String board = "http://localhost:" + port + "/public/boroughs/barnet/you-said-we-did?lang=fa";
        try (Browser browser = Browser.phone()) {
            browser.driver.get(board);
            browser.script("document.querySelector('h1').textContent = 'Nothing has been completed yet.'");

            // when
            List<String> found =
                    UnmarkedEnglish.find(browser.driver, UnmarkedEnglish.englishOnly(Language.of("fa"), WORDING));

            // then
            assertThat(found).singleElement().asString().contains("h1").contains("Nothing has been completed yet.");
        }
    }

    private void completeAnAction(String borough) {
        ApiClient api = new ApiClient(port, TestTokens.officer(borough));
        String actions = "/api/boroughs/" + borough + "/actions";
        ApiClient.Response raised = api.post(actions, """
                {"themes": ["health-access"], "feedbackResponseIds": [], "title": "A GP at the hotel",
                 "ownerTeam": "Housing needs", "dueOn": "2026-12-31"}""");
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        String id = raised.json().get("actionId").asString();
        for (String status : List.of("AGREED", "IN_PROGRESS")) {
            assertThat(api.post(actions + "/" + id + "/status", "{\"status\": \"" + status + "\"}")
                            .status())
                    .isEqualTo(200);
        }
        assertThat(api.post(actions + "/" + id + "/completion", """
                                {"outcome": "DONE", "statement": {"en": "A GP now visits the hotel every Tuesday",
                                 "ar": "يزور طبيب الفندق كل ثلاثاء"}}""").status()).isEqualTo(200);
    }
}
