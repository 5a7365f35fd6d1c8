package london.sanctuary.proof.security.pages;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Every page a visitor reaches from some entry points by following links and redirects within the service, so a
 * page added later and linked from one of them is covered without naming it here. Static files are not pages.
 */
final class Crawl {

    private static final Pattern NOT_A_PAGE =
            Pattern.compile(".*(/assets/|/public/govuk/|/sign-out|\\.(css|js|png|ico|svg|woff2?|csv|ics)(\\?.*)?$).*");

    private Crawl() {}

    static List<Visitor.Page> from(Visitor visitor, List<String> entryPoints, int most) {
        Deque<String> toVisit = new ArrayDeque<>();
        entryPoints.forEach(path -> toVisit.add(visitor.base() + path));
        Set<String> seen = new HashSet<>(toVisit);
        List<Visitor.Page> pages = new ArrayList<>();
        while (!toVisit.isEmpty() && pages.size() < most) {
            Visitor.Page page = visitor.get(toVisit.poll());
            pages.add(page);
            for (String next : nextFrom(page)) {
                if (next.startsWith(visitor.base() + "/")
                        && !NOT_A_PAGE.matcher(next).matches()
                        && seen.add(next)) {
                    toVisit.add(next);
                }
            }
        }
        return pages;
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
