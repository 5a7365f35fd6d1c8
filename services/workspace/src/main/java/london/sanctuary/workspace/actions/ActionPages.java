package london.sanctuary.workspace.actions;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import london.sanctuary.platform.security.Role;
import london.sanctuary.workspace.London;
import london.sanctuary.workspace.services.PageErrors;
import london.sanctuary.workspace.services.ServiceRefusal;
import london.sanctuary.workspace.services.ServiceUnavailable;
import london.sanctuary.workspace.staff.StaffMember;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The actions board and raising an action from a theme heard. */
@Controller
class ActionPages {

    static final List<String> STATUSES = List.of("PROPOSED", "AGREED", "IN_PROGRESS", "DONE", "NOT_POSSIBLE");
    private static final Logger log = LoggerFactory.getLogger(ActionPages.class);
    private final ActionBoard board;
    private final ActionForms forms;
    private final QuoteSource feedback;

    ActionPages(ActionBoard board, ActionForms forms, QuoteSource feedback) {
        this.board = board;
        this.forms = forms;
        this.feedback = feedback;
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
        model.addAttribute("today", LocalDate.now(London.ZONE));
        model.addAttribute("labels", feedback.themeLabels(borough));
        return "actions/board";
    }

    @GetMapping("/actions/new")
    String raiseForm(@RequestParam(defaultValue = "") String theme, Model model) {
        return raisePage(model, borough(), Map.of("theme", theme), PageErrors.NONE);
    }

    /**
     * Raises the action, then picks the quotes ticked (each the person's own words); "show the quotes" only shows the
     * page again with the chosen theme's quotes. Once raised, a quote that could not be saved (its writer withdrew
     * meanwhile, or the actions service failed) never makes an error page for an action that exists, which a second
     * submit would raise twice: the action's page says how many were not saved and offers the quotes again.
     */
    @PostMapping("/actions")
    String raise(@RequestParam Map<String, String> form, Model model, RedirectAttributes after) {
        String borough = borough();
        if (form.containsKey("show")) {
            return raisePage(model, borough, form, PageErrors.NONE);
        }
        List<HeardTheme> heard = board.themesHeard(borough);
        PageErrors errors = forms.raiseErrors(form, heard);
        List<QuoteSource.Quotable> offered = offered(borough, form);
        if (!errors.any() && offered.stream().anyMatch(q -> form.containsKey("pick." + q.key()))) {
            errors = forms.quoteErrors(form, offered);
        }
        if (errors.any()) {
            return raisePage(model, borough, form, errors);
        }
        String id;
        try {
            id = board.raise(borough, ActionForms.raiseBody(form, heard));
        } catch (ServiceRefusal refusal) {
            return raisePage(model, borough, form, PageErrors.shownOnForm(refusal));
        }
        long refused = ActionForms.quoteBodies(form, offered).values().stream()
                .filter(body -> !picked(borough, id, body))
                .count();
        if (refused > 0) {
            after.addFlashAttribute("quotesNotSaved", refused);
        }
        return "redirect:/actions/" + id;
    }

    private boolean picked(String borough, String actionId, Map<String, Object> quote) {
        try {
            board.pickQuote(borough, actionId, quote);
            return true;
        } catch (ServiceRefusal | ServiceUnavailable failed) {
            log.warn(
                    "A quote was not saved on raising action {}: {}",
                    actionId,
                    failed.getClass().getSimpleName());
            return false;
        }
    }

    private String raisePage(Model model, String borough, Map<String, String> form, PageErrors errors) {
        model.addAttribute("themes", board.themesHeard(borough));
        model.addAttribute("labels", feedback.themeLabels(borough));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        offerQuotes(model, () -> offered(borough, form));
        model.addAttribute("picksQuotes", picksQuotes());
        return "actions/raise";
    }

    /** The chosen theme's quotable answers; none before a theme heard is chosen. */
    private List<QuoteSource.Quotable> offered(String borough, Map<String, String> form) {
        String theme = form.getOrDefault("theme", "");
        boolean heard =
                board.themesHeard(borough).stream().anyMatch(t -> t.theme().equals(theme));
        return heard && picksQuotes() ? feedback.quotable(borough, List.of(theme), List.of()) : List.of();
    }

    /**
     * The quotes a page offers; when the feedback service cannot answer now, none and a sentence saying so, so the
     * rest of the page (raising, completing) still works.
     */
    static void offerQuotes(Model model, Supplier<List<QuoteSource.Quotable>> offered) {
        List<QuoteSource.Quotable> quotable;
        try {
            quotable = offered.get();
        } catch (ServiceUnavailable e) {
            quotable = null;
        }
        model.addAttribute("quotable", quotable == null ? List.of() : quotable);
        model.addAttribute("quotesUnavailable", quotable == null);
    }

    /** Officers read the answers quotes are picked from (feedback's rule, as for the responses); service leads do not. */
    static boolean picksQuotes() {
        return StaffMember.current().filter(s -> s.hasAnyOf(Role.OFFICER)).isPresent();
    }

    static String borough() {
        return StaffMember.boroughOf(Role.OFFICER, Role.SERVICE_LEAD);
    }
}
