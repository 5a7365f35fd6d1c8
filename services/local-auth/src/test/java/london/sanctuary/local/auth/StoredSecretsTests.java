package london.sanctuary.local.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import london.sanctuary.platform.test.PlatformClients;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/**
 * The demo secrets and passwords are checked as they are stored and stay so: Spring's default encoder would replace
 * each with a BCrypt hash on its first check and match every later request against that hash, at BCrypt's cost
 * (decision 0077). A wrong one is still refused.
 */
class StoredSecretsTests extends EphemeralServerTest {

    @Test
    void aClientsSecretIsCheckedAsStoredAndNotHashedAgainAfterItsTokens() {
        // when Newham's officer client asks for a token twice, and someone with a wrong secret once
        int first = tokenRequest("newham-officer", "newham-officer-secret");
        int second = tokenRequest("newham-officer", "newham-officer-secret");
        int wrong = tokenRequest("newham-officer", "barnet-officer-secret");

        // then both of its requests got a token, the wrong secret none, and its secret is stored as it was
        assertThat(List.of(first, second, wrong)).containsExactly(200, 200, 401);
        assertThat(server.bean(RegisteredClientRepository.class)
                        .findByClientId("newham-officer")
                        .getClientSecret())
                .isEqualTo("{noop}newham-officer-secret");
    }

    @Test
    void aUsersPasswordIsCheckedAsStoredAndNotHashedAgainAfterSigningIn() throws Exception {
        // given Newham's first officer, with the password the README gives
        DemoUser officer = DemoUser.named("newham.officer1").orElseThrow();

        // when they sign in at the form, and someone tries a wrong password
        String right = signIn(officer.username(), officer.password());
        String wrong = signIn(officer.username(), "not-" + officer.password());

        // then the right one signs in, the wrong one is sent back to the form, and the password is stored as it was
        assertThat(right).doesNotContain("error");
        assertThat(wrong).endsWith("/login?error");
        assertThat(server.bean(UserDetailsService.class)
                        .loadUserByUsername(officer.username())
                        .getPassword())
                .isEqualTo("{noop}" + officer.password());
    }

    private static int tokenRequest(String clientId, String secret) {
        return PlatformClients.tokenResponse(URI.create(server.issuer()).getPort(), clientId, secret)
                .statusCode();
    }

    /** Posts the sign-in form as a browser would (its CSRF token, its session); where it sends them after. */
    private static String signIn(String username, String password) throws Exception {
        HttpClient browser =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        String form = browser.send(
                        HttpRequest.newBuilder(URI.create(server.issuer() + "/login"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form);
        assertThat(csrf.find()).as("the sign-in form's CSRF token").isTrue();
        String fields =
                "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        HttpResponse<String> answer = browser.send(
                HttpRequest.newBuilder(URI.create(server.issuer() + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(fields))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(302);
        return answer.headers().firstValue("Location").orElseThrow();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
