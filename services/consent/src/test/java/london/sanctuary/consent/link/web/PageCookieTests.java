package london.sanctuary.consent.link.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The person's page cookie: what one replica writes another reads, and nothing else opens a page — not an altered
 * cookie, not one sealed under another key, not one idle too long — and it shows nothing of what it carries.
 */
class PageCookieTests {

    private static final Instant NOW = Instant.parse("2026-12-05T21:00:00Z");
    private static final byte[] KEY = "the replicas' shared page key!!!".getBytes();
    private static final OpenedLink OPENED = new OpenedLink("newham", "ab".repeat(32), "ar", NOW);

    @Test
    void givenACookieWrittenByOneReplicaWhenAnotherReadsItThenItOpensTheSameLinkInTheSameLanguage() {
        // given
        String written = written(new PageCookie(KEY, Duration.ofMinutes(30), at(NOW)), OPENED);

        // when
        var read = new PageCookie(KEY, Duration.ofMinutes(30), at(NOW.plusSeconds(60))).read(sent(written));

        // then
        assertThat(read).hasValueSatisfying(link -> {
            assertThat(link.borough()).isEqualTo("newham");
            assertThat(link.hash()).isEqualTo(OPENED.hash());
            assertThat(link.language()).isEqualTo("ar");
        });
        assertThat(written).doesNotContain("newham", OPENED.hash(), "ab".repeat(4));
    }

    @Test
    void givenAnAlteredCookieOrOneSealedUnderAnotherKeyWhenReadThenNoPageOpens() {
        // given
        PageCookie cookie = new PageCookie(KEY, Duration.ofMinutes(30), at(NOW));
        String written = written(cookie, OPENED);
        byte[] sealed = Base64.getUrlDecoder().decode(written);
        sealed[sealed.length / 2] ^= 1;
        String altered = Base64.getUrlEncoder().withoutPadding().encodeToString(sealed);
        String otherKey = written(
                new PageCookie("another key, another deployment!".getBytes(), Duration.ofMinutes(30), at(NOW)), OPENED);

        // when / then
        assertThat(cookie.read(sent(altered))).isEmpty();
        assertThat(cookie.read(sent(otherKey))).isEmpty();
        assertThat(cookie.read(sent("not base64 at all!"))).isEmpty();
        assertThat(cookie.read(sent("x".repeat(5000)))).isEmpty();
        assertThat(cookie.read(new MockHttpServletRequest())).isEmpty();
    }

    @Test
    void givenACookieIdleLongerThanAllowedWhenReadThenNoPageOpens() {
        // given
        String written = written(new PageCookie(KEY, Duration.ofMinutes(30), at(NOW)), OPENED);

        // when
        var late =
                new PageCookie(KEY, Duration.ofMinutes(30), at(NOW.plus(Duration.ofMinutes(31)))).read(sent(written));

        // then
        assertThat(late).isEmpty();
    }

    @Test
    void givenAPageWhenItsCookieIsWrittenThenItIsHttpOnlySameSiteLaxForThePersonsPagesOnlyAndSecureOverTls() {
        // given
        MockHttpServletRequest overTls = new MockHttpServletRequest();
        overTls.setSecure(true);
        MockHttpServletResponse response = new MockHttpServletResponse();

        // when
        new PageCookie(KEY, Duration.ofMinutes(30), at(NOW)).keep(OPENED, overTls, response);

        // then
        assertThat(response.getHeader("Set-Cookie"))
                .startsWith(PageCookie.NAME + "=")
                .contains("Path=/public/me", "HttpOnly", "Secure", "SameSite=Lax")
                .doesNotContain("Max-Age", "Expires");
    }

    /** The value of the cookie {@code cookie} sets for {@code opened}, as a browser would send it back. */
    static String written(PageCookie cookie, OpenedLink opened) {
        MockHttpServletResponse response = new MockHttpServletResponse();
        cookie.keep(opened, new MockHttpServletRequest(), response);
        String header = response.getHeader("Set-Cookie");
        return header.substring(header.indexOf('=') + 1, header.indexOf(';'));
    }

    private static MockHttpServletRequest sent(String value) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setCookies(new Cookie(PageCookie.NAME, value));
        return request;
    }

    private static Clock at(Instant instant) {
        return Clock.fixed(instant, ZoneOffset.UTC);
    }
}
