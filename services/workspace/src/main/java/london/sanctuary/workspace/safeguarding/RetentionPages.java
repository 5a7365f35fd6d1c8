package london.sanctuary.workspace.safeguarding;

import london.sanctuary.platform.security.Role;
import london.sanctuary.workspace.services.PageErrors;
import london.sanctuary.workspace.services.ServiceRefusal;
import london.sanctuary.workspace.staff.StaffMember;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The service lead's retention review: the people past the borough's period, each to keep with a reason (here) or
 * to erase (on the person's page, whose confirmation says what erasure does).
 */
@Controller
class RetentionPages {

    /** The longest reason the service takes. */
    static final int MAX_REASON = 200;

    private final SafeguardingApi api;
    private final MessageSource messages;

    RetentionPages(SafeguardingApi api, MessageSource messages) {
        this.api = api;
        this.messages = messages;
    }

    @GetMapping("/retention")
    String review(@RequestParam(defaultValue = "false") boolean kept, Model model) {
        String borough = StaffMember.boroughOf(Role.SERVICE_LEAD);
        model.addAttribute("review", api.retentionReview(borough));
        model.addAttribute("justKept", kept);
        return "safeguarding/retention";
    }

    @GetMapping("/retention/{ref}/keep")
    String keepForm(@PathVariable String ref, Model model) {
        StaffMember.boroughOf(Role.SERVICE_LEAD);
        return keepPage(model, PageChecks.id(ref), "", PageErrors.NONE);
    }

    @PostMapping("/retention/{ref}/keep")
    String keep(@PathVariable String ref, @RequestParam(defaultValue = "") String reason, Model model) {
        String borough = StaffMember.boroughOf(Role.SERVICE_LEAD);
        String id = PageChecks.id(ref);
        PageErrors errors = PageChecks.text(messages, "reason", reason, MAX_REASON, "retention.reason.required");
        try {
            if (!errors.any()) {
                api.keep(borough, id, reason);
                return "redirect:/retention?kept=true";
            }
        } catch (ServiceRefusal refusal) {
            errors = PageErrors.shownOnForm(refusal);
        }
        return keepPage(model, id, reason, errors);
    }

    private static String keepPage(Model model, String ref, String reason, PageErrors errors) {
        model.addAttribute("ref", ref);
        model.addAttribute("reason", reason);
        model.addAttribute("errors", errors);
        model.addAttribute("maxReason", MAX_REASON);
        return "safeguarding/keep";
    }
}
