package london.sanctuary.consent.link.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.Arrays;
import java.util.Optional;
import london.sanctuary.consent.link.IssuedLink;
import london.sanctuary.consent.link.LinkDesk;
import london.sanctuary.consent.link.LinkTexts;
import london.sanctuary.consent.link.MovedLink;
import london.sanctuary.consent.link.PersonalLink;
import london.sanctuary.consent.participant.WithdrawConsent;
import london.sanctuary.consent.participant.WithdrawalMethod;
import london.sanctuary.consent.purpose.ConsentDesk;
import london.sanctuary.contracts.ConsentPurpose;
import london.sanctuary.contracts.refusal.Gone;
import london.sanctuary.contracts.refusal.NotFound;
import london.sanctuary.contracts.refusal.RuleBroken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The participant's own page, opened by their personal link at {@code /public/me/{token}}: the token is exchanged at
 * once for a sealed cookie that keeps only its hash ({@link PageCookie}, no server memory, so any replica serves the
 * next request), and the browser is sent on to {@code /public/me}, so the token
 * leaves the address bar, the history and every later request (and so every log line). A token that is unknown,
 * malformed, expired or ended, and a cookie whose link has ended, all get the same "this link does not work" page
 * (404). The page is in the person's language, their consents in plain words, each withdrawable.
 */
@Controller
@RequestMapping("/public/me")
class MyPageController {

    private final LinkDesk links;
    private final LinkTexts texts;
    private final ConsentDesk consents;
    private final MyPageSupport pages;
    private final PageCookie cookie;
    private final MovedPage movedPage;
    private final Clock clock;

    MyPageController(
            LinkDesk links,
            LinkTexts texts,
            ConsentDesk consents,
            MyPageSupport pages,
            PageCookie cookie,
            MovedPage movedPage,
            Clock clock) {
        this.links = links;
        this.texts = texts;
        this.consents = consents;
        this.pages = pages;
        this.cookie = cookie;
        this.movedPage = movedPage;
        this.clock = clock;
    }

    @GetMapping("/{token}")
    Object open(@PathVariable String token, HttpServletRequest request, HttpServletResponse response) {
        Optional<PersonalLink> opening = links.open(token);
        if (opening.isEmpty()) {
            Optional<MovedLink> moved = links.moved(token);
            if (moved.isPresent()) {
                return movedPage.of(moved.get(), request, response);
            }
        }
        PersonalLink link = opening.orElseThrow(() -> new NotFound("Personal link"));
        // the language their pages open in, kept from the start, so a refusal before any page (a stale form, the
        // rate limit) is in it too, not in the browser's
        cookie.keep(
                new OpenedLink(
                        link.borough().code(),
                        link.hash(),
                        pages.openingIn(link).tag(),
                        clock.instant()),
                request,
                response);
        pages.audit(link, "personal-link.opened", null);
        return "redirect:/public/me";
    }

    @GetMapping
    String show(
            @RequestParam(name = "lang", required = false) String lang,
            @RequestParam(name = "withdrawn", required = false) String withdrawn,
            @RequestParam(name = "resent", required = false) String resent,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model) {
        Opened opened = opened(request, lang, response);
        model.addAttribute("consents", MyConsents.of(opened.participant(), opened.locale(), clock));
        model.addAttribute("expires", MyConsents.date(opened.link().expiresAt(), opened.locale()));
        model.addAttribute(
                "withdrawn", purpose(withdrawn).map(ConsentPurpose::name).orElse(null));
        model.addAttribute("resent", resent != null);
        model.addAttribute(
                "canResend",
                opened.participant().check(ConsentPurpose.RECONTACT, clock).holds()
                        && pages.hasPhone(opened.participant()));
        return "me";
    }

    @GetMapping("/withdraw/{purpose}")
    String confirm(
            @PathVariable String purpose, HttpServletRequest request, HttpServletResponse response, Model model) {
        Opened opened = opened(request, null, response);
        model.addAttribute(
                "purpose",
                purpose(purpose).orElseThrow(() -> new NotFound("Purpose")).name());
        return "withdraw";
    }

    @PostMapping("/withdraw/{purpose}")
    String withdraw(@PathVariable String purpose, HttpServletRequest request, HttpServletResponse response) {
        Opened opened = opened(request, null, response);
        ConsentPurpose chosen = purpose(purpose).orElseThrow(() -> new NotFound("Purpose"));
        try {
            var done = consents.withdraw(
                    opened.link().borough(),
                    opened.link().participantRef(),
                    new WithdrawConsent(chosen, null, WithdrawalMethod.SELF_ONLINE),
                    null);
            pages.audit(
                    opened.link(), "consent.withdrawn", done.value().consentId().toString());
        } catch (RuleBroken alreadyWithdrawn) {
            return "redirect:/public/me";
        }
        return "redirect:/public/me?withdrawn=" + chosen.name();
    }

    /** A new link by text, to the number on record (with RECONTACT); this page moves to the new link. */
    @PostMapping("/resend")
    String resend(HttpServletRequest request, HttpServletResponse response) {
        Opened opened = opened(request, null, response);
        try {
            IssuedLink issued =
                    texts.text(opened.link().borough(), opened.link().participantRef());
            OpenedLink was = opened.page();
            cookie.keep(
                    new OpenedLink(was.borough(), issued.link().hash(), was.language(), was.until()),
                    request,
                    response);
            pages.audit(issued.link(), "personal-link.texted", null);
        } catch (RuleBroken notContactable) {
            return "redirect:/public/me";
        }
        return "redirect:/public/me?resent";
    }

    @PostMapping("/stop")
    String stop(HttpServletRequest request, HttpServletResponse response) {
        Opened opened = opened(request, null, response);
        links.endByThePerson(opened.link());
        pages.audit(opened.link(), "personal-link.ended", null);
        cookie.forget(request, response);
        return "stopped";
    }

    /** Every way of not having a page — no link, an ended one, a person erased — looks the same. */
    @ExceptionHandler({NotFound.class, Gone.class})
    ModelAndView nothing(HttpServletRequest request, HttpServletResponse response) {
        return pages.notFound(request, response);
    }

    private Opened opened(HttpServletRequest request, String lang, HttpServletResponse response) {
        return pages.opened(request, lang, response);
    }

    private static Optional<ConsentPurpose> purpose(String name) {
        return Arrays.stream(ConsentPurpose.values())
                .filter(p -> p.name().equals(name))
                .findFirst();
    }
}
