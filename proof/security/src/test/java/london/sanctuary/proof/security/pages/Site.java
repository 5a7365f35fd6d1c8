package london.sanctuary.proof.security.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import london.sanctuary.local.auth.DemoUser;
import london.sanctuary.local.services.RunningService;
import london.sanctuary.proof.security.personaldata.DemoRun;
import tools.jackson.databind.JsonNode;

/**
 * The server-rendered pages of one service as one visitor sees them: crawled from the service's known entry points.
 *
 * @param name the service and who visits, e.g. {@code referrals as barnet.moveon}
 */
record Site(String name, Visitor visitor, List<Visitor.Page> pages) {

    private static final int MOST_PAGES = 400;

    /** The staff crawl of each run: every visitor's pages, crawled once for the tests that read them. */
    private static final Map<DemoRun, List<Site>> STAFF_PAGES = new ConcurrentHashMap<>();

    static Site crawl(String name, Visitor visitor, List<String> entryPoints) {
        return new Site(name, visitor, Crawl.from(visitor, entryPoints, MOST_PAGES));
    }

    /** The pages anyone may see: the participant's forms, the you-said-we-did boards, each service's API explorer. */
    static List<Site> publicPages(DemoRun run) {
        List<String> feedback = new ArrayList<>(List.of("/public/f/no-such-form"));
        List<String> actions = new ArrayList<>();
        for (String borough : run.boroughs()) {
            for (JsonNode form : run.api("feedback", borough + "-officer")
                    .get("/api/boroughs/" + borough + "/forms")
                    .json()) {
                String path = "/public/f/" + form.path("code").asString();
                feedback.addAll(List.of(path, path + "?lang=ar", path + "/thanks"));
            }
            actions.addAll(List.of(
                    "/public/boroughs/" + borough + "/you-said-we-did",
                    "/public/boroughs/" + borough + "/you-said-we-did?lang=ar"));
        }
        List<Site> sites = new ArrayList<>();
        sites.add(crawl("feedback", anonymous(run, "feedback"), feedback));
        sites.add(crawl("actions", anonymous(run, "actions"), actions));
        for (RunningService service : run.services()) {
            String name = service.service().name();
            sites.add(crawl(name + " API explorer", anonymous(run, name), List.of("/swagger-ui/index.html")));
        }
        return sites;
    }

    /**
     * The staff pages — the workspace, the dashboard and the move-on inbox — signed out and signed in as each kind of
     * demo staff; the bearer inbox page. Crawled once per run: the tests that read them post only what is refused, so
     * the pages and the visitors' sign-ins stay as crawled.
     */
    static List<Site> staffPages(DemoRun run) {
        return STAFF_PAGES.computeIfAbsent(run, Site::crawlStaffPages);
    }

    private static List<Site> crawlStaffPages(DemoRun run) {
        List<Site> sites = new ArrayList<>();
        sites.add(crawl(
                "dashboard signed out", anonymous(run, "dashboard"), List.of("/dashboard/sign-in", "/dashboard")));
        sites.add(crawl(
                "referrals signed out", anonymous(run, "referrals"), List.of("/sign-in", "/boroughs/newham/inbox")));
        sites.add(crawl(
                "workspace signed out", anonymous(run, "workspace"), List.of("/", "/signed-out", "/session-ended")));
        sites.add(crawl("workspace as gla.analyst", signedIn(run, "workspace", "gla.analyst"), List.of("/")));
        sites.add(crawl("dashboard as gla.analyst", signedIn(run, "dashboard", "gla.analyst"), List.of("/dashboard")));
        for (String borough : run.boroughs()) {
            String officer = borough + "-officer";
            sites.add(crawl(
                    "dashboard as " + borough + ".officer1",
                    signedIn(run, "dashboard", borough + ".officer1"),
                    List.of("/dashboard")));
            for (String staff : List.of(".officer1", ".lead", ".moveon")) {
                sites.add(crawl(
                        "workspace as " + borough + staff,
                        signedIn(run, "workspace", borough + staff),
                        List.of("/", "/?lang=ar")));
            }
            sites.add(crawl(
                    "referrals as " + borough + ".moveon",
                    signedIn(run, "referrals", borough + ".moveon"),
                    List.of("/boroughs/" + borough + "/inbox")));
            Visitor bearer = new Visitor(
                    base(run, "referrals"), "Authorization", "Bearer " + run.token(officer), "Accept", "text/html");
            sites.add(crawl(
                    "referrals bearer inbox of " + borough, bearer, List.of("/api/boroughs/" + borough + "/incoming")));
        }
        return List.copyOf(sites);
    }

    /** A demo member of staff, signed in by name at the local authorization server. */
    static Visitor signedIn(DemoRun run, String service, String username) {
        DemoUser user = DemoUser.named(username).orElseThrow();
        return Visitor.signedIn(base(run, service), user.username(), user.password());
    }

    static String base(DemoRun run, String service) {
        return "http://localhost:" + run.port(service);
    }

    private static Visitor anonymous(DemoRun run, String service) {
        return new Visitor(base(run, service));
    }
}
