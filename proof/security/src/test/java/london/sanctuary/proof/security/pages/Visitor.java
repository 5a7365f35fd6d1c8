package london.sanctuary.proof.security.pages;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Someone in a browser at one service: cookies kept, redirects seen rather than followed, optionally signed in by
 * name at the authorization server the service's pages sign in at.
 */
final class Visitor {

    /** A page as it came back: where, its status and headers, and its HTML when it is HTML. */
    record Page(String url, int status, HttpResponse<String> response) {

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        boolean isHtml() {
            String type = header("Content-Type");
            return type != null && type.startsWith("text/html");
        }

        Document html() {
            return Jsoup.parse(response.body(), url);
        }
    }

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String base;
    private final String[] headers;
    private boolean signedIn;

    Visitor(String base, String... headers) {
        this.base = base;
        this.headers = headers;
    }

    /**
     * A visitor who signed in to the service by name at the authorization server (OpenID Connect, as a browser does:
     * the service's sign-in redirect, the authorization server's form with its CSRF token, back with the code).
     */
    static Visitor signedIn(String base, String username, String password) {
        Visitor visitor = new Visitor(base);
        visitor.signIn(base, username, password);
        return visitor;
    }

    /**
     * Signs in to the application at {@code at} (this visitor's cookies, so an application they are already signed
     * in to lets them straight in); whether the authorization server asked for their password.
     */
    boolean signIn(String at, String username, String password) {
        boolean asked = false;
        Page page = get(at + "/oauth2/authorization/sanctuary");
        for (int hop = 0; hop < 10 && page.status() == 302; hop++) {
            page = follow(page);
            var form = page.status() == 200 && page.isHtml()
                    ? page.html().selectFirst("form:has(input[name=password])")
                    : null;
            if (form != null) {
                asked = true;
                page = post(
                        form.absUrl("action"),
                        Map.of(
                                "username",
                                username,
                                "password",
                                password,
                                "_csrf",
                                form.select("input[name=_csrf]").val()));
            }
        }
        if (!page.url().startsWith(at) || page.status() >= 400) {
            throw new IllegalStateException(username + " could not sign in at " + at + ": " + page.status());
        }
        signedIn = true;
        return asked;
    }

    /** Where a redirect leads. */
    Page follow(Page redirect) {
        return get(
                URI.create(redirect.url()).resolve(redirect.header("Location")).toString());
    }

    boolean isSignedIn() {
        return signedIn;
    }

    String base() {
        return base;
    }

    Page get(String url) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        return send(url, request);
    }

    Page post(String url, Map<String, String> fields) {
        String form = fields.entrySet().stream()
                .map(f -> encode(f.getKey()) + "=" + encode(f.getValue()))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        return send(url, request);
    }

    private Page send(String url, HttpRequest.Builder request) {
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response =
                    http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            return new Page(url, response.statusCode(), response);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
