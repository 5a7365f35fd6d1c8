package london.sanctuary.platform.pages.signin;

import java.util.List;
import london.sanctuary.platform.security.BrowserHeaders;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sanctuary.pages.sign-in.*}: which page paths need a signed-in person, where the sign-in and sign-out
 * forms are, the roles that may sign in, the page to go to once signed in ({@code {borough}} stands for the
 * token's borough), the service's sign-in template, and the pages' Content-Security-Policy. The token endpoint is
 * {@code sanctuary.security.token-uri}.
 */
@ConfigurationProperties("sanctuary.pages.sign-in")
public record SignInSettings(
        boolean enabled,
        List<String> paths,
        String signInPath,
        String signOutPath,
        String home,
        List<String> roles,
        String view,
        String contentSecurityPolicy) {

    public SignInSettings {
        paths = paths == null ? List.of() : List.copyOf(paths);
        roles = roles == null ? List.of() : List.copyOf(roles);
        signInPath = signInPath == null ? "/sign-in" : signInPath;
        signOutPath = signOutPath == null ? "/sign-out" : signOutPath;
        home = home == null ? "/" : home;
        view = view == null ? "sign-in" : view;
        contentSecurityPolicy = contentSecurityPolicy == null ? BrowserHeaders.CSP : contentSecurityPolicy;
        if (enabled) {
            check(paths, roles, signInPath, signOutPath);
        }
    }

    private static void check(List<String> paths, List<String> roles, String signInPath, String signOutPath) {
        if (paths.isEmpty() || roles.isEmpty()) {
            throw new IllegalArgumentException(
                    "sanctuary.pages.sign-in: name the page paths it protects and the roles that may sign in");
        }
        for (String path : concat(paths, List.of(signInPath, signOutPath))) {
            if (path.startsWith("/api")) {
                throw new IllegalArgumentException(
                        "sanctuary.pages.sign-in: " + path + " is an API path; the API stays stateless");
            }
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    /** Every path the pages' filter chain answers for. */
    String[] matched() {
        return concat(paths, List.of(signInPath, signOutPath)).toArray(String[]::new);
    }
}
