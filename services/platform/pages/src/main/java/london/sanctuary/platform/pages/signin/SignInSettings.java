package london.sanctuary.platform.pages.signin;

import java.util.List;
import london.sanctuary.platform.security.BrowserHeaders;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sanctuary.pages.sign-in.*}: which page paths need a signed-in person, where the sign-in page and the
 * sign-out form post are, the roles that may sign in, the page to go to once signed in ({@code {borough}} stands for
 * the token's borough), the service's sign-in template, the pages' Content-Security-Policy, and the service as a
 * sign-in client of the authorization server: {@code client-id}, {@code client-secret} and {@code issuer} (by
 * default {@code sanctuary.security.issuer}).
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
        String contentSecurityPolicy,
        String clientId,
        String clientSecret,
        String issuer) {

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
            if (clientId == null || clientId.isBlank()) {
                throw new IllegalArgumentException(
                        "sanctuary.pages.sign-in.client-id: name this service's sign-in client at the authorization server");
            }
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

    /** Every path the pages' filter chain answers for: the pages and signing in and out. */
    String[] matched() {
        return concat(paths, concat(openPaths(), List.of(signOutPath))).toArray(String[]::new);
    }

    /** What needs nobody signed in: the sign-in page, the signed-out landing and the OpenID Connect callbacks. */
    List<String> openPaths() {
        return concat(List.of(signInPath, SignInController.SIGNED_OUT), SignInProvider.paths());
    }

    String[] open() {
        return openPaths().toArray(String[]::new);
    }

    /** The policy, with the authorization server added to form-action: signing out goes on to it. */
    String contentSecurityPolicy(String issuer) {
        java.net.URI at = java.net.URI.create(issuer);
        String origin = at.getScheme() + "://" + at.getAuthority();
        return contentSecurityPolicy.replace("form-action 'self'", "form-action 'self' " + origin);
    }
}
