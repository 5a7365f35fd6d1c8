package london.sanctuary.consent.link.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import london.sanctuary.platform.crypto.DataKey;
import london.sanctuary.platform.crypto.Undecryptable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

/**
 * The person's page kept in their browser, not in a replica's memory: the {@link OpenedLink} sealed with AES-GCM under
 * a key every replica holds ({@code sanctuary.consent.personal-link.page-key}), so it can be neither read nor altered
 * nor made up, in a cookie that is {@code HttpOnly}, {@code SameSite=Lax} (it must come with the redirect from the
 * link a text message opened), {@code Secure} over TLS, for {@code /public/me} only, and gone when the browser closes.
 * It opens the page for {@code idle} after the person's last visit.
 */
public final class PageCookie {

    static final String NAME = "sanctuary-me";
    private static final String PATH = "/public/me";
    private static final byte[] BOUND_TO = "personal-link page".getBytes(StandardCharsets.UTF_8);
    private static final int LONGEST = 1024;
    private final DataKey key;
    private final Duration idle;
    private final Clock clock;

    public PageCookie(byte[] key, Duration idle, Clock clock) {
        this.key = DataKey.of(key);
        this.idle = idle;
        this.clock = clock;
    }

    /** The page opened in this browser and not idle too long; empty for no cookie, an old one or a forged one. */
    Optional<OpenedLink> read(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return Arrays.stream(cookies == null ? new Cookie[0] : cookies)
                .filter(c -> NAME.equals(c.getName())
                        && c.getValue() != null
                        && c.getValue().length() <= LONGEST)
                .map(c -> opened(c.getValue()))
                .flatMap(Optional::stream)
                .filter(opened -> opened.until().isAfter(clock.instant()))
                .findFirst();
    }

    /** Keeps (or renews) the page for another {@code idle}. */
    OpenedLink keep(OpenedLink opened, HttpServletRequest request, HttpServletResponse response) {
        OpenedLink renewed = opened.until(clock.instant().plus(idle));
        byte[] sealed = key.encrypt(renewed.written().getBytes(StandardCharsets.UTF_8), BOUND_TO);
        set(response, request, Base64.getUrlEncoder().withoutPadding().encodeToString(sealed), Duration.ofSeconds(-1));
        return renewed;
    }

    /** Removes the cookie (the person stopped their link). */
    void forget(HttpServletRequest request, HttpServletResponse response) {
        set(response, request, "", Duration.ZERO);
    }

    private Optional<OpenedLink> opened(String value) {
        try {
            byte[] plain = key.decrypt(Base64.getUrlDecoder().decode(value), BOUND_TO);
            return OpenedLink.read(new String(plain, StandardCharsets.UTF_8));
        } catch (Undecryptable | IllegalArgumentException forgedOrOld) {
            return Optional.empty();
        }
    }

    private static void set(HttpServletResponse response, HttpServletRequest request, String value, Duration age) {
        ResponseCookie cookie = ResponseCookie.from(NAME, value)
                .path(PATH)
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .maxAge(age)
                .build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }
}
