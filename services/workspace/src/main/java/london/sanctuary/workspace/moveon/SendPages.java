package london.sanctuary.workspace.moveon;

import java.util.List;
import java.util.Locale;
import london.sanctuary.contracts.Borough;
import london.sanctuary.contracts.Language;
import london.sanctuary.platform.security.Role;
import london.sanctuary.workspace.people.ConsentRecords;
import london.sanctuary.workspace.people.Person;
import london.sanctuary.workspace.services.PageErrors;
import london.sanctuary.workspace.services.ServiceRefusal;
import london.sanctuary.workspace.staff.StaffMember;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Sending a move-on referral, GOV.UK question pages then check your answers: find the person, see whether
 * SHARE_ON_MOVE holds (if not, the way to record it and no way to send), where, when, why and the support to
 * continue; check; send. What was typed travels in the forms' fields, never in a log.
 */
@Controller
@RequestMapping("/move-on/new")
class SendPages {

    static final String SHARE_ON_MOVE = "SHARE_ON_MOVE";

    private final OutgoingReferrals referrals;
    private final ConsentRecords consent;
    private final MessageSource messages;

    SendPages(OutgoingReferrals referrals, ConsentRecords consent, MessageSource messages) {
        this.referrals = referrals;
        this.consent = consent;
        this.messages = messages;
    }

    @GetMapping
    ModelAndView find(@RequestParam(required = false) String q, Locale locale) {
        String borough = StaffMember.boroughOf(Role.MOVE_ON);
        ModelAndView page = new ModelAndView("moveon/find").addObject("q", q).addObject("errors", PageErrors.NONE);
        if (q == null) {
            return page;
        }
        if (q.isBlank()) {
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page.addObject("errors", error("q", "moveon.find.blank", locale));
        }
        try {
            return page.addObject("results", consent.find(borough, q.strip()));
        } catch (ServiceRefusal refused) {
            page.setStatus(HttpStatus.valueOf(refused.status()));
            return page.addObject(
                    "errors",
                    refused.status() == 403
                            ? error("q", "moveon.find.forbidden", locale)
                            : PageErrors.field("q", refused.detail()));
        }
    }

    @GetMapping("/{ref}")
    ModelAndView form(@PathVariable String ref) {
        String borough = StaffMember.boroughOf(Role.MOVE_ON);
        return form(borough, ref, ReferralDraft.blank(ref), PageErrors.NONE, HttpStatus.OK);
    }

    /** Back from check your answers to change them. */
    @PostMapping("/{ref}/change")
    ModelAndView change(@PathVariable String ref, @RequestParam MultiValueMap<String, String> fields) {
        String borough = StaffMember.boroughOf(Role.MOVE_ON);
        return form(borough, ref, ReferralDraft.from(ref, fields), PageErrors.NONE, HttpStatus.OK);
    }

    @PostMapping("/{ref}/check")
    ModelAndView check(@PathVariable String ref, @RequestParam MultiValueMap<String, String> fields, Locale locale) {
        String borough = StaffMember.boroughOf(Role.MOVE_ON);
        ReferralDraft draft = ReferralDraft.from(ref, fields);
        PageErrors errors = DraftCheck.problems(draft, borough, messages, locale);
        if (errors.any()) {
            return form(borough, ref, draft, errors, HttpStatus.BAD_REQUEST);
        }
        Person person = consent.person(borough, ref);
        return new ModelAndView("moveon/check")
                .addObject("person", person)
                .addObject("draft", draft)
                .addObject("to", Borough.of(draft.toBorough()));
    }

    @PostMapping("/{ref}")
    ModelAndView send(
            @PathVariable String ref,
            @RequestParam MultiValueMap<String, String> fields,
            Locale locale,
            RedirectAttributes done) {
        String borough = StaffMember.boroughOf(Role.MOVE_ON);
        ReferralDraft draft = ReferralDraft.from(ref, fields);
        PageErrors errors = DraftCheck.problems(draft, borough, messages, locale);
        if (errors.any()) {
            return form(borough, ref, draft, errors, HttpStatus.BAD_REQUEST);
        }
        try {
            SentReferral sent = referrals.send(borough, draft);
            done.addFlashAttribute("sentTo", Borough.of(sent.toBorough()).name());
            done.addFlashAttribute("sentId", sent.referralId());
            return new ModelAndView("redirect:/move-on");
        } catch (ServiceRefusal refused) {
            if (refused.status() == 404 || refused.status() == 403) {
                throw refused;
            }
            return form(borough, ref, draft, DraftCheck.onForm(refused), HttpStatus.valueOf(refused.status()));
        }
    }

    private ModelAndView form(String borough, String ref, ReferralDraft draft, PageErrors errors, HttpStatus status) {
        Person person = consent.person(borough, ref);
        return new ModelAndView("moveon/form", status)
                .addObject("person", person)
                .addObject("languages", languagesOf(person))
                .addObject("shareOnMove", person.held(SHARE_ON_MOVE).isPresent())
                .addObject("draft", draft)
                .addObject("errors", errors)
                .addObject(
                        "boroughs",
                        Borough.all().stream()
                                .filter(b -> !b.code().equals(borough))
                                .sorted(java.util.Comparator.comparing(Borough::name))
                                .toList())
                .addObject("reasons", ReferralDraft.REASONS)
                .addObject("kinds", ReferralDraft.KINDS)
                .addObject("urgencies", ReferralDraft.URGENCIES);
    }

    static List<Language> languagesOf(Person person) {
        return person.preferredLanguages().stream()
                .filter(tag -> {
                    try {
                        Language.of(tag);
                        return true;
                    } catch (IllegalArgumentException notATag) {
                        return false;
                    }
                })
                .map(Language::of)
                .toList();
    }

    private PageErrors error(String field, String key, Locale locale) {
        return PageErrors.field(field, messages.getMessage(key, null, locale));
    }
}
