package london.sanctuary.workspace;

import static london.sanctuary.workspace.LocalSignIn.signInAs;
import static london.sanctuary.workspace.LocalSignIn.workspace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/** Named sign-in to the workspace in real Chromium, at the local authorization server. */
class SignInPageTests extends WorkspacePageTest {

    @Test
    void anOfficerSignsInWithTheirOwnNameAndComesBackToThePageTheyAskedFor() {
        // given an officer who opens the workspace in Arabic, not signed in
        browser.driver.get(workspace("/?lang=ar"));

        // when they sign in at the authorization server with their own user name and password
        assertThat(browser.driver.getCurrentUrl()).startsWith(LocalSignIn.issuer());
        signInAs(browser, "newham.officer1");

        // then they are back on the page they asked for, with its query, and the header names them and their borough
        assertThat(browser.driver.getCurrentUrl()).isEqualTo(workspace("/?lang=ar"));
        assertThat(browser.driver.findElement(By.id("staff-name")).getText()).isEqualTo("Amina Hassan");
        assertThat(browser.driver.findElement(By.id("staff-borough")).getText()).isEqualTo("Newham");
        assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("dir"))
                .isEqualTo("rtl");
    }

    @Test
    void signingOutEndsTheSignInEverywhereSoTheNextVisitAsksForAPasswordAgainAndSomeoneElseCanSignIn() {
        // given a service lead who is signed in
        browser.driver.get(workspace("/"));
        signInAs(browser, "barnet.lead");
        assertThat(browser.driver.findElement(By.id("staff-name")).getText()).isEqualTo("Helen Byrne");

        // when they sign out
        browser.driver.findElement(By.id("sign-out")).click();

        // then they are told so (once the browser is back from the authorization server's sign-out), and opening the
        // workspace again asks for their password at the authorization server
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(browser.driver.getCurrentUrl()).isEqualTo(workspace("/signed-out")));
        browser.driver.get(workspace("/"));
        assertThat(browser.driver.getCurrentUrl()).startsWith(LocalSignIn.issuer());
        assertThat(browser.driver.findElements(By.id("password"))).hasSize(1);

        // and someone else can sign in on the same device, as themselves
        signInAs(browser, "barnet.officer1");
        assertThat(browser.driver.findElement(By.id("staff-name")).getText()).isEqualTo("Sara Novak");
    }

    @Test
    void aSessionThatEndedSaysSoAndSigningInAgainReturnsToThePageAndItsFilters() {
        // given an officer signed in, whose workspace session then ends (here: the server no longer knows it)
        browser.driver.get(workspace("/"));
        signInAs(browser, "lambeth.officer2");
        browser.driver.manage().deleteCookieNamed("SANCTUARY_WORKSPACE_SESSION");
        browser.driver.manage().addCookie(new Cookie("SANCTUARY_WORKSPACE_SESSION", "ended"));

        // when they open a page with filters
        browser.driver.get(workspace("/?lang=en&week=2027-03-01"));

        // then they are told their session ended, and signing in again takes them back to that page and its filters
        assertThat(browser.driver.getCurrentUrl()).isEqualTo(workspace("/session-ended"));
        assertThat(browser.driver.findElement(By.tagName("h1")).getText()).isEqualTo("Your session has ended");
        toNextPage("sign-in-again");
        assertThat(browser.driver.getCurrentUrl()).isEqualTo(workspace("/?lang=en&week=2027-03-01"));
        assertThat(browser.driver.findElement(By.id("staff-name")).getText()).isEqualTo("Kwame Boateng");
    }

    @Test
    void theWorkspaceAnswersWithTheBrowserHeadersAndNeverShowsATokenToTheBrowser() throws Exception {
        // given the workspace, not signed in
        HttpClient http = HttpClient.newHttpClient();

        // when its sign-in redirect and a public asset are fetched
        HttpResponse<String> home = http.send(
                HttpRequest.newBuilder(URI.create(workspace("/"))).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> css = http.send(
                HttpRequest.newBuilder(URI.create(workspace("/public/workspace.css")))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        // then the page asks for sign-in with PKCE and carries the CSP, the stylesheet needs no sign-in
        assertThat(home.statusCode()).isEqualTo(302);
        assertThat(home.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("script-src 'self'")
                .contains("form-action 'self' " + LocalSignIn.issuer());
        assertThat(css.statusCode()).isEqualTo(200);
        HttpResponse<String> authorize = http.send(
                HttpRequest.newBuilder(URI.create(workspace("/oauth2/authorization/sanctuary")))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(authorize.headers().firstValue("Location").orElseThrow())
                .startsWith(LocalSignIn.issuer() + "/oauth2/authorize")
                .contains("code_challenge=")
                .contains("code_challenge_method=S256");
    }
}
