package london.sanctuary.platform.pages.signin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in page: where someone lands after signing out ({@code ?signedOut}) or when signing in failed ({@code
 * ?error}), with a button that signs them in at the authorization server. Nobody types a password here: a page
 * asked for without a session goes straight to the authorization server, which asks only if they have not already
 * signed in to another application. The service's template shows it, with {@code error} = {@code refused} when
 * signing in failed, {@code role} when someone signed in asked for a page their role does not open, and {@code form} when they
 * posted a form that was not this session's.
 */
@Controller
class SignInController {

    static final String SIGNED_OUT = "/signed-out";
    /** The request attribute that says why someone signed in was refused: {@code role} or {@code form}. */
    static final String FORBIDDEN = "london.sanctuary.platform.pages.signin.forbidden";

    private final SignInSettings settings;

    SignInController(SignInSettings settings) {
        this.settings = settings;
    }

    /** Any method: a refused page or form post is forwarded here as it came, to say why ({@link SignInAgain}). */
    @RequestMapping("${sanctuary.pages.sign-in.sign-in-path:/sign-in}")
    String page(
            @RequestParam(required = false) String error,
            @RequestAttribute(name = FORBIDDEN, required = false) String forbidden,
            Model model) {
        model.addAttribute("signIn", SignInProvider.AUTHORIZE);
        model.addAttribute("signOut", settings.signOutPath());
        if (forbidden != null) {
            model.addAttribute("error", forbidden);
        } else if (error != null) {
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
