package london.sanctuary.platform.pages.signin;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClientException;

/**
 * Sign in with a client id and secret (the local platform's demo clients): exchanged for a token at the
 * authorization server, checked like any bearer token (issuer, audience, signature, expiry), and kept in the
 * session. Only the configured roles get in. Sign out ends the session. The service's template shows the form,
 * with {@code error} = {@code refused} or {@code unavailable} when signing in failed.
 */
@Controller
class SignInController {

    private final TokenExchange tokens;
    private final JwtDecoder decoder;
    private final SignInSettings settings;

    SignInController(TokenExchange tokens, JwtDecoder decoder, SignInSettings settings) {
        this.tokens = tokens;
        this.decoder = decoder;
        this.settings = settings;
    }

    @GetMapping("${sanctuary.pages.sign-in.sign-in-path:/sign-in}")
    String form() {
        return settings.view();
    }

    @PostMapping("${sanctuary.pages.sign-in.sign-in-path:/sign-in}")
    String signIn(
            @RequestParam(defaultValue = "") String clientId,
            @RequestParam(defaultValue = "") String clientSecret,
            HttpServletRequest request,
            Model model) {
        Optional<Jwt> token;
        try {
            token = clientId.isBlank()
                    ? Optional.empty()
                    : tokens.tokenFor(clientId, clientSecret).map(decoder::decode);
        } catch (RestClientException | JwtException unavailable) {
            return refuse(model, clientId, "unavailable");
        }
        Optional<String> home = token.filter(this::mayEnter).flatMap(this::home);
        if (home.isEmpty()) {
            return refuse(model, clientId, "refused");
        }
        SessionTokens.keep(request, token.get());
        return "redirect:" + home.get();
    }

    @PostMapping("${sanctuary.pages.sign-in.sign-out-path:/sign-out}")
    String signOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        return "redirect:" + settings.signInPath() + "?signedOut";
    }

    private boolean mayEnter(Jwt token) {
        List<String> roles = token.getClaimAsStringList("roles");
        return roles != null && roles.stream().anyMatch(settings.roles()::contains);
    }

    /** The configured home page, {@code {borough}} filled from the token; none when it needs one the token lacks. */
    private Optional<String> home(Jwt token) {
        if (!settings.home().contains("{borough}")) {
            return Optional.of(settings.home());
        }
        return Optional.ofNullable(token.getClaimAsString("borough"))
                .filter(borough -> borough.matches("[a-z-]+"))
                .map(borough -> settings.home().replace("{borough}", borough));
    }

    private String refuse(Model model, String clientId, String error) {
        model.addAttribute("clientId", clientId);
        model.addAttribute("error", error);
        return settings.view();
    }
}
