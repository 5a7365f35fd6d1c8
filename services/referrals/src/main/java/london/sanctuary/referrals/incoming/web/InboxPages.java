package london.sanctuary.referrals.incoming.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Versioned;
import london.sanctuary.platform.security.Caller;
import london.sanctuary.platform.security.Role;
import london.sanctuary.referrals.incoming.Decisions;
import london.sanctuary.referrals.incoming.Erasures;
import london.sanctuary.referrals.referral.DeclineReason;
import london.sanctuary.referrals.referral.Referral;
import london.sanctuary.referrals.referral.ReferralStatus;
import london.sanctuary.referrals.referral.UnknownReferral;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The move-on team's inbox for a person signed in (the starter's staff sign-in; the token in the session, the
 * borough scoped as on the API): the list with its SLA clock, those that need a decision first, and per referral a
 * page to accept (after an "Accept this referral?" page), decline with a
 * reason code, record who picks up each support item and complete, and erase a copy the sending borough asked it to
 * review for erasure. Every form posts with CSRF to the same
 * {@link Decisions} as the JSON API, with the version the page showed, so a change made meanwhile is refused; a
 * refusal is shown on the page, never as JSON.
 */
@Controller
@RequestMapping("/boroughs/{borough}/inbox")
class InboxPages {

    /** The reasons a team chooses from; the package reasons are the service's own. */
    static final List<DeclineReason> REASONS = List.of(
            DeclineReason.NOT_MOVING_HERE,
            DeclineReason.WRONG_BOROUGH,
            DeclineReason.ALREADY_SUPPORTED,
            DeclineReason.NO_EQUIVALENT_SUPPORT,
            DeclineReason.OTHER);

    private final Decisions decisions;
    private final Erasures erasures;
    private final IncomingReads reads;

    InboxPages(Decisions decisions, Erasures erasures, Clock clock) {
        this.decisions = decisions;
        this.erasures = erasures;
        this.reads = new IncomingReads(decisions, clock);
    }

    @GetMapping
    String inbox(@PathVariable String borough, Model model) {
        Caller.requireAnyOf(Role.MOVE_ON);
        Borough scoped = Borough.of(borough);
        model.addAttribute("boroughName", scoped.name());
        model.addAttribute("borough", scoped.code());
        model.addAttribute("signedIn", true);
        model.addAttribute("words", InboxWords.WORDS);
        model.addAttribute("referrals", reads.needsDecisionFirst(scoped, 200));
        return "referrals/inbox";
    }

    @GetMapping("/{id}")
    String referral(@PathVariable String borough, @PathVariable String id, Model model) {
        Caller.requireAnyOf(Role.MOVE_ON);
        return show(model, decisions.find(Borough.of(borough), UnknownReferral.idFrom(id)), List.of());
    }

    /** "Accept this referral?": what accepting does, with Accept and Go back; once decided, the referral's page. */
    @GetMapping("/{id}/acceptance")
    String confirmAcceptance(@PathVariable String borough, @PathVariable String id, Model model) {
        Caller.requireAnyOf(Role.MOVE_ON);
        Referral referral = decisions.find(Borough.of(borough), UnknownReferral.idFrom(id));
        if (!referral.status().equals(ReferralStatus.RECEIVED)) {
            return "redirect:/boroughs/" + referral.routing().to().code() + "/inbox/"
                    + referral.id().value();
        }
        show(model, referral, List.of());
        return "referrals/accept";
    }

    @PostMapping("/{id}/acceptance")
    String accept(
            @PathVariable String borough,
            @PathVariable String id,
            @RequestParam(required = false) Long version,
            Model model,
            HttpServletResponse response,
            RedirectAttributes done) {
        return act(
                borough,
                id,
                "accepted",
                PageError.STATUS,
                model,
                response,
                done,
                () -> decisions.accept(Borough.of(borough), UnknownReferral.idFrom(id), version));
    }

    @PostMapping("/{id}/decline")
    String decline(
            @PathVariable String borough,
            @PathVariable String id,
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) Long version,
            Model model,
            HttpServletResponse response,
            RedirectAttributes done) {
        return act(
                borough,
                id,
                "declined",
                "decline-reason",
                model,
                response,
                done,
                () -> decisions.decline(
                        Borough.of(borough), UnknownReferral.idFrom(id), DeclineReason.parse(reason), version));
    }

    @PostMapping("/{id}/pickups")
    String pickUp(
            @PathVariable String borough,
            @PathVariable String id,
            @RequestParam int item,
            @RequestParam(required = false) String localService,
            @RequestParam(required = false) String otherService,
            @RequestParam(required = false) Long version,
            Model model,
            HttpServletResponse response,
            RedirectAttributes done) {
        return act(
                borough,
                id,
                "picked-up",
                "local-service-" + item,
                model,
                response,
                done,
                () -> decisions.pickUp(
                        Borough.of(borough), UnknownReferral.idFrom(id), item, localService, otherService, version));
    }

    @PostMapping("/{id}/completion")
    String complete(
            @PathVariable String borough,
            @PathVariable String id,
            @RequestParam(required = false) Long version,
            Model model,
            HttpServletResponse response,
            RedirectAttributes done) {
        return act(
                borough,
                id,
                "completed",
                PageError.STATUS,
                model,
                response,
                done,
                () -> decisions.complete(Borough.of(borough), UnknownReferral.idFrom(id), version));
    }

    /** Erases a copy flagged by the sender's erasure notice; then back to the inbox, where it is gone. */
    @PostMapping("/{id}/erasure")
    String erase(
            @PathVariable String borough,
            @PathVariable String id,
            @RequestParam(required = false) Long version,
            Model model,
            HttpServletResponse response,
            RedirectAttributes done) {
        String page = act(borough, id, "erased", PageError.STATUS, model, response, done, () -> {
            erasures.erase(Borough.of(borough), UnknownReferral.idFrom(id), version);
            return null;
        });
        return page.startsWith("redirect:")
                ? "redirect:/boroughs/" + Borough.of(borough).code() + "/inbox"
                : page;
    }

    /** Post, redirect, get: the change, then the referral's page; a refusal, the page again with the problem. */
    private String act(
            String borough,
            String id,
            String outcome,
            String field,
            Model model,
            HttpServletResponse response,
            RedirectAttributes done,
            Supplier<Versioned<Referral>> change) {
        Caller.requireAnyOf(Role.MOVE_ON);
        try {
            change.get();
        } catch (RuntimeException e) {
            PageError error = PageError.of(e, field).orElseThrow(() -> e);
            response.setStatus(error.status());
            return show(model, decisions.find(Borough.of(borough), UnknownReferral.idFrom(id)), List.of(error));
        }
        done.addFlashAttribute("done", outcome);
        return "redirect:/boroughs/" + Borough.of(borough).code() + "/inbox/"
                + UnknownReferral.idFrom(id).value();
    }

    private String show(Model model, Referral referral, List<PageError> errors) {
        model.addAttribute("boroughName", referral.routing().to().name());
        model.addAttribute("borough", referral.routing().to().code());
        model.addAttribute("fromName", referral.routing().from().name());
        model.addAttribute("detail", reads.detail(referral));
        model.addAttribute("version", referral.version());
        model.addAttribute("reasons", REASONS);
        model.addAttribute("words", InboxWords.WORDS);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "errorFor", errors.stream().collect(Collectors.toMap(PageError::field, PageError::text, (a, b) -> a)));
        return "referrals/referral";
    }
}
