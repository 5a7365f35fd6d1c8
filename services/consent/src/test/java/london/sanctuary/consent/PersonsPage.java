package london.sanctuary.consent;

import java.io.IOException;
import java.io.UncheckedIOException;
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
 * The participant's browser on their own page: cookies kept, redirects not followed (so a test sees each step), the
 * language their phone asks for. {@link #postForm} reads the CSRF token from the page, as a browser would.
 */
final class PersonsPage {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private final HttpClient http;
    private final String base;

    PersonsPage(int port) {
        this(
                HttpClient.newBuilder()
                        .cookieHandler(new CookieManager())
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .connectTimeout(Duration.ofSeconds(5))
                        .build(),
                port);
    }

    private PersonsPage(HttpClient http, int port) {
        this.http = http;
        this.base = "http://localhost:" + port;
    }

    /** The same browser (its cookies) on another replica of the service. */
    PersonsPage on(int port) {
        return new PersonsPage(http, port);
    }

    /** The cookies the browser keeps, by name. */
    java.util.List<String> cookieNames() {
        return ((CookieManager) http.cookieHandler().orElseThrow())
                .getCookieStore().getCookies().stream()
                        .map(java.net.HttpCookie::getName)
                        .toList();
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Opens the link as printed or texted (its path only: the test's server is on another port). */
    HttpResponse<String> open(String address) {
        return get(URI.create(address).getPath());
    }

    /** Posts the form of the page at {@code pagePath} to {@code action}, with the page's CSRF token. */
    HttpResponse<String> postForm(String pagePath, String action) {
        return post(action, "_csrf=" + URLEncoder.encode(csrfOf(get(pagePath).body()), StandardCharsets.UTF_8));
    }

    HttpResponse<String> post(String action, String form) {
        return send(HttpRequest.newBuilder(URI.create(base + action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    static String csrfOf(String page) {
        Matcher found = CSRF.matcher(page);
        if (!found.find()) {
            throw new AssertionError("no CSRF token on the page");
        }
        return found.group(1);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(
                    request.header("Accept-Language", "ar")
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
