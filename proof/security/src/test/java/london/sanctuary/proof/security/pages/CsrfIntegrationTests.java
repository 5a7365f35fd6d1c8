package london.sanctuary.proof.security.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import london.sanctuary.proof.security.personaldata.DemoRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every form that posts on every staff page carries a CSRF token, and a post without it or with a wrong one is
 * refused and changes nothing; with the right one the same visitor's form goes through.
 */
@ExtendWith(DemoRun.Shared.class)
class CsrfIntegrationTests {

    @Test
    void everyStaffFormCarriesACsrfTokenAndIsRefusedWithoutTheRightOne(DemoRun run) {
        // given every form that posts on every staff page, signed out and signed in
        List<Site> sites = Site.staffPages(run);
        Map<String, StaffForms.PostForm> byAction = new LinkedHashMap<>();
        Map<String, Site> siteOf = new HashMap<>();
        List<String> withoutToken = new ArrayList<>();
        int forms = 0;
        for (Site site : sites) {
            for (Visitor.Page page :
                    site.pages().stream().filter(Visitor.Page::isHtml).toList()) {
                for (StaffForms.PostForm form : StaffForms.on(page)) {
                    forms++;
                    if (form.csrfToken().isBlank()) {
                        withoutToken.add(page.url() + " → " + form.action());
                    }
                    String key = kind(site, form, run.boroughs());
                    byAction.putIfAbsent(key, form);
                    siteOf.putIfAbsent(key, site);
                }
            }
        }

        // when each distinct form is posted, filled in, without its token and with a wrong one
        List<String> notRefused = new ArrayList<>();
        byAction.forEach((key, form) -> {
            Site site = siteOf.get(key);
            List<String> watched =
                    List.of(site.pages().get(0).url(), form.page().url());
            String before = state(site.visitor(), watched);
            for (String token : new String[] {null, "not-the-token"}) {
                Map<String, String> fields = form.filledIn();
                fields.remove(StaffForms.CSRF);
                if (token != null) {
                    fields.put(StaffForms.CSRF, token);
                }
                Visitor.Page answer = site.visitor().post(form.action(), fields);
                String after = state(site.visitor(), watched);
                if (!refused(site.visitor(), answer) || !before.equals(after)) {
                    notRefused.add(key
                            + (token == null ? " without a token: " : " with a wrong token: ")
                            + answer.status()
                            + (before.equals(after) ? "" : ", and the page changed"));
                }
                before = after;
            }
        });

        // then every form had a token, and every post without the right one was refused and changed nothing
        System.out.printf(
                "CSRF: %d forms that post on %d staff sites, %d distinct actions posted twice each without the right"
                        + " token, %d without a token, %d not refused%n",
                forms, sites.size(), byAction.size(), withoutToken.size(), notRefused.size());
        notRefused.forEach(n -> System.out.println("  " + n));
        assertThat(byAction.keySet())
                .anyMatch(k -> k.endsWith("/acceptance"))
                .anyMatch(k -> k.endsWith("/decline"))
                .anyMatch(k -> k.endsWith("/sign-out"));
        assertThat(withoutToken).isEmpty();
        assertThat(notRefused).isEmpty();
    }

    @Test
    void theSameFormWithItsTokenGoesThrough(DemoRun run) {
        // given Barnet's move-on officer, signed in, on the inbox page with its sign-out form
        Visitor officer = Site.signedIn(run, "referrals", "barnet.moveon");
        String inbox = Site.base(run, "referrals") + "/boroughs/barnet/inbox";
        StaffForms.PostForm signOut = StaffForms.on(officer.get(inbox)).stream()
                .filter(f -> f.action().endsWith("/sign-out"))
                .findFirst()
                .orElseThrow();

        // when the form is posted with its token
        Visitor.Page answer = officer.post(signOut.action(), signOut.filledIn());

        // then it goes through: signed out, the inbox sends them to sign in again
        assertThat(answer.status()).isEqualTo(302);
        assertThat(officer.get(inbox).header("Location")).endsWith(SIGN_IN);
    }

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    /** Where a page sends someone not signed in: the OpenID Connect sign-in at the authorization server. */
    private static final String SIGN_IN = "/oauth2/authorization/sanctuary";

    /**
     * One of each kind of form: the same action on another record, in another borough or on another member of staff's
     * page is guarded by the same filter, which tells posts apart only by the service, the path and whether the
     * visitor is signed in. Posted as the first visitor whose pages show it.
     */
    private static String kind(Site site, StaffForms.PostForm form, List<String> boroughs) {
        String path = URI.create(form.action()).getRawPath().replaceAll(UUID, "{id}");
        for (String borough : boroughs) {
            path = path.replace("/" + borough + "/", "/{borough}/");
        }
        String visitor = site.visitor().isSignedIn() ? "signed in" : site.name();
        return site.visitor().base() + " " + visitor + " " + path;
    }

    /** Refused: 403 for someone signed in; someone signed out is sent (back) to sign in (SignInAgain). */
    private static boolean refused(Visitor visitor, Visitor.Page answer) {
        if (visitor.isSignedIn()) {
            return answer.status() == 403;
        }
        return answer.status() == 302
                && String.valueOf(answer.header("Location")).endsWith(SIGN_IN);
    }

    /** What the visitor sees at each page (status and content): the same before and after means nothing changed. */
    private static String state(Visitor visitor, List<String> urls) {
        StringBuilder state = new StringBuilder();
        for (String url : urls) {
            Visitor.Page page = visitor.get(url);
            state.append(page.status()).append(page.header("Location")).append(StaffForms.shown(page));
        }
        return state.toString();
    }
}
