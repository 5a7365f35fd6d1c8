package london.sanctuary.proof.security.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import london.sanctuary.local.services.RunningService;
import london.sanctuary.proof.security.personaldata.DemoRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every server-rendered page of every service, public and staff, found by following links from each service's entry
 * points, is served with a Content-Security-Policy without unsafe-inline or unsafe-eval, refuses to be framed, sets a
 * Referrer-Policy and nosniff; HSTS goes with every request that arrived over TLS.
 */
@ExtendWith(DemoRun.Shared.class)
class SecurityHeadersIntegrationTests {

    @Test
    void everyPublicPageIsServedWithTheSecurityHeaders(DemoRun run) {
        assertEveryPageHasTheHeaders(Site.publicPages(run), 10);
    }

    @Test
    void everyStaffPageIsServedWithTheSecurityHeaders(DemoRun run) {
        assertEveryPageHasTheHeaders(Site.staffPages(run), 20);
    }

    @Test
    void thePublicCalendarIsServedNosniffWithAReferrerPolicy(DemoRun run) {
        // given the public calendar feed of each borough (iCalendar, not HTML)
        for (String borough : run.boroughs()) {
            Visitor.Page feed = new Visitor(Site.base(run, "engagement"))
                    .get(Site.base(run, "engagement") + "/public/boroughs/" + borough + "/sessions.ics");

            // then it is what it says it is, and says nothing of where it was linked from
            assertThat(feed.status()).isEqualTo(200);
            assertThat(feed.header("Content-Type")).startsWith("text/calendar");
            assertThat(Headers.wrongWith(feed)).isEmpty();
        }
    }

    @Test
    void everyServiceSendsHstsOnARequestThatArrivedOverTlsAndOnlyThen(DemoRun run) {
        for (RunningService service : run.services()) {
            // given a request that a TLS-terminating proxy forwarded, and one over plain HTTP
            String health = Site.base(run, service.service().name()) + "/actuator/health/liveness";
            Visitor.Page overTls =
                    new Visitor(Site.base(run, service.service().name()), "X-Forwarded-Proto", "https").get(health);
            Visitor.Page plain = new Visitor(Site.base(run, service.service().name())).get(health);

            // then HSTS is sent for a year with subdomains over TLS, and never over plain HTTP (RFC 6797 §7.2)
            assertThat(overTls.header("Strict-Transport-Security"))
                    .as(service.service().name())
                    .contains("max-age=31536000")
                    .contains("includeSubDomains");
            assertThat(plain.header("Strict-Transport-Security")).isNull();
        }
    }

    private static void assertEveryPageHasTheHeaders(List<Site> sites, int atLeast) {
        List<String> wrong = new ArrayList<>();
        int pages = 0;
        for (Site site : sites) {
            List<Visitor.Page> html =
                    site.pages().stream().filter(Visitor.Page::isHtml).toList();
            System.out.printf(
                    "Security headers: %-34s %3d pages crawled, %3d HTML%n",
                    site.name(), site.pages().size(), html.size());
            pages += html.size();
            for (Visitor.Page page : html) {
                Headers.wrongWith(page).forEach(w -> wrong.add(page.url() + ": " + w));
            }
        }
        System.out.printf("Security headers: %d HTML pages checked, %d problems%n", pages, wrong.size());
        wrong.stream().limit(30).forEach(w -> System.out.println("  " + w));
        assertThat(pages).isGreaterThanOrEqualTo(atLeast);
        assertThat(wrong).isEmpty();
    }
}
