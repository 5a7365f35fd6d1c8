package london.sanctuary.proof.security.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What a page's response headers must say, as a list of what is wrong (empty when nothing is). */
final class Headers {

    private static final Set<String> REFERRER_POLICIES =
            Set.of("no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin");

    private Headers() {}

    static List<String> wrongWith(Visitor.Page page) {
        List<String> wrong = new ArrayList<>();
        String csp = page.header("Content-Security-Policy");
        if (csp == null) {
            wrong.add("no Content-Security-Policy");
        } else {
            if (csp.contains("'unsafe-inline'") || csp.contains("'unsafe-eval'")) {
                wrong.add("CSP allows unsafe-inline or unsafe-eval: " + csp);
            }
            if (!csp.contains("script-src") && !csp.contains("default-src")) {
                wrong.add("CSP does not restrict scripts: " + csp);
            }
        }
        boolean framingRefused = (csp != null && csp.replace(" ", "").contains("frame-ancestors'none'"))
                || "DENY".equalsIgnoreCase(page.header("X-Frame-Options"));
        if (!framingRefused) {
            wrong.add("may be framed: neither frame-ancestors 'none' nor X-Frame-Options DENY");
        }
        if (!REFERRER_POLICIES.contains(String.valueOf(page.header("Referrer-Policy")))) {
            wrong.add("Referrer-Policy " + page.header("Referrer-Policy"));
        }
        if (!"nosniff".equals(page.header("X-Content-Type-Options"))) {
            wrong.add("X-Content-Type-Options " + page.header("X-Content-Type-Options"));
        }
        return wrong;
    }
}
