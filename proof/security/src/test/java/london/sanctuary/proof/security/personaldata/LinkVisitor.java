package london.sanctuary.proof.security.personaldata;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Someone on a phone at the person's page ({@code /public/me}) of the local platform's consent service: cookies kept,
 * redirects seen, Arabic asked for, and a client address of their own — named in {@code X-Forwarded-For}, which the
 * service believes from a trusted proxy (the local platform's own address is one), as behind the real ingress — so
 * one visitor's rate limit is not another's.
 */
final class LinkVisitor {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final String base;
    private final String address;

    LinkVisitor(int port, String address) {
        this.base = "http://localhost:" + port;
        this.address = address;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    HttpResponse<String> post(String path, String form) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** The form on the page at {@code page}, posted to {@code action} with its CSRF token and {@code more}. */
    HttpResponse<String> postForm(String page, String action, String more) {
        return post(action, "_csrf=" + URLEncoder.encode(csrfOf(get(page).body()), StandardCharsets.UTF_8) + more);
    }

    static String csrfOf(String page) {
        Matcher found = CSRF.matcher(page);
        return found.find() ? found.group(1) : "";
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        HttpRequest built = request.header("Accept-Language", "ar")
                .header("X-Forwarded-For", address)
                .timeout(Duration.ofSeconds(30))
                .build();
        return http.sendAsync(built, HttpResponse.BodyHandlers.ofString()).join();
    }
}
