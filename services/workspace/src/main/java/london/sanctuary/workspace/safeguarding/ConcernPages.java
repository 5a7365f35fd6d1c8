package london.sanctuary.workspace.safeguarding;

import java.util.List;
import london.sanctuary.platform.security.Role;
import london.sanctuary.workspace.safeguarding.SafeguardingApi.ConcernRow;
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
 * Flag a safeguarding concern on a person (any officer, from the person's page), and the safeguarding lead's list
 * of concerns and closing one. The texts are shown to the lead only; the consent service enforces it too.
 */
@Controller
class ConcernPages {

    private final SafeguardingApi api;
    private final MessageSource messages;

    ConcernPages(SafeguardingApi api, MessageSource messages) {
        this.api = api;
        this.messages = messages;
    }

    @GetMapping("/people/{ref}/concerns/new")
    String flagForm(@PathVariable String ref, Model model) {
        StaffMember.boroughOf(Role.OFFICER, Role.SAFEGUARDING_LEAD);
        return flagPage(model, PageChecks.id(ref), "", PageErrors.NONE);
    }

    @PostMapping("/people/{ref}/concerns")
    String flag(@PathVariable String ref, @RequestParam(defaultValue = "") String summary, Model model) {
        String borough = StaffMember.boroughOf(Role.OFFICER, Role.SAFEGUARDING_LEAD);
        String id = PageChecks.id(ref);
        PageErrors errors =
                PageChecks.text(messages, "summary", summary, PageChecks.MAX_TEXT, "safeguarding.summary.required");
        if (errors.any()) {
            return flagPage(model, id, summary, errors);
        }
        try {
            api.flag(borough, id, summary);
        } catch (ServiceRefusal refusal) {
            return flagPage(model, id, summary, PageErrors.shownOnForm(refusal));
        }
        return "redirect:/people/" + id + "/concerns/flagged";
    }

    @GetMapping("/people/{ref}/concerns/flagged")
    String flagged(@PathVariable String ref, Model model) {
        StaffMember.boroughOf(Role.OFFICER, Role.SAFEGUARDING_LEAD);
        model.addAttribute("ref", PageChecks.id(ref));
        return "safeguarding/flagged";
    }

    @GetMapping("/safeguarding")
    String list(
            @RequestParam(defaultValue = "open") String state,
            @RequestParam(defaultValue = "false") boolean closed,
            Model model) {
        String borough = StaffMember.boroughOf(Role.SAFEGUARDING_LEAD);
        boolean open = !state.equals("closed");
        model.addAttribute("open", open);
        model.addAttribute("justClosed", closed);
        model.addAttribute("concerns", api.concerns(borough, open));
        return "safeguarding/list";
    }

    @GetMapping("/safeguarding/concerns/{id}/close")
    String closeForm(@PathVariable String id, Model model) {
        String borough = StaffMember.boroughOf(Role.SAFEGUARDING_LEAD);
        return closePage(model, openConcern(borough, PageChecks.id(id)), "", PageErrors.NONE);
    }

    @PostMapping("/safeguarding/concerns/{id}/closure")
    String close(@PathVariable String id, @RequestParam(defaultValue = "") String actionTaken, Model model) {
        String borough = StaffMember.boroughOf(Role.SAFEGUARDING_LEAD);
        String concernId = PageChecks.id(id);
        PageErrors errors = PageChecks.text(
                messages, "actionTaken", actionTaken, PageChecks.MAX_TEXT, "safeguarding.action.required");
        try {
            if (!errors.any()) {
                api.close(borough, concernId, actionTaken);
                return "redirect:/safeguarding?closed=true";
            }
        } catch (ServiceRefusal refusal) {
            errors = PageErrors.shownOnForm(refusal);
        }
        return closePage(model, openConcern(borough, concernId), actionTaken, errors);
    }

    private ConcernRow openConcern(String borough, String id) {
        List<ConcernRow> open = api.concerns(borough, true);
        return open.stream()
                .filter(c -> c.concernId().equals(id))
                .findFirst()
                .orElseThrow(() -> new ServiceRefusal("consent", 404, java.util.Optional.empty(), "Not found"));
    }

    private static String flagPage(Model model, String ref, String summary, PageErrors errors) {
        model.addAttribute("ref", ref);
        model.addAttribute("summary", summary);
        model.addAttribute("errors", errors);
        model.addAttribute("maxText", PageChecks.MAX_TEXT);
        return "safeguarding/flag";
    }

    private static String closePage(Model model, ConcernRow concern, String actionTaken, PageErrors errors) {
        model.addAttribute("concern", concern);
        model.addAttribute("actionTaken", actionTaken);
        model.addAttribute("errors", errors);
        model.addAttribute("maxText", PageChecks.MAX_TEXT);
        return "safeguarding/close";
    }
}
