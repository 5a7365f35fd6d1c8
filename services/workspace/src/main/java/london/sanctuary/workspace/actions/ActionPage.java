package london.sanctuary.workspace.actions;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import london.sanctuary.contracts.Language;
import london.sanctuary.workspace.services.PageErrors;
import london.sanctuary.workspace.services.ServiceRefusal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * One action: move it on, add progress notes with evidence, complete it with the "we did" statement in English and
 * each language of the people heard side by side, review and reopen it, and its history.
 */
@Controller
class ActionPage {

    private final ActionBoard board;
    private final ActionForms forms;

    ActionPage(ActionBoard board, ActionForms forms) {
        this.board = board;
        this.forms = forms;
    }

    @GetMapping("/actions/{id}")
    String action(@PathVariable String id, Model model) {
        return page(model, ActionPages.borough(), id(id), Map.of(), PageErrors.NONE);
    }

    @PostMapping("/actions/{id}/status")
    String changeStatus(@PathVariable String id, @RequestParam Map<String, String> form, Model model) {
        return submit(
                id,
                form,
                model,
                PageErrors.NONE,
                (b, a) -> board.changeStatus(b, a, Map.of("status", form.getOrDefault("status", ""))));
    }

    @PostMapping("/actions/{id}/notes")
    String addNote(@PathVariable String id, @RequestParam Map<String, String> form, Model model) {
        return submit(id, form, model, PageErrors.NONE, (b, a) -> board.addNote(b, a, ActionForms.noteBody(form)));
    }

    @PostMapping("/actions/{id}/completion")
    String complete(@PathVariable String id, @RequestParam Map<String, String> form, Model model) {
        return submit(
                id,
                form,
                model,
                forms.completionErrors(form),
                (b, a) -> board.complete(b, a, ActionForms.completionBody(form)));
    }

    @PostMapping("/actions/{id}/review")
    String review(@PathVariable String id, @RequestParam Map<String, String> form, Model model) {
        return submit(
                id, form, model, forms.reviewErrors(form), (b, a) -> board.review(b, a, ActionForms.reviewBody(form)));
    }

    private String submit(String id, Map<String, String> form, Model model, PageErrors errors, Change change) {
        String borough = ActionPages.borough();
        String actionId = id(id);
        if (errors.any()) {
            return page(model, borough, actionId, form, errors);
        }
        try {
            change.apply(borough, actionId);
        } catch (ServiceRefusal refusal) {
            return page(model, borough, actionId, form, PageErrors.shownOnForm(refusal));
        }
        return "redirect:/actions/" + actionId;
    }

    private String page(Model model, String borough, String id, Map<String, String> form, PageErrors errors) {
        StaffAction action = board.find(borough, id);
        model.addAttribute("action", action);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("today", LocalDate.now(ActionPages.LONDON));
        model.addAttribute("languages", statementLanguages(borough, action));
        model.addAttribute("history", ActionHistory.of(action));
        return "actions/action";
    }

    /** English first, then each language the people behind its themes answered in, and any already written. */
    private List<StatementLanguage> statementLanguages(String borough, StaffAction action) {
        TreeSet<String> tags = new TreeSet<>(action.statement().keySet());
        board.themesHeard(borough).stream()
                .filter(t -> action.themes().contains(t.theme()))
                .forEach(t -> tags.addAll(t.languages().keySet()));
        tags.remove("en");
        return java.util.stream.Stream.concat(java.util.stream.Stream.of("en"), tags.stream())
                .map(StatementLanguage::of)
                .flatMap(Optional::stream)
                .toList();
    }

    private static String id(String text) {
        try {
            return UUID.fromString(text).toString();
        } catch (IllegalArgumentException e) {
            throw new ServiceRefusal("workspace", 404, Optional.empty(), "Not found");
        }
    }

    /** One change to the action, made with the borough and id from the page. */
    @FunctionalInterface
    private interface Change {
        void apply(String borough, String actionId);
    }

    /** A language of the statement: its tag, English name and autonym, and its direction. */
    record StatementLanguage(String tag, String englishName, String autonym, boolean rightToLeft) {

        static Optional<StatementLanguage> of(String tag) {
            try {
                Language language = Language.of(tag);
                return Optional.of(new StatementLanguage(
                        language.tag(), language.englishName(), language.autonym(), language.rightToLeft()));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }

        /** The form field's id: {@code statement} for English (the API's field), {@code statement-ti} otherwise. */
        public String fieldId() {
            return tag.equals("en") ? "statement" : "statement-" + tag;
        }
    }
}
