package london.sanctuary.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import london.sanctuary.contracts.Language;
import london.sanctuary.platform.test.Accessibility;
import london.sanctuary.platform.test.ApiClient;
import london.sanctuary.platform.test.Browser;
import london.sanctuary.platform.test.PageWording;
import london.sanctuary.platform.test.SanctuaryIntegrationTest;
import london.sanctuary.platform.test.TestTokens;
import london.sanctuary.platform.test.UnmarkedEnglish;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * The participant's pages in Farsi, Tigrinya and Ukrainian: each page's {@code lang} and {@code dir}, its wording in
 * the language, and no English on it unless marked {@code lang="en"} — scripts that are not Latin, so a Latin word
 * on the page's own language is English that leaked.
 */
@SanctuaryIntegrationTest
@TestPropertySource(properties = "spring.config.name=feedback")
class PublicPageLanguagesIntegrationTests {

    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");
    private static final Pattern MODULE_IMPORT = Pattern.compile("from '([^']+)'");

    @LocalServerPort
    int port;

    ApiClient officer;
    PublicPage browser;

    @BeforeEach
    void connect() {
        officer = new ApiClient(port, TestTokens.officer("newham"));
        browser = new PublicPage(port);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"fa, rtl, پاسخ‌هایم را بفرست", "ti, ltr, መልስታተይ ስደድ", "uk, ltr, Надіслати мої відповіді"})
    void givenAFormInTheLanguageWhenEachPublicPageIsShownThenItCarriesLangAndDirAndNoUnmarkedEnglish(
            String lang, String dir, String submit) {
        // given
        String code = publishInFiveLanguages();
        String form = "/public/f/" + code;

        // when
        HttpResponse<String> page = browser.get(form + "?lang=" + lang, null);
        HttpResponse<String> refusedAnswers = browser.submit(code, lang, Map.of());
        HttpResponse<String> thanks = browser.get(form + "/thanks?lang=" + lang, null);
        HttpResponse<String> unknown = browser.get("/public/f/AAAAAAAA?lang=" + lang, null);
        HttpResponse<String> unknownByBrowser = browser.get("/public/f/AAAAAAAA", lang + ", en;q=0.5");

        // then
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(refusedAnswers.statusCode()).isEqualTo(400);
        assertThat(thanks.statusCode()).isEqualTo(200);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknownByBrowser.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(page.body()).selectFirst("button.govuk-button").text())
                .isEqualTo(submit);
        for (HttpResponse<String> shown : List.of(page, refusedAnswers, thanks, unknown, unknownByBrowser)) {
            Document html = Jsoup.parse(shown.body());
            assertThat(html.selectFirst("html").attr("lang")).isEqualTo(lang);
            assertThat(html.selectFirst("html").attr("dir")).isEqualTo(dir);
            assertThat(unmarkedEnglish(html, lang))
                    .as("text on the %s page %s in English without lang=\"en\"", lang, shown.uri())
                    .isEmpty();
        }
        assertThat(Jsoup.parse(refusedAnswers.body()).select(".govuk-error-summary__list a"))
                .hasSize(2);
    }

    @Test
    void givenAQuestionWithoutAFarsiTextWhenTheFarsiPageIsShownThenItIsInEnglishMarkedLeftToRight() {
        // given
        String code = publishInFiveLanguages();

        // when
        Document farsi =
                Jsoup.parse(browser.get("/public/f/" + code + "?lang=fa", null).body());

        // then the English question is marked, the Farsi ones inherit the page's language
        Element scale = farsi.getElementsContainingOwnText("How was the day?").first();
        assertThat(scale).isNotNull();
        assertThat(scale.attr("lang")).isEqualTo("en");
        assertThat(scale.attr("dir")).isEqualTo("ltr");
        Element first = farsi.getElementsContainingOwnText("چه چیزی را باید تغییر دهیم؟")
                .first();
        assertThat(first.hasAttr("lang")).isFalse();
        assertThat(farsi.selectFirst("h1").hasAttr("lang")).isFalse();
        assertThat(farsi.selectFirst(".govuk-header__link").attr("lang")).isEqualTo("en");
        // and the scale's numbers are Persian digits, its values still 1 … 5
        assertThat(farsi.select(".govuk-radios__label").eachText()).contains("۱", "۵");
        assertThat(farsi.select(".govuk-radios__input").eachAttr("value")).contains("1", "5");
        assertThat(farsi.select(".govuk-hint").eachText()).contains("۱ یعنی خیلی بد، ۵ یعنی خیلی خوب.");
    }

    @Test
    void givenAnUnknownFormCodeWhenAskedInALanguageThenTheNotFoundPageIsInThatLanguage() {
        // when
        HttpResponse<String> farsi = browser.get("/public/f/AAAAAAAA?lang=fa", "uk");
        HttpResponse<String> ukrainian = browser.get("/public/f/AAAAAAAA", "uk-UA, en;q=0.5");
        HttpResponse<String> english = browser.get("/public/f/AAAAAAAA", null);

        // then
        assertThat(farsi.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(farsi.body()).selectFirst("h1").text()).isEqualTo("صفحه پیدا نشد");
        assertThat(Jsoup.parse(farsi.body()).selectFirst("html").attr("dir")).isEqualTo("rtl");
        assertThat(Jsoup.parse(ukrainian.body()).selectFirst("h1").text()).isEqualTo("Сторінку не знайдено");
        assertThat(ukrainian.headers().allValues("Vary"))
                .anySatisfy(v -> assertThat(v).contains("Accept-Language"));
        assertThat(Jsoup.parse(english.body()).selectFirst("h1").text()).isEqualTo("Page not found");
        assertThat(Jsoup.parse(english.body()).selectFirst("html").attr("lang")).isEqualTo("en");
    }

    @Test
    void givenAnswersPastTheBodyCapWhenSentFromTheTigrinyaPageThenTheRefusalIsInTigrinya() {
        // given
        String code = publishInFiveLanguages();

        // when
        HttpResponse<String> refused = browser.post("/public/f/" + code + "?lang=ti", "q1=" + "x".repeat(300_000));

        // then
        assertThat(refused.statusCode()).isEqualTo(413);
        Document html = Jsoup.parse(refused.body());
        assertThat(html.selectFirst("html").attr("lang")).isEqualTo("ti");
        assertThat(html.selectFirst("h1").text()).isEqualTo("መልስታትካ ኣዝዮም ነዊሓት እዮም");
        assertThat(unmarkedEnglish(html, "ti")).isEmpty();
    }

    @Test
    void givenTheFormPageWhenItsScriptsAreFetchedThenTheGovukScriptItImportsAnswersAsJavaScript() {
        // given
        String code = publishInFiveLanguages();
        Document page =
                Jsoup.parse(browser.get("/public/f/" + code + "?lang=fa", null).body());
        String init = page.selectFirst("script[type=module]").attr("src");

        // when
        HttpResponse<String> script = browser.get(init, null);
        Matcher imported = MODULE_IMPORT.matcher(script.body());

        // then
        assertThat(init).isEqualTo("/public/feedback/init.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("javascript"));
        assertThat(imported.find()).as("init.js imports GOV.UK Frontend").isTrue();
        HttpResponse<String> govuk = browser.get(imported.group(1), null);
        assertThat(govuk.statusCode()).as(imported.group(1)).isEqualTo(200);
        assertThat(govuk.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("javascript"));
        assertThat(govuk.body()).contains("initAll");
    }

    @Test
    void
            givenAFormInFiveLanguagesWhenEachPublicPageIsShownInChromiumThenAxeFindsNothingSeriousAndNoEnglishIsUnmarked() {
        assumeTrue(Browser.isInstalled(), "Debian's chromium and chromium-driver are not installed");
        // given
        String code = publishInFiveLanguages();
        String address = "http://localhost:" + port + "/public/f/";

        try (Browser browser = Browser.phone()) {
            WebDriver page = browser.driver;
            for (String lang : List.of("en", "ar", "fa", "ti")) {
                // when the form is shown, sent empty, thanked for, and an unknown code asked for
                page.get(address + code + "?lang=" + lang);
                assertThat(page.findElement(By.cssSelector("footer .sanctuary-council"))
                                .getText())
                        .isEqualTo("Newham Council");
                assertThat(page.findElement(By.cssSelector("footer a[href$='/privacy']"))
                                .getAttribute("href"))
                        .isEqualTo("https://www.newham.gov.uk/privacy");
                assertFitsTheLanguage(page, lang);
                page.findElement(By.cssSelector("button.govuk-button")).click();
                await().atMost(Duration.ofSeconds(10))
                        .until(() -> !page.findElements(By.className("govuk-error-summary"))
                                .isEmpty());
                assertFitsTheLanguage(page, lang);
                page.get(address + code + "/thanks?lang=" + lang);
                assertThat(page.findElements(By.cssSelector("footer .sanctuary-council")))
                        .hasSize(1);
                assertFitsTheLanguage(page, lang);
                page.get(address + "AAAAAAAA?lang=" + lang);

                // then each page passed axe-core, and none shows English unmarked
                assertFitsTheLanguage(page, lang);
            }
        }
    }

    private static void assertFitsTheLanguage(WebDriver page, String lang) {
        assertThat(page.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo(lang);
        Accessibility.assertNoSeriousViolations(page);
        if (!lang.equals("en")) {
            UnmarkedEnglish.assertNone(
                    page, Language.of(lang), PageWording.of("feedback/messages"), PageWording.of("sanctuary/footer"));
        }
    }

    /**
     * Each text on the page whose nearest {@code lang} is the page's own yet holds Latin letters ("QR", the code's
     * name in every language, aside): English that is not marked as such.
     */
    static List<String> unmarkedEnglish(Document html, String lang) {
        List<String> found = new ArrayList<>();
        for (Element element : html.getAllElements()) {
            if (element.is("script, style")) {
                continue;
            }
            for (TextNode text : element.textNodes()) {
                String shown = text.text().replace("QR", "").strip();
                Element marked = element.closest("[lang]");
                if (LATIN.matcher(shown).find()
                        && marked != null
                        && marked.attr("lang").equals(lang)) {
                    found.add(element.tagName() + ": " + shown);
                }
            }
        }
        return found;
    }

    private String publishInFiveLanguages() {
        Map<String, Object> form = Map.of(
                "title",
                Map.of(
                        "en", "Tell us about the open house",
                        "ar", "أخبرونا عن اليوم المفتوح",
                        "fa", "دربارهٔ خانهٔ باز به ما بگویید",
                        "ti", "ብዛዕባ እቲ ክፉት ገዛ ንገሩና",
                        "uk", "Розкажіть нам про день відкритих дверей"),
                "questions",
                List.of(
                        Map.of(
                                "type",
                                "FREE_TEXT",
                                "required",
                                true,
                                "text",
                                Map.of(
                                        "en", "What should we change?",
                                        "ar", "ما الذي يجب أن نغيره؟",
                                        "fa", "چه چیزی را باید تغییر دهیم؟",
                                        "ti", "እንታይ ክንቅይር ይግባእ፧",
                                        "uk", "Що нам варто змінити?")),
                        Map.of(
                                "type",
                                "SINGLE_CHOICE",
                                "required",
                                true,
                                "text",
                                Map.of(
                                        "en", "Did you feel welcome?",
                                        "ar", "هل شعرت بالترحيب؟",
                                        "fa", "آیا احساس کردید که از شما استقبال شد؟",
                                        "ti", "እንቋዕ ብደሓን መጻእኩም ዝብል ስምዒት ተሰሚዑኩም ድዩ፧",
                                        "uk", "Чи відчували ви, що вам тут раді?"),
                                "choices",
                                List.of(
                                        Map.of("en", "Yes", "ar", "نعم", "fa", "بله", "ti", "እወ", "uk", "Так"),
                                        Map.of("en", "No", "ar", "لا", "fa", "نه", "ti", "ኣይፋል", "uk", "Ні"))),
                        Map.of(
                                "type",
                                "SCALE_1_5",
                                "text",
                                Map.of(
                                        "en",
                                        "How was the day?",
                                        "ar",
                                        "كيف كان اليوم؟",
                                        "ti",
                                        "እቲ መዓልቲ ከመይ ነይሩ፧",
                                        "uk",
                                        "Яким був день?"))));
        ApiClient.Response created = officer.post("/api/boroughs/newham/forms", FeedbackRequests.json(form));
        assertThat(created.status()).isEqualTo(201);
        return created.json().path("code").asString();
    }
}
