package london.sanctuary.workspace.moveon;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import london.sanctuary.contracts.Borough;
import london.sanctuary.platform.security.Role;
import london.sanctuary.workspace.services.PageErrors;
import london.sanctuary.workspace.services.ServiceRefusal;
import london.sanctuary.workspace.staff.NavItem;
import london.sanctuary.workspace.staff.StaffMember;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The referrals the borough sent: a list with the receiving borough, status and answer-due clock; a referral's page
 * with its history; and cancelling one the receiver has not decided on, after a confirmation.
 */
@Controller
@RequestMapping("/move-on")
class SentPages {

    private final OutgoingReferrals referrals;
    private final MessageSource messages;
    private final NavItem inbox;
    private final Clock clock;

    SentPages(OutgoingReferrals referrals, MessageSource messages, @Qualifier("inbox") NavItem inbox, Clock clock) {
        this.referrals = referrals;
        this.messages = messages;
        this.inbox = inbox;
        this.clock = clock;
    }

    @GetMapping
    ModelAndView sent(Locale locale) {
        String borough = StaffMember.boroughOf(Role.MOVE_ON);
        List<SentReferral> sent = referrals.sent(borough);
        Map<String, AnswerDue> due = new LinkedHashMap<>();
        sent.forEach(
                r -> AnswerDue.of(r, clock.instant(), messages, locale).ifPresent(d -> due.put(r.referralId(), d)));
        return new ModelAndView("moveon/sent")
                .addObject("referrals", sent)
                .addObject("due", due)
                .addObject("inbox", inbox.path());
    }

    @GetMapping("/{id}")
    ModelAndView referral(@PathVariable String id, Locale locale) {
        String borough = StaffMember.boroughOf(Role.MOVE_ON);
        return page("moveon/referral", referrals.find(borough, id), locale, PageErrors.NONE, HttpStatus.OK);
    }

    @GetMapping("/{id}/cancellation")
    ModelAndView confirmCancel(@PathVariable String id, Locale locale) {
        String borough = StaffMember.boroughOf(Role.MOVE_ON);
        return page("moveon/cancel", referrals.find(borough, id), locale, PageErrors.NONE, HttpStatus.OK);
    }

    @PostMapping("/{id}/cancellation")
    ModelAndView cancel(@PathVariable String id, @RequestParam long version, Locale locale, RedirectAttributes done) {
        String borough = StaffMember.boroughOf(Role.MOVE_ON);
        try {
            SentReferral cancelled = referrals.cancel(borough, id, version);
            done.addFlashAttribute(
                    "cancelledTo", Borough.of(cancelled.toBorough()).name());
            return new ModelAndView("redirect:/move-on");
        } catch (ServiceRefusal refused) {
            if (refused.status() != 409 && refused.status() != 422) {
                throw refused;
            }
            SentReferral now = referrals.find(borough, id);
            String key = refused.status() == 422 ? "moveon.cancel.decided" : "moveon.cancel.changed";
            String status = messages.getMessage("moveon.status." + now.status(), null, locale);
            PageErrors errors = new PageErrors(List.of(new PageErrors.FieldMessage(
                    java.util.Optional.empty(),
                    messages.getMessage(
                            key, new Object[] {Borough.of(now.toBorough()).name(), status}, locale))));
            return page("moveon/cancel", now, locale, errors, HttpStatus.valueOf(refused.status()));
        }
    }

    private ModelAndView page(String view, SentReferral referral, Locale locale, PageErrors errors, HttpStatus status) {
        return new ModelAndView(view, status)
                .addObject("referral", referral)
                .addObject("to", Borough.of(referral.toBorough()))
                .addObject(
                        "due",
                        AnswerDue.of(referral, clock.instant(), messages, locale)
                                .orElse(null))
                .addObject("errors", errors);
    }
}
