package london.sanctuary.workspace.actions;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import london.sanctuary.platform.security.Role;
import london.sanctuary.workspace.services.PageErrors;
import london.sanctuary.workspace.services.ServiceRefusal;
import london.sanctuary.workspace.staff.StaffMember;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The actions board and raising an action from a theme heard. */
@Controller
class ActionPages {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final List<String> STATUSES = List.of("PROPOSED", "AGREED", "IN_PROGRESS", "DONE", "NOT_POSSIBLE");
    private final ActionBoard board;
    private final ActionForms forms;

    ActionPages(ActionBoard board, ActionForms forms) {
        this.board = board;
        this.forms = forms;
    }

    @GetMapping("/actions")
    String board(Model model) {
        String borough = borough();
        List<StaffAction> all = board.actions(borough);
        Map<String, List<StaffAction>> byStatus = new LinkedHashMap<>();
        STATUSES.forEach(s ->
                byStatus.put(s, all.stream().filter(a -> a.status().equals(s)).toList()));
        model.addAttribute("byStatus", byStatus);
        model.addAttribute("reviewDue", board.reviewDue(borough));
        model.addAttribute("today", LocalDate.now(LONDON));
        return "actions/board";
    }

    @GetMapping("/actions/new")
    String raiseForm(@RequestParam(defaultValue = "") String theme, Model model) {
        return raisePage(model, borough(), Map.of("theme", theme), PageErrors.NONE);
    }

    @PostMapping("/actions")
    String raise(@RequestParam Map<String, String> form, Model model) {
        String borough = borough();
        List<HeardTheme> heard = board.themesHeard(borough);
        PageErrors errors = forms.raiseErrors(form, heard);
        if (errors.any()) {
            return raisePage(model, borough, form, errors);
        }
        try {
            return "redirect:/actions/" + board.raise(borough, ActionForms.raiseBody(form, heard));
        } catch (ServiceRefusal refusal) {
            return raisePage(model, borough, form, PageErrors.shownOnForm(refusal));
        }
    }

    private String raisePage(Model model, String borough, Map<String, String> form, PageErrors errors) {
        model.addAttribute("themes", board.themesHeard(borough));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "actions/raise";
    }

    static String borough() {
        return StaffMember.boroughOf(Role.OFFICER, Role.SERVICE_LEAD);
    }
}
