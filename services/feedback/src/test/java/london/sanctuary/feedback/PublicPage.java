package london.sanctuary.feedback;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A participant's browser without a browser: no token, its own cookies, redirects not followed, so a test sees
 * exactly what the public page answers. {@link #submit} reads the CSRF token from the page as a browser would.
 */
final class PublicPage {

    static final String USER_AGENT = "Mozilla/5.0 (Linux; Android 14) SanctuaryTestPhone/7.1";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private final String base;
    private final HttpClient http;

    PublicPage(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    HttpResponse<String> get(String path, String acceptLanguage) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).header("User-Agent", USER_AGENT);
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return send(request.GET());
    }

    HttpResponse<byte[]> bytes(String path) {
        try {
            return http.send(
                    HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Opens the form in {@code lang} and sends {@code answers} with the page's CSRF token. */
    HttpResponse<String> submit(String code, String lang, Map<String, List<String>> answers) {
        String form = get("/public/f/" + code + "?lang=" + lang, null).body();
        Matcher token = CSRF.matcher(form);
        if (!token.find()) {
            throw new AssertionError("The page carries no CSRF token");
        }
        List<String> fields = new ArrayList<>(List.of(field("_csrf", token.group(1)), field("lang", lang)));
        answers.forEach((name, values) -> values.forEach(v -> fields.add(field(name, v))));
        return post("/public/f/" + code, String.join("&", fields));
    }

    /** The CSRF token of the form's page, opened now, to send answers with later. */
    String token(String code, String lang) {
        Matcher token =
                CSRF.matcher(get("/public/f/" + code + "?lang=" + lang, null).body());
        if (!token.find()) {
            throw new AssertionError("The page carries no CSRF token");
        }
        return token.group(1);
    }

    /** Sends {@code answers} with a token read earlier ({@link #token}), as a page left open would. */
    HttpResponse<String> send(String code, String lang, String token, Map<String, List<String>> answers) {
        List<String> fields = new ArrayList<>(List.of(field("_csrf", token), field("lang", lang)));
        answers.forEach((name, values) -> values.forEach(v -> fields.add(field(name, v))));
        return post("/public/f/" + code, String.join("&", fields));
    }

    HttpResponse<String> post(String path, String formBody) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("User-Agent", USER_AGENT)
                .POST(HttpRequest.BodyPublishers.ofString(formBody)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String field(String name, String value) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
