package london.sanctuary.proof.security.pages;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;

/**
 * Every page a visitor reaches from some entry points by following links and redirects within the service, so a
 * page added later and linked from one of them is covered without naming it here. Static files are not pages. Of each
 * kind of page (the same path but for its ids, the same query names), a few are visited: another record's page, or
 * another week of the calendar, is served by the same code.
 */
final class Crawl {

    private static final Pattern NOT_A_PAGE =
            Pattern.compile(".*(/assets/|/public/govuk/|/sign-out|\\.(css|js|png|ico|svg|woff2?|csv|ics)(\\?.*)?$).*");

    private static final Pattern ID =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\\d+");
    private static final int OF_EACH_KIND = 3;

    private Crawl() {}

    static List<Visitor.Page> from(Visitor visitor, List<String> entryPoints, int most) {
        Deque<String> toVisit = new ArrayDeque<>();
        entryPoints.forEach(path -> toVisit.add(visitor.base() + path));
        Set<String> seen = new HashSet<>(toVisit);
        Map<String, Integer> kinds = new HashMap<>();
        List<Visitor.Page> pages = new ArrayList<>();
        while (!toVisit.isEmpty() && pages.size() < most) {
            Visitor.Page page = visitor.get(toVisit.poll());
            pages.add(page);
            for (String next : nextFrom(page)) {
                if (next.startsWith(visitor.base() + "/")
                        && !NOT_A_PAGE.matcher(next).matches()
                        && seen.add(next)
                        && kinds.merge(kind(next), 1, Integer::sum) <= OF_EACH_KIND) {
                    toVisit.add(next);
                }
            }
        }
        return pages;
    }

    /** The page's path with its ids blanked, and the names of its query's parameters. */
    static String kind(String url) {
        java.net.URI uri = java.net.URI.create(url);
        String names = uri.getRawQuery() == null
                ? ""
                : Arrays.stream(uri.getRawQuery().split("&"))
                        .map(pair -> pair.replaceAll("=.*$", ""))
                        .sorted()
                        .collect(Collectors.joining("&"));
        return ID.matcher(uri.getRawPath()).replaceAll("{id}") + "?" + names;
    }

    private static List<String> nextFrom(Visitor.Page page) {
        List<String> next = new ArrayList<>();
        String location = page.header("Location");
        if (location != null) {
            next.add(java.net.URI.create(page.url()).resolve(location).toString());
        }
        if (page.isHtml()) {
            for (Element link : page.html().select("a[href]")) {
                next.add(link.absUrl("href").replaceAll("#.*$", ""));
            }
        }
        return next;
    }
}
