package london.sanctuary.consent.link.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.http.Cookie;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import london.sanctuary.consent.config.LinkSettings;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The person's pages' rate limit (decision 0070): what can guess (opening a token, the lost-link form, anything
 * without a page cookie that unseals) per client address and per token start; what comes with a sealed page cookie
 * per opened link, so many people on one hotel's wifi do not refuse each other.
 */
class LinkThrottleTests {

    static final String TOKEN = "Abcdefgh" + "x".repeat(35);
    static final PageCookie COOKIE =
            new PageCookie("the replicas' shared page key!!!".getBytes(), Duration.ofMinutes(30), Clock.systemUTC());
    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    final LinkThrottle throttle = throttle(new LinkThrottle.Limits(3, 5, Duration.ofMinutes(1), 100));

    @Test
    void givenOneAddressWhenItAsksMoreThanItsLimitThenItIsRefusedWith429AndRetryAfterAndOthersAreNot()
            throws Exception {
        // given
        for (int i = 0; i < 3; i++) {
            assertThat(call("203.0.113.1", "/public/me").getStatus()).isEqualTo(200);
        }

        // when
        MockHttpServletResponse refused = call("203.0.113.1", "/public/me");

        // then
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isNotBlank();
        assertThat(refused.getContentType()).startsWith("text/html");
        assertThat(refused.getContentAsString()).contains("<html", "/public/personal-link/me.css");
        assertThat(refused.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
        assertThat(refused.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(call("203.0.113.2", "/public/me").getStatus()).isEqualTo(200);
    }

    @Test
    void givenManyAddressesGuessingAroundOneTokenWhenTheyPassTheTokensLimitThenTheyAreRefused() throws Exception {
        // given three addresses, each once, on tokens that start alike
        for (int i = 0; i < 3; i++) {
            assertThat(call("198.51.100." + i, "/public/me/" + TOKEN.substring(0, 42) + i)
                            .getStatus())
                    .isEqualTo(200);
        }

        // when a fourth address tries the same prefix
        MockHttpServletResponse refused = call("198.51.100.9", "/public/me/" + TOKEN);

        // then
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(call("198.51.100.9", "/public/me/Zyxwvuts" + "x".repeat(35)).getStatus())
                .isEqualTo(200);
    }

    @Test
    void givenManyPeopleOnTheirSessionsPageWhenTheyPassTheTokensLimitTogetherThenNoneIsRefused() throws Exception {
        // given the page names of the person's page, eight characters or not, each from many addresses
        int address = 0;
        for (String page : new String[] {"sessions", "lost", "stop", "sessions/" + TOKEN}) {
            for (int i = 0; i < 5; i++) {
                // when
                int status = call("192.0.2." + ++address, "/public/me/" + page).getStatus();

                // then: a page's name is no token's start, so visits by different people share no limit
                assertThat(status).as(page).isEqualTo(200);
            }
        }
    }

    @Test
    void givenATokenWrittenWithPercentEscapesWhenItIsGuessedFromManyAddressesThenItSharesTheTokensLimit()
            throws Exception {
        // given the token's start spelt plainly and escaped, as the controller reads both alike
        call("198.51.100.1", "/public/me/" + TOKEN);
        call("198.51.100.2", "/public/me/%41bcdefgh" + "x".repeat(35));
        call("198.51.100.3", "/public/me/A%62cdefgh" + "x".repeat(35));

        // when a fourth address tries it once more
        MockHttpServletResponse refused = call("198.51.100.4", "/public/me/%41%62cdefgh" + "x".repeat(35));

        // then
        assertThat(refused.getStatus()).isEqualTo(429);
    }

    @Test
    void givenARefusalWhenItIsCountedThenTheMetricNamesNoAddressNoTokenAndNoPerson() throws Exception {
        // given
        for (int i = 0; i < 4; i++) {
            call("192.0.2.7", "/public/me/" + TOKEN);
        }

        // then
        assertThat(registry.getMeters())
                .allSatisfy(meter ->
                        assertThat(meter.getId().toString()).doesNotContain("192.0.2.7", TOKEN.substring(0, 8)));
        assertThat(registry.get("sanctuary.personal.link.refusals").counter().count())
                .isEqualTo(1.0);
    }

    @Test
    void givenFortyPeopleOnOneHotelsWifiWhenEachViewsTheirPagesTwiceInAMinuteThenNoneIsRefused() throws Exception {
        // given the service's default limits, and forty people who each opened their own link on the hotel's wifi
        LinkThrottle defaults = throttle(defaultLimits());
        List<String> cookies = new ArrayList<>();
        for (int person = 0; person < 40; person++) {
            cookies.add(pageOf(hashOf(person), null));
        }

        // when each reads their page and their sessions within the minute, all from the hotel's one address
        List<Integer> statuses = new ArrayList<>();
        for (String cookie : cookies) {
            statuses.add(
                    call(defaults, get("203.0.113.80", "/public/me", cookie)).getStatus());
            statuses.add(call(defaults, get("203.0.113.80", "/public/me/sessions", cookie))
                    .getStatus());
        }

        // then none of the eighty is refused (per address, the 31st would have been)
        assertThat(statuses).hasSize(80).containsOnly(200);
    }

    @Test
    void givenOneAddressWhenItOpens31TokensInAMinuteThenThe31stIsRefusedWith429EvenWithAPageCookieOfItsOwn()
            throws Exception {
        // given the default limits, and someone whose own link is open in this browser
        LinkThrottle defaults = throttle(defaultLimits());
        String own = pageOf(hashOf(1), null);
        for (int i = 0; i < 30; i++) {
            String guess = String.format("%08d", i) + "x".repeat(35);
            assertThat(call(defaults, get("203.0.113.81", "/public/me/" + guess, own))
                            .getStatus())
                    .isEqualTo(200);
        }

        // when the same address opens a 31st token, with and without the cookie
        MockHttpServletResponse withCookie = call(defaults, get("203.0.113.81", "/public/me/" + TOKEN, own));
        MockHttpServletResponse without = call(defaults, get("203.0.113.81", "/public/me/" + TOKEN, null));

        // then both are refused: opening a token is guessing, limited per address whatever the cookie
        assertThat(withCookie.getStatus()).isEqualTo(429);
        assertThat(withCookie.getHeader("Retry-After")).matches("[1-9][0-9]*");
        assertThat(without.getStatus()).isEqualTo(429);
    }

    @Test
    void givenAForgedOrTamperedCookieWhenItIsSentThenItCountsAsNoCookieAndIsLimitedPerAddress() throws Exception {
        // given a real cookie with one character changed, one sealed under another key, and one made up
        String real = pageOf(hashOf(2), null);
        // (a character in the middle: the last of unpadded base64 may carry only bits that are dropped)
        int middle = real.length() / 2;
        String tampered =
                real.substring(0, middle) + (real.charAt(middle) == 'A' ? 'B' : 'A') + real.substring(middle + 1);
        String foreign = PageCookieTests.written(
                new PageCookie(
                        "another deployment's page key!!!".getBytes(), Duration.ofMinutes(30), Clock.systemUTC()),
                new OpenedLink("newham", hashOf(2), null, Instant.now()));
        for (String forged : new String[] {tampered, foreign, "made-up"}) {
            assertThat(call(get("203.0.113.82", "/public/me", forged)).getStatus())
                    .isEqualTo(200);
        }

        // when the address sends a fourth forged cookie, and the real one
        MockHttpServletResponse refused = call(get("203.0.113.82", "/public/me", tampered));
        MockHttpServletResponse person = call(get("203.0.113.82", "/public/me", real));

        // then the forged ones share the address's limit; the real one is counted apart
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).isNotBlank();
        assertThat(person.getStatus()).isEqualTo(200);
    }

    @Test
    void givenOnePersonsBrowserWhenItPassesThePerPersonLimitFromAnyAddressThenItIsRefusedAndOthersAreNot()
            throws Exception {
        // given one person's cookie used up to its limit, from a different address each time
        String flooding = pageOf(hashOf(3), null);
        for (int i = 0; i < 5; i++) {
            assertThat(call(get("192.0.2." + i, "/public/me", flooding)).getStatus())
                    .isEqualTo(200);
        }

        // when it asks once more, from yet another address
        MockHttpServletResponse refused = call(get("192.0.2.99", "/public/me/sessions", flooding));

        // then it is refused; another person at the same address is not
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getHeader("Retry-After")).matches("[1-9][0-9]*");
        assertThat(call(get("192.0.2.99", "/public/me", pageOf(hashOf(4), null)))
                        .getStatus())
                .isEqualTo(200);
    }

    @Test
    void givenAPersonWithAPageCookieWhenTheyUseTheLostLinkFormThenItIsLimitedPerAddressAsForAnyone() throws Exception {
        // given the address's limit used up by people without a page
        for (int i = 0; i < 3; i++) {
            call(get("203.0.113.83", "/public/me/lost", null));
        }

        // when a person with their page open asks for a lost link from there
        MockHttpServletResponse refused = call(get("203.0.113.83", "/public/me/lost", pageOf(hashOf(5), null)));

        // then the form, which looks people up by phone number, stays limited per address
        assertThat(refused.getStatus()).isEqualTo(429);
    }

    @Test
    void givenAnArabicPersonWhoseBrowserSaysEnglishWhenTheyAreRefusedThenThePageIsInArabicRightToLeft()
            throws Exception {
        // given a person who chose Arabic on their page, on a phone set to English
        String hash = hashOf(6);
        String cookie = pageOf(hash, "ar");
        for (int i = 0; i < 5; i++) {
            call(get("203.0.113.84", "/public/me", cookie));
        }

        // when they are refused
        MockHttpServletResponse refused = call(get("203.0.113.84", "/public/me", cookie));

        // then the page is in Arabic, right to left, and names no hash, cookie or address
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentAsString())
                .contains("lang=\"ar\"", "dir=\"rtl\"", "محاولات كثيرة جدًا")
                .doesNotContain(hash, cookie, "203.0.113.84", "Too many tries");
    }

    @Test
    void givenSomeoneWithoutAPageWhoAskedForFarsiWhenTheyAreRefusedThenThePageIsInFarsiButAPostsLangIsNotRead()
            throws Exception {
        // given an address's limit used up
        for (int i = 0; i < 3; i++) {
            call(get("203.0.113.85", "/public/me/lost", null));
        }

        // when it asks in Farsi by the address, and posts asking for Farsi in the form
        MockHttpServletResponse asked = call(get("203.0.113.85", "/public/me/lost?lang=fa", null));
        MockHttpServletRequest post = get("203.0.113.85", "/public/me/lost", null);
        post.setMethod("POST");
        post.setParameter("lang", "fa");
        MockHttpServletResponse posted = call(post);

        // then the GET's page is in Farsi, right to left; the post's in the browser's language
        assertThat(asked.getStatus()).isEqualTo(429);
        assertThat(asked.getContentAsString()).contains("lang=\"fa\"", "dir=\"rtl\"");
        assertThat(posted.getStatus()).isEqualTo(429);
        assertThat(posted.getContentAsString()).contains("lang=\"en\"", "dir=\"ltr\"");
    }

    @Test
    void givenAPersonRefusedWhenItIsCountedThenTheMetricNamesNoHashAndIsTaggedByMethodOnly() throws Exception {
        // given
        String hash = hashOf(7);
        for (int i = 0; i < 6; i++) {
            call(get("192.0.2.8", "/public/me", pageOf(hash, "ar")));
        }

        // then
        assertThat(registry.get("sanctuary.personal.link.refusals")
                        .counter()
                        .getId()
                        .getTags())
                .extracting(tag -> tag.getKey())
                .containsExactlyInAnyOrder("reason", "method");
        assertThat(registry.getMeters())
                .allSatisfy(meter -> assertThat(meter.getId().toString()).doesNotContain(hash, "192.0.2.8"));
    }

    private MockHttpServletResponse call(String address, String path) throws Exception {
        return call(get(address, path, null));
    }

    private MockHttpServletResponse call(MockHttpServletRequest request) throws Exception {
        return call(throttle, request);
    }

    private static MockHttpServletResponse call(LinkThrottle throttle, MockHttpServletRequest request)
            throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        throttle.doFilter(request, response, new MockFilterChain());
        return response;
    }

    /** A GET from {@code address} on a phone set to English, with the page cookie {@code cookie} (or none). */
    private static MockHttpServletRequest get(String address, String path, String cookie) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path.replaceAll("\\?.*", ""));
        request.setRemoteAddr(address);
        request.addHeader("Accept-Language", "en-GB,en;q=0.9");
        if (path.contains("?")) {
            String query = path.substring(path.indexOf('?') + 1);
            request.setQueryString(query);
            request.setParameter(query.split("=")[0], query.split("=")[1]);
        }
        if (cookie != null) {
            request.setCookies(new Cookie(PageCookie.NAME, cookie));
        }
        return request;
    }

    /** The page cookie of someone who opened the link of {@code hash}, having chosen {@code language} (or not). */
    private static String pageOf(String hash, String language) {
        return PageCookieTests.written(COOKIE, new OpenedLink("newham", hash, language, Instant.now()));
    }

    private static String hashOf(int person) {
        return String.format("%064x", person + 0xabcdefL);
    }

    /** The service's defaults ({@code sanctuary.consent.personal-link}, nothing set). */
    private static LinkThrottle.Limits defaultLimits() {
        LinkSettings settings =
                new LinkSettings(null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        return new LinkThrottle.Limits(
                settings.requests(), settings.perPerson(), settings.period(), settings.addresses());
    }

    private LinkThrottle throttle(LinkThrottle.Limits limits) {
        return new LinkThrottle(limits, COOKIE, pages(), registry);
    }

    /**
     * The service's own templates and the pages' wording, as the page renders them (its layout links its stylesheet
     * context-relative).
     */
    private static SpringTemplateEngine pages() {
        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
        templates.setPrefix("templates/consent/");
        templates.setSuffix(".html");
        ResourceBundleMessageSource wording = new ResourceBundleMessageSource();
        wording.setBasenames("personal-link/messages");
        wording.setDefaultEncoding("UTF-8");
        wording.setFallbackToSystemLocale(false);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(templates);
        engine.setTemplateEngineMessageSource(wording);
        return engine;
    }
}
