package london.sanctuary.proof.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A participant's phone on a published form's public page ({@code /public/f/<code>}): no token, its own cookies,
 * the CSRF token read from the page as a browser would, redirects not followed. Sending answers is one POST that
 * answers 302 to the thank-you page.
 */
final class PublicForm {

    /** What a participant's browser gets back for a good answer: a redirect to the thank-you page. */
    static final int SENT = 302;

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private final HttpClient browser;
    private final URI page;
    private final String answers;

    private PublicForm(HttpClient browser, URI page, String answers) {
        this.browser = browser;
        this.page = page;
        this.answers = answers;
    }

    /** Opens the form in English, as a participant following its link would, and keeps its CSRF token. */
    static PublicForm open(String feedbackUrl, String code) throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        URI page = URI.create(feedbackUrl + "/public/f/" + code);
        HttpResponse<String> shown = browser.send(
                HttpRequest.newBuilder(URI.create(page + "?lang=en")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher token = CSRF.matcher(shown.body());
        if (shown.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("The form's page answered " + shown.statusCode() + " without a CSRF token");
        }
        return new PublicForm(
                browser,
                page,
                "_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8) + "&lang=en&q1=4&q2=1");
    }

    /** Sends the answers to {@link #form()}: a 4 on the scale and the first choice. */
    HttpResponse<Void> send() throws IOException, InterruptedException {
        return browser.send(
                HttpRequest.newBuilder(page)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(answers))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
    }

    /** The form an officer publishes for these answers: a required 1–5 scale and a required single choice. */
    static Map<String, Object> form() {
        return Map.of(
                "title",
                Map.of("en", "How are things?", "ar", "كيف حالك؟"),
                "questions",
                List.of(
                        Map.of(
                                "type",
                                "SCALE_1_5",
                                "required",
                                true,
                                "text",
                                Map.of("en", "How well are your needs met?")),
                        Map.of(
                                "type",
                                "SINGLE_CHOICE",
                                "required",
                                true,
                                "text",
                                Map.of("en", "What matters most now?"),
                                "choices",
                                List.of(Map.of("en", "Housing"), Map.of("en", "Health")))));
    }
}
