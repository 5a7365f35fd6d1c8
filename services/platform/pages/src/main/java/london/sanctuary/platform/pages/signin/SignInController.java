package london.sanctuary.platform.pages.signin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page: where someone lands after signing out ({@code ?signedOut}) or when signing in failed ({@code
 * ?error}), with a button that signs them in at the authorization server. Nobody types a password here: a page
 * asked for without a session goes straight to the authorization server, which asks only if they have not already
 * signed in to another application. The service's template shows it, with {@code error} = {@code refused} when
 * signing in failed.
 */
@Controller
class SignInController {

    static final String SIGNED_OUT = "/signed-out";

    private final SignInSettings settings;

    SignInController(SignInSettings settings) {
        this.settings = settings;
    }

    @GetMapping("${sanctuary.pages.sign-in.sign-in-path:/sign-in}")
    String page(@RequestParam(required = false) String error, Model model) {
        model.addAttribute("signIn", SignInProvider.AUTHORIZE);
        if (error != null) {
            model.addAttribute("error", "refused");
        }
        return settings.view();
    }

    /** Where the authorization server sends the browser back after signing out. */
    @GetMapping(SIGNED_OUT)
    String signedOut() {
        return "redirect:" + settings.signInPath() + "?signedOut";
    }
}
