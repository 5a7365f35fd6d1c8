package london.sanctuary.proof.security.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import london.sanctuary.local.auth.DemoUser;
import london.sanctuary.proof.security.personaldata.DemoRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The staff applications' sessions — the workspace, the dashboard and the move-on inbox — cannot be made up: a forged
 * session cookie, or a bearer token (even one the API would accept), gets no page, only the way to sign in; and
 * signing out of one application ends the sign-in in all of them.
 */
@ExtendWith(DemoRun.Shared.class)
class StaffSessionIntegrationTests {

    private static final List<String> PAGES =
            List.of("workspace /", "dashboard /dashboard", "referrals /boroughs/newham/inbox");

    @Test
    void aForgedSessionCookieOrABearerTokenGetsNoStaffPage(DemoRun run) {
        for (String page : PAGES) {
            String service = page.split(" ")[0];
            String url = Site.base(run, service) + page.split(" ")[1];

            // when a page is asked for with a session cookie nobody was given, under each application's cookie name
            for (String cookie :
                    List.of("SANCTUARY_WORKSPACE_SESSION", "SANCTUARY_DASHBOARD_SESSION", "referrals-session")) {
                Visitor.Page forged =
                        new Visitor(Site.base(run, service), "Cookie", cookie + "=forged-session-id").get(url);

                // then it is not the page: the way to sign in (or, at the workspace, "your session ended")
                assertThat(forged.status()).as(page + " with " + cookie).isEqualTo(302);
                assertThat(forged.header("Location"))
                        .as(page + " with " + cookie)
                        .matches(".*(/oauth2/authorization/sanctuary|/session-ended)$");
            }

            // and a bearer token the API would accept is not a page session
            Visitor.Page bearer = new Visitor(
                            Site.base(run, service), "Authorization", "Bearer " + run.token("newham-officer"))
                    .get(url);
            assertThat(bearer.status()).as(page + " with a bearer token").isEqualTo(302);
        }
    }

    @Test
    void oneSignInOpensTheInboxAndSigningOutOfTheWorkspaceEndsItThereToo(DemoRun run) {
        // given Newham's move-on officer, signed in to the workspace with their password
        DemoUser officer = DemoUser.named("newham.moveon").orElseThrow();
        Visitor browser = Site.signedIn(run, "workspace", officer.username());
        String referrals = Site.base(run, "referrals");
        String inbox = referrals + "/boroughs/newham/inbox";

        // when they open the inbox, they are not asked for it again
        assertThat(browser.signIn(referrals, officer.username(), officer.password()))
                .isFalse();
        assertThat(browser.get(inbox).status()).isEqualTo(200);

        // and when they sign out of the workspace with its form, on to the authorization server and back
        String home = Site.base(run, "workspace") + "/";
        StaffForms.PostForm signOut = StaffForms.on(browser.get(home)).stream()
                .filter(f -> f.action().endsWith("/sign-out"))
                .findFirst()
                .orElseThrow();
        Visitor.Page answer = browser.post(signOut.action(), signOut.filledIn());
        assertThat(answer.header("Location")).contains("/connect/logout");
        assertThat(browser.follow(answer).header("Location")).endsWith("/signed-out");

        // then the inbox, too, sends them to sign in again (back-channel logout ended its session)
        assertThat(browser.get(inbox).status()).isEqualTo(302);
        assertThat(browser.get(inbox).header("Location")).endsWith("/oauth2/authorization/sanctuary");
        assertThat(browser.get(home).status()).isEqualTo(302);
    }
}
