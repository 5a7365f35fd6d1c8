package london.sanctuary.consent.link.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

class LinkThrottleTests {

    static final String TOKEN = "Abcdefgh" + "x".repeat(35);
    final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    final LinkThrottle throttle = new LinkThrottle(3, Duration.ofMinutes(1), 100, pages(), registry);

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

    private MockHttpServletResponse call(String address, String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRemoteAddr(address);
        MockHttpServletResponse response = new MockHttpServletResponse();
        throttle.doFilter(request, response, new MockFilterChain());
        return response;
    }

    /** The service's own templates, as the page renders them (its layout links its stylesheet context-relative). */
    private static SpringTemplateEngine pages() {
        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
        templates.setPrefix("templates/consent/");
        templates.setSuffix(".html");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(templates);
        return engine;
    }
}
