package london.sanctuary.dashboard.signin.web;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClientException;

/**
 * Sign in with a client id and secret (the local platform's demo clients): exchanged for a token at
 * the authorization server, checked like any bearer token (issuer, audience, signature, expiry), and
 * kept in the session. Only analysts and officers get in. Sign out ends the session.
 */
@Controller
@RequestMapping("/dashboard")
class SignInController {

    static final List<String> ROLES = List.of("analyst", "officer");

    private final TokenExchange tokens;
    private final JwtDecoder decoder;

    SignInController(TokenExchange tokens, JwtDecoder decoder) {
        this.tokens = tokens;
        this.decoder = decoder;
    }

    @GetMapping("/sign-in")
    String form() {
        return "dashboard/sign-in";
    }

    @PostMapping("/sign-in")
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
            return refuse(model, clientId, "The sign-in service did not answer. Try again in a minute.");
        }
        List<String> roles = token.map(t -> t.getClaimAsStringList("roles")).orElse(List.of());
        if (token.isEmpty() || roles == null || roles.stream().noneMatch(ROLES::contains)) {
            return refuse(model, clientId, "Enter the client ID and secret of a GLA analyst or a borough officer");
        }
        SessionTokens.keep(request, token.get());
        return "redirect:/dashboard";
    }

    @PostMapping("/sign-out")
    String signOut(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        return "redirect:/dashboard/sign-in?signedOut";
    }

    private static String refuse(Model model, String clientId, String message) {
        model.addAttribute("clientId", clientId);
        model.addAttribute("error", message);
        return "dashboard/sign-in";
    }
}
